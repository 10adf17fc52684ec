package vn.motcua.feedback;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.AuditableEvent;

/**
 * A feedback was entered in the register. The sender's e-mail and phone are carried for
 * the acknowledgement; they are not written to the audit log.
 */
public record FeedbackReceived(String code, FeedbackChannel channel, @Nullable FeedbackTopic topic, String agencyCode,
		Instant receivedAt, Instant forwardDueAt, @Nullable String senderEmail, @Nullable String senderPhone,
		String actor) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "feedback.received";
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
		return this.channel + " → " + this.agencyCode;
	}

}
