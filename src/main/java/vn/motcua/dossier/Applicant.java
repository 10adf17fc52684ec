package vn.motcua.dossier;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** Who the dossier is for (chủ hồ sơ) and how to reach them. */
@Schema(description = "The applicant (chủ hồ sơ)")
public record Applicant(@Schema(description = "Full name") String name,
		@Schema(description = "12-digit personal identification number (CCCD)",
				nullable = true) @Nullable String idNumber,
		@Schema(description = "Phone number, e.g. 0912345678", nullable = true) @Nullable String phone,
		@Schema(description = "E-mail address", nullable = true) @Nullable String email,
		@Schema(description = "Address", nullable = true) @Nullable String address) {

}
