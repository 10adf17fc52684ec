package vn.motcua.feedback.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.feedback.FeedbackTopic;

/**
 * A feedback as anyone may see it: question and answer with personal data masked, no
 * sender, no contact.
 */
public record PublicFeedback(String code, @Nullable FeedbackTopic topic, FeedbackStatus status, String agencyCode,
		String question, @Nullable String answer, Instant receivedAt, @Nullable Instant answeredAt,
		@Nullable Boolean resolved) {

}
