package vn.motcua.satisfaction;

import java.time.Instant;

/**
 * A survey manager issued a round of a campaign's invitations: round 0 invites the
 * sampled people, round n ≥ 1 reminds those who have not answered. Who is written to is
 * read from {@link SurveyInvitations#round} (the contacts are not carried in events).
 *
 * @param campaignId the campaign
 * @param campaignName its name, for the message
 * @param round 0 for the invitation, n for the n-th reminder
 * @param occurredAt when
 */
public record SurveyInvitationsIssued(long campaignId, String campaignName, int round, Instant occurredAt) {

	public boolean reminder() {
		return this.round > 0;
	}

}
