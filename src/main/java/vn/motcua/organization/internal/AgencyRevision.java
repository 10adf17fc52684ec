package vn.motcua.organization.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The values of an agency that an administrator may change; its code, level, unit type
 * and parent stay as registered.
 *
 * @param name the official name
 * @param englishName the English name, if any
 * @param validFrom the first day the agency is in force
 * @param validTo the last day the agency is in force, none while it lasts
 * @param dossierIdentifier the identifier printed in dossier codes, if known
 * @param desk the one-stop desk
 * @param note provenance or caveats of the data
 */
public record AgencyRevision(@Nullable String name, @Nullable String englishName, @Nullable LocalDate validFrom,
		@Nullable LocalDate validTo, @Nullable String dossierIdentifier, DeskDetails desk, @Nullable String note) {
}
