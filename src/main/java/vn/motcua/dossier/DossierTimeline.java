package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The facts of one dossier that statistics need, with its history of transitions: what
 * reports compute "as of" any instant. Drafts are never part of it.
 *
 * @param code the dossier code
 * @param procedureCode the procedure
 * @param agencyCode the agency that settles it
 * @param deskAgencyCode the agency whose desk received it
 * @param channel how it was handed in
 * @param status its status now
 * @param receivedAt when the clock started; none if never received
 * @param dueAt the appointment now
 * @param originalDueAt the appointment before an apology moved it
 * @param resolvedAt when the result was ready
 * @param returnedAt when the result was handed over
 * @param outcome EARLY, ON_TIME or LATE once resolved
 * @param apologized whether an apology letter was issued
 * @param imported whether it came from the historical import (its history is then the one
 * {@code import} entry with the final status)
 * @param entries the transitions, oldest first
 * @param handOvers the step records of its internal process kept in the system (its
 * electronic hand-overs)
 * @param refusedAfterAppraisal whether its appraisal concluded with a refusal: a result
 * ready or returned is then a Phiếu từ chối giải quyết hồ sơ (trả lại hồ sơ), not what
 * was asked for
 */
public record DossierTimeline(String code, String procedureCode, String agencyCode, String deskAgencyCode,
		Channel channel, DossierStatus status, @Nullable Instant submittedAt, @Nullable Instant receivedAt,
		@Nullable Instant dueAt, @Nullable Instant originalDueAt, @Nullable Instant resolvedAt,
		@Nullable Instant returnedAt, @Nullable String outcome, boolean apologized, boolean imported,
		List<Entry> entries, int handOvers, boolean refusedAfterAppraisal) {

	/** A timeline without step records, not refused after appraisal. */
	public DossierTimeline(String code, String procedureCode, String agencyCode, String deskAgencyCode, Channel channel,
			DossierStatus status, @Nullable Instant submittedAt, @Nullable Instant receivedAt, @Nullable Instant dueAt,
			@Nullable Instant originalDueAt, @Nullable Instant resolvedAt, @Nullable Instant returnedAt,
			@Nullable String outcome, boolean apologized, boolean imported, List<Entry> entries) {
		this(code, procedureCode, agencyCode, deskAgencyCode, channel, status, submittedAt, receivedAt, dueAt,
				originalDueAt, resolvedAt, returnedAt, outcome, apologized, imported, entries, 0, false);
	}

	/**
	 * One transition.
	 *
	 * @param action what happened
	 * @param from the status before
	 * @param to the status after
	 * @param at when
	 * @param dueAt the appointment in force after it, if recorded
	 * @param actor who acted (username)
	 */
	public record Entry(DossierAction action, @Nullable DossierStatus from, DossierStatus to, Instant at,
			@Nullable Instant dueAt, String actor) {

	}

}
