package vn.motcua.feedback;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.AuditableEvent;

/**
 * A feedback was closed: its answer approved by a leader and published
 * ({@code PUBLISHED}), or not accepted ({@code REJECTED}). The sender is to be told; the
 * contact details are carried for that and not written to the audit log.
 */
public record FeedbackAnswered(String code, FeedbackStatus outcome, @Nullable FeedbackTopic topic, String agencyCode,
		Instant answeredAt, @Nullable Instant answerDueAt, boolean onTime, @Nullable String senderEmail,
		@Nullable String senderPhone, String actor) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "feedback." + this.outcome.name().toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public String auditSubject() {
		return "feedback:" + this.code;
	}

	@Override
	public String auditActor() {
		return this.actor;
	}

	@Override
	public String auditDetails() {
		return this.agencyCode + (this.onTime ? ", đúng hạn" : ", quá hạn");
	}

}
