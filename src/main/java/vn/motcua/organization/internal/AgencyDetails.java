package vn.motcua.organization.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.AgencyLevel;

/**
 * Everything the organization pages show of an agency.
 *
 * @param code the agency's code
 * @param name the official name
 * @param englishName the English name, if any
 * @param level the level in the hierarchy
 * @param unitType the legal kind of unit
 * @param parentCode the agency above, none for a province
 * @param parentName the name of the agency above, if any
 * @param validFrom the first day in force, if known
 * @param validTo the last day in force, if it has ended or will end
 * @param active not deactivated
 * @param inForce active and within its validity today
 * @param dossierIdentifier the identifier printed in dossier codes, if known
 * @param desk the one-stop desk
 * @param note provenance or caveats of the data
 */
public record AgencyDetails(String code, String name, @Nullable String englishName, AgencyLevel level,
		UnitType unitType, @Nullable String parentCode, @Nullable String parentName, @Nullable LocalDate validFrom,
		@Nullable LocalDate validTo, boolean active, boolean inForce, @Nullable String dossierIdentifier,
		DeskDetails desk, @Nullable String note) {

	/** The desk has at least a name. */
	public boolean hasDesk() {
		return this.desk.name() != null;
	}

}
