package vn.motcua.organization.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.AgencyLevel;

/**
 * Everything needed to register a new agency; checked by the {@link Agency} aggregate.
 *
 * @param code the national administrative-unit code, or a dotted project code under the
 * province for departments and centres
 * @param name the official name
 * @param englishName the English name, if any
 * @param level the level in the hierarchy
 * @param unitType the legal kind of unit within the level
 * @param parentCode the agency above, none for a province
 * @param validFrom the first day the agency is in force
 * @param validTo the last day the agency is in force, none while it lasts
 * @param dossierIdentifier the identifier printed in dossier codes, if known
 * @param desk the one-stop desk
 * @param note provenance or caveats of the data
 */
public record AgencyDraft(@Nullable String code, @Nullable String name, @Nullable String englishName,
		@Nullable AgencyLevel level, @Nullable UnitType unitType, @Nullable String parentCode,
		@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String dossierIdentifier,
		DeskDetails desk, @Nullable String note) {
}
