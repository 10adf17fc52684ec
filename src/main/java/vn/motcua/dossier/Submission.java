package vn.motcua.dossier;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A dossier as handed in: online by a citizen, at the counter or by post by an officer.
 *
 * @param procedureCode the national procedure code, e.g. {@code 1.001193}
 * @param caseIndex which case (trường hợp) of the procedure, from 0
 * @param agencyCode the agency asked to settle it (a commune, a department)
 * @param applicant the applicant
 * @param formData the answers of the procedure's form, by field name (none when absent)
 * @param papers for each required paper (by its index in the procedure): the files
 * attached (document ids) and, at the counter, whether the paper was received (none when
 * absent)
 * @param note anything the applicant or the officer adds
 */
@Schema(description = "A dossier handed in")
public record Submission(@Schema(description = "National procedure code, e.g. 1.001193") String procedureCode,
		@Schema(description = "Index of the case (trường hợp) of the procedure, from 0") int caseIndex,
		@Schema(description = "Code of the agency asked to settle the dossier") String agencyCode,
		@Schema(description = "The applicant") Applicant applicant,
		@Schema(description = "Answers of the procedure's form, by field name",
				nullable = true) Map<String, String> formData,
		@Schema(description = "Papers supplied, by their index in the procedure's list",
				nullable = true) List<PaperSupplied> papers,
		@Schema(description = "A note", nullable = true) @Nullable String note) {

	/** Absent form data and papers (null from JSON) become empty: never null after. */
	public Submission {
		formData = (formData != null) ? Map.copyOf(formData) : Map.of();
		papers = (papers != null) ? List.copyOf(papers) : List.of();
	}

	/**
	 * One required paper as supplied.
	 *
	 * @param index the paper's index in the procedure's list of required papers
	 * @param received at the counter: the officer ticked it as received on paper
	 * @param documentIds files attached for it (none when absent)
	 */
	@Schema(description = "A required paper as supplied")
	public record PaperSupplied(@Schema(description = "Index of the paper in the procedure's list, from 0") int index,
			@Schema(description = "Received on paper at the counter") boolean received,
			@Schema(description = "Ids of attached files (from the document upload)",
					nullable = true) List<UUID> documentIds) {

		/** Absent ids (null from JSON) become empty: never null after. */
		public PaperSupplied {
			documentIds = (documentIds != null) ? List.copyOf(documentIds) : List.of();
		}

	}

}
