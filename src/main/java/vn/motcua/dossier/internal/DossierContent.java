package vn.motcua.dossier.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.DossierStatus;

/**
 * The parts of a dossier kept as one JSON document beside its columns: what was handed
 * in, the process it follows (copied from the catalog version at intake, so a later edit
 * of the catalog never changes a running dossier), and the open requests.
 */
final class DossierContent {

	public Map<String, String> formData = Map.of();

	public @Nullable String note;

	public String caseName = "";

	public TimeLimit time = TimeLimit.workingDays(0);

	public List<Paper> papers = new ArrayList<>();

	public List<FeeLine> fees = new ArrayList<>();

	public List<Step> steps = new ArrayList<>();

	public TimeLimit.Unit processUnit = TimeLimit.Unit.WORKING_DAYS;

	/** Finished pauses of the clock (payment; supplement when the clock is extended). */
	public List<PauseRecord> pauses = new ArrayList<>();

	/** The pause running now, with the status to go back to. */
	public @Nullable OpenPause openPause;

	public @Nullable Supplement supplement;

	public List<Consultation> consultations = new ArrayList<>();

	public @Nullable Payment payment;

	public @Nullable Apology apology;

	public boolean approved;

	public @Nullable String approvedBy;

	/** Reasons of a refusal at intake (status 3). */
	public @Nullable String refusalReason;

	/** The refusal the appraisal concluded with, after receipt. */
	public @Nullable Refusal refusal;

	public @Nullable String stopReason;

	public @Nullable String withdrawalReason;

	public @Nullable String returnChannel;

	/** Working seconds the clock was paused during the current step. */
	public long stepPausedSeconds;

	/** A required paper and what was supplied. */
	record Paper(int index, String name, int originals, int copies, boolean mandatory, boolean received,
			List<UUID> files) {

		Paper {
			files = List.copyOf(files);
		}

		Paper with(boolean received, List<UUID> more) {
			List<UUID> all = new ArrayList<>(this.files);
			more.stream().filter((id) -> !all.contains(id)).forEach(all::add);
			return new Paper(this.index, this.name, this.originals, this.copies, this.mandatory,
					this.received || received, all);
		}

	}

	/** A fee assessed from the schedule of the case. */
	record FeeLine(String kind, @Nullable Long amountVnd, String description) {

	}

	/** A step of the process: who, which unit and which agency, and its share. */
	record Step(String name, String role, String unitType, String agencyCode, BigDecimal share) {

	}

	record PauseRecord(Instant from, Instant to, String reason) {

	}

	record OpenPause(Instant from, String reason, DossierStatus resumeStatus) {

	}

	record Supplement(Instant requestedAt, String requestedBy, @Nullable String reason,
			List<ActionInput.PaperNote> papers, boolean atIntake, @Nullable Instant suppliedAt) {

	}

	record Consultation(String agencyCode, String question, Instant askedAt, String askedBy,
			@Nullable LocalDate answerDue, @Nullable String answer, @Nullable Instant answeredAt,
			@Nullable String answeredBy) {

		boolean open() {
			return this.answeredAt == null;
		}

	}

	record Payment(long amountVnd, String reason, Instant requestedAt, @Nullable Instant paidAt) {

	}

	record Apology(String reason, LocalDate newDate, Instant issuedAt, String issuedBy, List<String> delays) {

	}

	/**
	 * The appraisal concluded with a refusal at step {@code step}; approved (issued) by a
	 * leader, or at once when decided at a leader's step or when no approval follows.
	 */
	record Refusal(String reasons, String legalBasis, int step, Instant decidedAt, String decidedBy,
			@Nullable String decidedByName, @Nullable Instant approvedAt, @Nullable String approvedBy,
			@Nullable String approvedByName) {

		boolean issued() {
			return this.approvedAt != null;
		}

		Refusal approved(@Nullable Instant at, @Nullable String by, @Nullable String byName) {
			return new Refusal(this.reasons, this.legalBasis, this.step, this.decidedAt, this.decidedBy,
					this.decidedByName, at, by, byName);
		}

		/** What the history, the audit and the applicant's notice say of it. */
		String summary() {
			return String.join("; ", this.reasons.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList())
					+ " (căn cứ: " + this.legalBasis + ")";
		}

	}

}
