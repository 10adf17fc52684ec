package vn.motcua.feedback.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackTopic;

/**
 * What a sender (or the officer writing down a visit or a call) gives: the feedback, the
 * contact details the Decree requires (name; address or the place concerned; a phone
 * number or an e-mail address to answer to), optionally a topic, a dossier code, the
 * agency it is addressed to and a location; the attachments already stored.
 *
 * @param sourceKey where it came from (network address) for the intake limit; none for
 * staff entries
 */
public record Intake(FeedbackChannel channel, @Nullable FeedbackTopic topic, @Nullable String title,
		@Nullable String content, @Nullable String senderName, @Nullable String senderAddress,
		@Nullable String senderPhone, @Nullable String senderEmail, @Nullable Long senderAccountId,
		@Nullable String dossierCode, @Nullable String agencyCode, @Nullable String locationAddress,
		@Nullable Double lat, @Nullable Double lon, @Nullable String addressId, @Nullable String mediaUrl,
		@Nullable String sourceKey, List<FeedbackItem.Attachment> attachments) {

	public Intake {
		attachments = List.copyOf(attachments);
	}

}
