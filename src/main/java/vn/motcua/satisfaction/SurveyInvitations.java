package vn.motcua.satisfaction;

import java.util.List;

/**
 * Who a round of survey invitations goes to, for the module that sends them
 * (notification).
 */
public interface SurveyInvitations {

	/**
	 * The people of a round that still have to be written to: sampled, included in the
	 * round, not answered yet, with an e-mail address or a phone number. Empty when the
	 * campaign is not collecting responses any more or the round was not issued.
	 * @param campaignId the campaign
	 * @param round 0 for the invitation, n for the n-th reminder
	 */
	List<Invitee> round(long campaignId, int round);

	/**
	 * A sampled person to write to.
	 *
	 * @param sampleId the sample
	 * @param dossierCode the dossier whose handling the survey asks about
	 * @param agencyCode the agency that settled it
	 * @param contact the e-mail address or the phone number written on the dossier
	 * @param surveyPath the one-time survey page, {@code /survey/{token}}
	 */
	record Invitee(long sampleId, String dossierCode, String agencyCode, String contact, String surveyPath) {

	}

}
