package vn.motcua.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.motcua.organization.AgencyLevel;

/**
 * Which agencies apply the procedure: every agency of these levels, plus these agencies.
 */
@Schema(description = "Agencies that apply the procedure: by level and by explicit code")
public record Applicability(@Schema(description = "Agency levels, e.g. COMMUNE") List<AgencyLevel> agencyLevels,
		@Schema(description = "Explicit agency codes") List<String> agencyCodes) {

	public Applicability {
		agencyLevels = List.copyOf(agencyLevels);
		agencyCodes = List.copyOf(agencyCodes);
	}

}
