package vn.motcua.feedback.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.feedback.FeedbackTopic;

/**
 * One entry of the feedback register, as staff see it (with the sender's personal data).
 * Never shown to the public as it is: see {@link PublicFeedback}.
 */
public record FeedbackItem(long id, String code, FeedbackChannel channel, @Nullable FeedbackTopic topic,
		FeedbackStatus status, String title, String content, String senderName, @Nullable String senderAddress,
		@Nullable String senderPhone, @Nullable String senderEmail, @Nullable Long senderAccountId,
		@Nullable String dossierCode, @Nullable String locationAddress, @Nullable Double lat, @Nullable Double lon,
		@Nullable String addressId, @Nullable String mediaUrl, String receivedAgency, String agencyCode,
		@Nullable String escalatedTo, Instant receivedAt, @Nullable Instant routedAt, Instant forwardDueAt,
		Instant dueAt, @Nullable Instant answerDueAt, @Nullable String legalBasis, @Nullable String answer,
		@Nullable Instant draftedAt, @Nullable String draftedBy, @Nullable Instant answeredAt,
		@Nullable String approvedBy, @Nullable String publicQuestion, @Nullable String publicAnswer,
		@Nullable String rejectReason, @Nullable Boolean resolved, boolean prolonged, Instant updatedAt, int version,
		List<Attachment> attachments, List<HistoryEntry> history) {

	/** A file attached by the sender. */
	public record Attachment(UUID documentId, String fileName) {

	}

	/** One line of the item's history. */
	public record HistoryEntry(String action, String actor, @Nullable String agencyCode, Instant at,
			@Nullable String note) {

	}

	/** Whether the deadline in force has passed while the item is open. */
	public boolean overdue(Instant now) {
		return !this.status.closed() && now.isAfter(this.dueAt);
	}

	/** Whether the answer went out by its deadline (for a published item). */
	public boolean answeredOnTime() {
		return this.answeredAt != null && this.answerDueAt != null && !this.answeredAt.isAfter(this.answerDueAt);
	}

	/** The answer as published: the masked text, for the public and the preview. */
	public PublicFeedback toPublic() {
		return new PublicFeedback(this.code, this.topic, this.status, this.agencyCode,
				(this.publicQuestion != null) ? this.publicQuestion
						: PersonalDataMask.mask(this.title + "\n" + this.content, names()),
				(this.publicAnswer != null) ? this.publicAnswer : (this.answer != null)
						? PersonalDataMask.mask(this.legalBasis + "\n\n" + this.answer, names()) : null,
				this.receivedAt, this.answeredAt, this.resolved);
	}

	/** The names to mask in published texts: the sender's. */
	List<String> names() {
		return List.of(this.senderName);
	}

}
