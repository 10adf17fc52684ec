package vn.motcua.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** One paper of the dossier (thành phần hồ sơ). */
@Schema(description = "A paper the applicant must bring or upload")
public record RequiredDocument(@Schema(description = "Name of the paper") String name,
		@Schema(description = "Number of originals") int originals,
		@Schema(description = "Number of copies") int copies,
		@Schema(description = "MANDATORY or CONDITIONAL") Requirement requirement,
		@Schema(description = "File name of the form template to download",
				nullable = true) @Nullable String formTemplate) {

	/** Whether the paper is always needed or only in some situations. */
	public enum Requirement {

		MANDATORY, CONDITIONAL

	}

}
