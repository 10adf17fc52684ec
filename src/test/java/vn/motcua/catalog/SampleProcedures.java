package vn.motcua.catalog;

import java.math.BigDecimal;
import java.util.List;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.organization.AgencyLevel;

/** Valid procedure details for tests, with the parts tests vary as parameters. */
public final class SampleProcedures {

	private SampleProcedures() {
	}

	public static ProcedureDetails details(String code, String name, TimeLimit time, BigDecimal... shares) {
		List<ProcessStep> steps = new java.util.ArrayList<>();
		for (int i = 0; i < shares.length; i++) {
			steps.add(new ProcessStep("Bước " + (i + 1), "SPECIALIST", "SPECIALISED_UNIT", shares[i]));
		}
		return new ProcedureDetails(code, name, "Thử nghiệm", List.of(ImplementingLevel.COMMUNE),
				"Ủy ban nhân dân cấp xã",
				List.of(new LegalDocument("60/2014/QH13", null, "Quốc hội", "Luật Hộ tịch", null)),
				List.of(new ProcedureCase("Trường hợp chung", time,
						List.of(new Fee(Fee.Kind.AMOUNT, 8000L, "Lệ phí", null)))),
				List.of(new RequiredDocument("Tờ khai", 1, 0, RequiredDocument.Requirement.MANDATORY, "to-khai.pdf")),
				"Giấy chứng nhận", OnlineMode.PARTIAL, List.of(ReturnChannel.DIRECT),
				new InternalProcess(time.unit(), false, steps),
				new Applicability(List.of(AgencyLevel.COMMUNE), List.of()), null, null);
	}

	public static ProcedureDetails details(String code, String name) {
		return details(code, name, TimeLimit.workingDays(5), new BigDecimal("1"), new BigDecimal("3"),
				new BigDecimal("1"));
	}

}
