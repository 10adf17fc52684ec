package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A dossier whose result was returned (status 10), with the facts that other modules need
 * to evaluate the service it received: times against the appointment, the officers who
 * handled it and how to reach the applicant (for satisfaction surveys, with consent).
 *
 * @param code the dossier code
 * @param procedureCode the procedure
 * @param agencyCode the agency that settled it
 * @param deskAgencyCode the agency whose desk received and returned it
 * @param channel how it was handed in
 * @param receivedAt when the clock started
 * @param dueAt the appointment (after an apology, the new one)
 * @param resolvedAt when the result was ready
 * @param returnedAt when the result was handed over
 * @param outcome EARLY, ON_TIME or LATE against the appointment
 * @param supplements how many supplement requests the dossier had (0 or 1)
 * @param applicant who it was for
 * @param steps the steps taken, oldest first
 * @param returnedBy the officer who handed the result over
 */
public record ReturnedDossier(String code, String procedureCode, String agencyCode, String deskAgencyCode,
		Channel channel, @Nullable Instant receivedAt, @Nullable Instant dueAt, @Nullable Instant resolvedAt,
		Instant returnedAt, @Nullable String outcome, int supplements, Applicant applicant, List<Step> steps,
		@Nullable String returnedBy) {

	public ReturnedDossier {
		steps = List.copyOf(steps);
	}

	/**
	 * One pass through a step of the internal process: who handled it, its time limit and
	 * when it ended.
	 */
	public record Step(int index, String role, String agencyCode, @Nullable String handledBy, Instant dueAt,
			@Nullable Instant finishedAt, long allowedSeconds, @Nullable Long usedSeconds) {

	}

}
