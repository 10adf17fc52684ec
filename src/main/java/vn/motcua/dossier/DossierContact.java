package vn.motcua.dossier;

import org.jspecify.annotations.Nullable;

/**
 * Who is to be told about a dossier and how to reach them, for modules that send notices
 * (notification): the applicant's contact data as written on the dossier, and the citizen
 * account that owns it — none when an officer filed it at the counter or by post.
 *
 * @param code the dossier code
 * @param procedureName the procedure's name
 * @param channel how it was handed in
 * @param applicant the applicant with the phone and e-mail written on the dossier
 * @param ownerAccountId the citizen account that submitted it online, if any
 * @param agencyCode the agency that settles it
 * @param deskAgencyCode the agency whose desk received it
 */
public record DossierContact(String code, String procedureName, Channel channel, Applicant applicant,
		@Nullable Long ownerAccountId, String agencyCode, String deskAgencyCode) {

}
