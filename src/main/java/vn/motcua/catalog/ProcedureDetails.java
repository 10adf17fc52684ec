package vn.motcua.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.shared.DomainException;

/**
 * Everything one version of a procedure says. Refuses, with the field at fault, what the
 * national database would refuse: a malformed code, no case, negative fees or counts, and
 * an internal process whose shares add up to more than the legal time.
 */
@Schema(description = "The content of one version of a procedure")
public record ProcedureDetails(@Schema(description = "National procedure code, e.g. 1.001193") String code,
		@Schema(description = "Official name") String name, @Schema(description = "Field (lĩnh vực)") String field,
		@Schema(description = "Implementing levels") List<ImplementingLevel> levels,
		@Schema(description = "Competent agency type, as text") String competentAgency,
		@Schema(description = "Legal basis") List<LegalDocument> legalBasis,
		@Schema(description = "Cases, each with time and fees") List<ProcedureCase> cases,
		@Schema(description = "Required papers") List<RequiredDocument> documents,
		@Schema(description = "What the applicant receives") String result,
		@Schema(description = "FULL, PARTIAL or IN_PERSON") OnlineMode onlineMode,
		@Schema(description = "Ways the result is returned") List<ReturnChannel> returnChannels,
		@Schema(description = "Internal process") InternalProcess process,
		@Schema(description = "Agencies that apply it") Applicability applicability,
		@Schema(description = "What is uncertain about this record", nullable = true) @Nullable String note,
		@Schema(description = "Where the data comes from", nullable = true) @Nullable String source) {

	private static final Pattern CODE = Pattern.compile("\\d\\.\\d{6}");

	public ProcedureDetails {
		levels = List.copyOf(levels);
		legalBasis = List.copyOf(legalBasis);
		cases = List.copyOf(cases);
		documents = List.copyOf(documents);
		returnChannels = List.copyOf(returnChannels);
		if (!CODE.matcher(code).matches()) {
			throw DomainException.invalid("procedure.code.invalid", "code", code);
		}
		requireText(name, "name");
		requireText(field, "field");
		if (levels.isEmpty()) {
			throw DomainException.invalid("procedure.required", "levels");
		}
		if (cases.isEmpty()) {
			throw DomainException.invalid("procedure.cases.empty", "cases");
		}
		for (int i = 0; i < cases.size(); i++) {
			ProcedureCase procedureCase = cases.get(i);
			requireText(procedureCase.name(), "cases[" + i + "].name");
			for (int j = 0; j < procedureCase.fees().size(); j++) {
				Long amount = procedureCase.fees().get(j).amountVnd();
				if (amount != null && amount < 0) {
					throw DomainException.invalid("procedure.fee.negative",
							"cases[" + i + "].fees[" + j + "].amountVnd", amount);
				}
			}
		}
		for (int i = 0; i < documents.size(); i++) {
			RequiredDocument document = documents.get(i);
			requireText(document.name(), "documents[" + i + "].name");
			if (document.originals() < 0 || document.copies() < 0 || document.originals() + document.copies() == 0) {
				throw DomainException.invalid("procedure.document.count", "documents[" + i + "].originals");
			}
		}
		checkProcess(process, cases);
	}

	private static void checkProcess(InternalProcess process, List<ProcedureCase> cases) {
		if (process.steps().isEmpty()) {
			throw DomainException.invalid("procedure.process.empty", "process.steps");
		}
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < process.steps().size(); i++) {
			ProcessStep step = process.steps().get(i);
			requireText(step.name(), "process.steps[" + i + "].name");
			requireText(step.role(), "process.steps[" + i + "].role");
			if (step.share().signum() < 0 || step.share().scale() > 2) {
				throw DomainException.invalid("procedure.process.share", "process.steps[" + i + "].share",
						step.share());
			}
			total = total.add(step.share());
		}
		Integer legal = cases.stream()
			.map(ProcedureCase::time)
			.filter((time) -> time.unit() == process.unit())
			.map(TimeLimit::amount)
			.min(Integer::compare)
			.orElse(null);
		if (legal == null) {
			throw DomainException.invalid("procedure.process.unit", "process.unit", process.unit());
		}
		if (total.compareTo(BigDecimal.valueOf(legal)) > 0) {
			throw DomainException.invalid("procedure.process.exceeds-legal-time", "process.steps",
					total.toPlainString(), legal);
		}
	}

	private static void requireText(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw DomainException.invalid("procedure.required", field);
		}
	}

}
