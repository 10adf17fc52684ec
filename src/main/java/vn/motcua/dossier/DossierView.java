package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** Everything about a dossier, for those allowed to see it. */
@Schema(description = "A dossier with its state, papers, steps and history")
public record DossierView(@Schema(description = "Dossier code <identifier>-YYMMDD-XXXX") String code,
		@Schema(description = "National status code 0 (draft) … 10") int status,
		@Schema(description = "Status name") String statusName,
		@Schema(description = "COUNTER, ONLINE or POST") Channel channel,
		@Schema(description = "Procedure code") String procedureCode,
		@Schema(description = "Procedure version the dossier is bound to") int procedureVersion,
		@Schema(description = "Procedure name") String procedureName, @Schema(description = "Case index") int caseIndex,
		@Schema(description = "Case name") String caseName,
		@Schema(description = "Agency that settles the dossier") String agencyCode,
		@Schema(description = "Agency whose desk received it") String deskAgencyCode,
		@Schema(description = "The applicant") Applicant applicant,
		@Schema(description = "Submitted (online)", nullable = true) @Nullable Instant submittedAt,
		@Schema(description = "Received: the clock started", nullable = true) @Nullable Instant receivedAt,
		@Schema(description = "Appointment (due) instant", nullable = true) @Nullable Instant dueAt,
		@Schema(description = "Appointment before an apology moved it",
				nullable = true) @Nullable Instant originalDueAt,
		@Schema(description = "Result ready", nullable = true) @Nullable Instant resolvedAt,
		@Schema(description = "Result returned", nullable = true) @Nullable Instant returnedAt,
		@Schema(description = "EARLY, ON_TIME or LATE once resolved", nullable = true) @Nullable String outcome,
		@Schema(description = "Current step index", nullable = true) @Nullable Integer currentStep,
		@Schema(description = "Due instant of the current step", nullable = true) @Nullable Instant stepDueAt,
		@Schema(description = "Officer assigned to the current step", nullable = true) @Nullable String stepAssignee,
		@Schema(description = "Assessed fees in VND (amounts known from the schedule)",
				nullable = true) @Nullable Long feesTotal,
		@Schema(description = "Papers") List<PaperView> papers,
		@Schema(description = "Internal process steps") List<StepView> process,
		@Schema(description = "Open supplement request", nullable = true) @Nullable RequestView supplementRequest,
		@Schema(description = "Consultations with other agencies") List<ConsultationView> consultations,
		@Schema(description = "Payment asked for", nullable = true) @Nullable PaymentView payment,
		@Schema(description = "The apology letter, if one was issued", nullable = true) @Nullable ApologyView apology,
		@Schema(description = "The refusal the appraisal concluded with (Phiếu từ chối giải quyết hồ sơ), if it did",
				nullable = true) @Nullable RefusalView refusal,
		@Schema(description = "Whether a leader approved the result") boolean approved,
		@Schema(description = "Steps taken, oldest first") List<StepRecordView> steps,
		@Schema(description = "History, oldest first") List<HistoryView> history,
		@Schema(description = "Concurrency version") int version) {

	/** A required paper and what was supplied. */
	@Schema(description = "A required paper and what was supplied")
	public record PaperView(int index, String name, int originals, int copies, boolean mandatory, boolean received,
			List<UUID> documentIds) {

	}

	/** A step of the internal process the dossier follows. */
	@Schema(description = "A step of the internal process")
	public record StepView(int index, String name, String role, String agencyCode, String share) {

	}

	/** A supplement request. */
	@Schema(description = "A supplement request: papers and reasons")
	public record RequestView(Instant requestedAt, String requestedBy, @Nullable String reason,
			List<ActionInput.PaperNote> papers, boolean atIntake) {

	}

	/** A consultation of another agency (liên thông). */
	@Schema(description = "A consultation of another agency")
	public record ConsultationView(String agencyCode, String question, Instant askedAt, String askedBy,
			@Nullable LocalDate answerDue, @Nullable String answer, @Nullable Instant answeredAt,
			@Nullable String answeredBy) {

	}

	/** A financial obligation asked for. */
	@Schema(description = "A financial obligation asked for")
	public record PaymentView(long amountVnd, String reason, Instant requestedAt, @Nullable Instant paidAt) {

	}

	/** The one apology letter. */
	@Schema(description = "The apology letter with its reason, new date and the delays found")
	public record ApologyView(String reason, LocalDate newDate, Instant issuedAt, String issuedBy,
			List<String> delays) {

	}

	/**
	 * The appraisal concluded with a refusal: the reasons and their legal basis, who
	 * decided at which step, and the leader who approved it (or the one who decided, when
	 * the process asks no approval after that step). Issued once approved: the result of
	 * the dossier is then the refusal paper.
	 */
	@Schema(description = "A refusal after appraisal: reasons, legal basis, who decided and who approved")
	public record RefusalView(@Schema(description = "Reasons, one per line") String reasons,
			@Schema(description = "Legal basis") String legalBasis,
			@Schema(description = "Index of the step where the appraisal concluded") int step, Instant decidedAt,
			String decidedBy, @Nullable String decidedByName,
			@Schema(description = "When the refusal was approved (issued)",
					nullable = true) @Nullable Instant approvedAt,
			@Nullable String approvedBy, @Nullable String approvedByName) {

		/**
		 * Whether a leader approved it (or it needed no approval): the paper is issued.
		 */
		public boolean issued() {
			return this.approvedAt != null;
		}

		/** The reasons as the paper lists them: one per non-blank line. */
		public List<String> reasonList() {
			return this.reasons.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		}

	}

	/** One pass through a step: the hand-over record of the control sheet. */
	@Schema(description = "One pass through a step of the internal process")
	public record StepRecordView(int stepIndex, String name, String role, String agencyCode, Instant startedAt,
			Instant dueAt, @Nullable Instant finishedAt, long allowedSeconds, @Nullable Long usedSeconds,
			@Nullable String handledBy, @Nullable String result) {

		/** Whether the step used more working time than its share. */
		public boolean overran() {
			return this.usedSeconds != null && this.usedSeconds > this.allowedSeconds;
		}

	}

	/** One entry of the history. */
	@Schema(description = "One entry of the history")
	public record HistoryView(String action, @Nullable Integer fromStatus, int toStatus, @Nullable Integer step,
			String actor, @Nullable String actorName, @Nullable String agencyCode, Instant at, @Nullable String note) {

	}

}
