package vn.motcua.organization.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.AgencyLevel;

/** Test-data builders for agencies, and an in-memory set of registered agencies. */
final class AgencyDrafts {

	static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

	private AgencyDrafts() {
	}

	static AgencyDraft province(String code) {
		return new AgencyDraft(code, "Tỉnh Thử Nghiệm", null, AgencyLevel.PROVINCE, UnitType.PROVINCE, null, null, null,
				null, DeskDetails.NONE, null);
	}

	static AgencyDraft commune(String code, String parentCode) {
		return new AgencyDraft(code, "Xã Thử Nghiệm", null, AgencyLevel.COMMUNE, UnitType.COMMUNE, parentCode,
				JULY_2025, null, null, desk("Bộ phận Một cửa xã Thử Nghiệm"), null);
	}

	static AgencyDraft department(String code, String parentCode) {
		return new AgencyDraft(code, "Sở Thử Nghiệm", "Department of Testing", AgencyLevel.DEPARTMENT,
				UnitType.DEPARTMENT, parentCode, null, null, null, DeskDetails.NONE, null);
	}

	static AgencyDraft district(String code, String parentCode, LocalDate validTo) {
		return new AgencyDraft(code, "Huyện Thử Nghiệm", null, AgencyLevel.DISTRICT, UnitType.RURAL_DISTRICT,
				parentCode, null, validTo, null, DeskDetails.NONE, null);
	}

	static DeskDetails desk(String name) {
		return new DeskDetails(name, "Xã Thử Nghiệm, tỉnh Thử Nghiệm", "Thứ Hai – Thứ Sáu", "0203 123 456",
				"motcua@example.org", null);
	}

	/** Agencies "already registered", looked up by code as the store does. */
	static final class Registered implements Function<String, Optional<Agency>> {

		private final Map<String, Agency> byCode = new HashMap<>();

		Agency add(AgencyDraft draft) {
			Agency agency = Agency.register(draft, this, "tester");
			this.byCode.put(agency.code(), agency);
			return agency;
		}

		@Override
		public Optional<Agency> apply(@Nullable String code) {
			return Optional.ofNullable(this.byCode.get(code));
		}

	}

}
