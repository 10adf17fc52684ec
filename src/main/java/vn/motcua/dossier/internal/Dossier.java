package vn.motcua.dossier.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;

/**
 * The state of one dossier, as stored: the columns of table {@code dossier} and the JSON
 * {@link DossierContent}. The rules that move it live in {@link DossierWorkflow}; this
 * class only holds the state.
 */
final class Dossier {

	long id;

	@Nullable String code;

	DossierStatus status = DossierStatus.DRAFT;

	Channel channel = Channel.ONLINE;

	String procedureCode = "";

	int procedureVersion;

	int caseIndex;

	String procedureName = "";

	String agencyCode = "";

	String deskAgencyCode = "";

	Applicant applicant = new Applicant("", null, null, null, null);

	@Nullable Long ownerAccountId;

	DossierContent content = new DossierContent();

	@Nullable Instant submittedAt;

	@Nullable Instant receivedAt;

	/** Where the clock counts from: the receipt, or the complete supplement. */
	@Nullable Instant countingFrom;

	@Nullable Instant dueAt;

	@Nullable Instant originalDueAt;

	@Nullable String calendarVersion;

	@Nullable Instant pausedSince;

	@Nullable Integer currentStep;

	@Nullable Instant stepStartedAt;

	@Nullable Instant stepDueAt;

	@Nullable String stepAssignee;

	@Nullable Instant resolvedAt;

	@Nullable Instant returnedAt;

	@Nullable String outcome;

	/**
	 * When the appraisal concluded with a refusal (details in
	 * {@link DossierContent#refusal}); none otherwise.
	 */
	@Nullable Instant appraisalRefusedAt;

	@Nullable Long feesTotal;

	int supplementCount;

	int apologyCount;

	@Nullable String lastActor;

	@Nullable Instant lastActionAt;

	int lockVersion;

	Instant createdAt = Instant.EPOCH;

	/** Sequence number of the next history row. */
	int historySize;

	/** Sequence number of the next step row. */
	int stepRows;

	String requireCode() {
		String value = this.code;
		if (value == null) {
			throw new IllegalStateException("dossier " + this.id + " has no code yet");
		}
		return value;
	}

	DossierContent.Step step(int index) {
		return this.content.steps.get(index);
	}

	boolean isLastStep(int index) {
		return index == this.content.steps.size() - 1;
	}

}
