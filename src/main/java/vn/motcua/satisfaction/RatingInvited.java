package vn.motcua.satisfaction;

import java.time.Instant;

/**
 * A returned dossier's applicant was invited to rate the service: the invitation with its
 * one-time link exists (Circular 01/2018 Art. 12). Published once per dossier, when the
 * invitation is created, for the notification module to send the link.
 *
 * @param dossierCode the dossier to rate
 * @param agencyCode the agency that settled it
 * @param deskAgencyCode the desk that returned it
 * @param ratingPath the rating page, {@code /rate/{token}}, to put after the public
 * address
 * @param expiresAt until when the link can be used
 * @param occurredAt when the invitation was created
 */
public record RatingInvited(String dossierCode, String agencyCode, String deskAgencyCode, String ratingPath,
		Instant expiresAt, Instant occurredAt) {

}
