package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Processing of dossiers in a period at an agency (form II.06a), computed as of the end
 * of the period from the dossier history. Identities: received.total = online + direct +
 * carriedOver; resolved.total = early + onTime + late; inProgress.total = withinDeadline
 * + overdue; received.total = resolved.total + inProgress.total + withdrawn + stopped. A
 * dossier whose appraisal concluded with a refusal (returned with a Phiếu từ chối giải
 * quyết hồ sơ, "trả lại") is not resolved: it counts in {@code stopped}, the dossiers
 * that left after receipt without the result asked for; {@code refused} keeps to the
 * dossiers refused at intake, which were never received.
 */
@Schema(description = "Processing of dossiers in a period (form II.06a), as of the end of the period")
public record ProcessingReport(@Schema(description = "Agency code") String agency,
		@Schema(description = "Agency name") String agencyName, @Schema(description = "First day") LocalDate from,
		@Schema(description = "Last day, inclusive") LocalDate to,
		@Schema(description = "Whether the agencies below it are included") boolean includeSubAgencies,
		@Schema(description = "First day with data in the system", nullable = true) @Nullable LocalDate dataFrom,
		@Schema(description = "Columns (3)–(6)") Received received,
		@Schema(description = "Columns (7)–(10)") Resolved resolved,
		@Schema(description = "Columns (11)–(13)") InProgress inProgress,
		@Schema(description = "Refused at intake in the period (never received)") long refused,
		@Schema(description = "Withdrawn by the applicant after receipt, in the period") long withdrawn,
		@Schema(description = "Ended after receipt without the result asked for, in the period: processing stopped"
				+ " (status 8) or the dossier returned with a refusal after appraisal (trả lại)") long stopped,
		@Schema(description = "Apology letters issued in the period") long apologies,
		@Schema(description = "One row per field (lĩnh vực)") List<FieldRow> fields) {

	/** Columns (3)–(6). */
	public record Received(@Schema(description = "(3) total = online + direct + carriedOver") long total,
			@Schema(description = "(4) newly received online") long online,
			@Schema(description = "(5) newly received in person or by post") long direct,
			@Schema(description = "(6) carried over from before the period") long carriedOver) {

	}

	/** Columns (7)–(10). */
	public record Resolved(@Schema(description = "(7) total") long total,
			@Schema(description = "(8) before the appointment day") long early,
			@Schema(description = "(9) on the appointment day") long onTime,
			@Schema(description = "(10) after the appointment") long late) {

	}

	/** Columns (11)–(13). */
	public record InProgress(@Schema(description = "(11) total at the end of the period") long total,
			@Schema(description = "(12) within deadline (paused dossiers included)") long withinDeadline,
			@Schema(description = "(13) overdue") long overdue) {

	}

	/** One field's row. */
	@Schema(description = "The figures of one field (lĩnh vực)")
	public record FieldRow(String field, Received received, Resolved resolved, InProgress inProgress, long refused,
			long withdrawn, long stopped, long apologies) {

	}

}
