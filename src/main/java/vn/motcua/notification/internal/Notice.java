package vn.motcua.notification.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a listener asks the {@link NoticeOutbox} to send for one event.
 *
 * @param eventKey identifies the event: the same event delivered again has the same key
 * @param kind which templates
 * @param subjectRef what the notice is about, e.g. {@code dossier:06652-261125-0001}
 * @param dossierCode the dossier, when it is about one (shown on its pages)
 * @param agencyCode the agency that settles it (whose officers see failed legal notices)
 * @param deskAgencyCode the agency whose desk received it
 * @param legal whether the law requires the citizen to be told
 * @param params the templates' arguments {0}…{6}, see {@link NoticeKind}
 * @param recipients who, by which channel
 */
public record Notice(String eventKey, NoticeKind kind, String subjectRef, @Nullable String dossierCode,
		@Nullable String agencyCode, @Nullable String deskAgencyCode, boolean legal, List<String> params,
		List<Recipient> recipients) {

	public Notice {
		params = List.copyOf(params);
		recipients = List.copyOf(recipients);
	}

	/**
	 * One addressee on one channel.
	 *
	 * @param channel e-mail, SMS or in-app
	 * @param address the e-mail address, the mobile number (national form) or
	 * {@code account:<id>}
	 * @param name the person's name
	 * @param accountId the account of an in-app message
	 */
	public record Recipient(NoticeChannel channel, String address, @Nullable String name, @Nullable Long accountId) {

	}

}
