package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What anyone with the code and the phone's last four digits may see; personal data
 * masked.
 */
@Schema(description = "Public tracking of a dossier; personal data masked")
public record TrackingView(@Schema(description = "Dossier code") String code,
		@Schema(description = "National status code") int status,
		@Schema(description = "Status name") String statusName,
		@Schema(description = "Procedure name") String procedureName,
		@Schema(description = "Agency that settles it") String agencyName,
		@Schema(description = "Applicant name, masked, e.g. N*** V** An") String applicantName,
		@Schema(description = "Received", nullable = true) @Nullable Instant receivedAt,
		@Schema(description = "Appointment", nullable = true) @Nullable Instant dueAt,
		@Schema(description = "Result ready", nullable = true) @Nullable Instant resolvedAt,
		@Schema(description = "Result returned", nullable = true) @Nullable Instant returnedAt,
		@Schema(description = "Whether the result ready or returned is a refusal after appraisal (Phiếu từ chối"
				+ " giải quyết hồ sơ) rather than what was asked for") boolean refused,
		@Schema(description = "Papers still missing (open supplement request)") List<String> missing,
		@Schema(description = "Steps with dates") List<Entry> history) {

	/** One public step of the history. */
	@Schema(description = "A step of the history")
	public record Entry(String action, String actionName, int status, String statusName, Instant at,
			@Nullable String unit) {

	}

}
