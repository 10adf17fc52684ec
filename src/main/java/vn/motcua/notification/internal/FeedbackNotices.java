package vn.motcua.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.feedback.FeedbackAnswered;
import vn.motcua.feedback.FeedbackReceived;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.identity.EmailAddress;
import vn.motcua.identity.PhoneNumber;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;

/**
 * Turns the feedback module's events into notices to the sender of a feedback (phản ánh,
 * kiến nghị): the acknowledgement with the tracking code and the time within which it is
 * accepted or forwarded, and the outcome — the answer published (with its public link) or
 * the feedback not accepted (with the tracking link, where the reason is shown). E-mail
 * and SMS go to the contact data the sender gave, carried by the events; feedback has no
 * in-app message (the events name no account).
 * <p>
 * {@code FeedbackDeadlineReached} gives no notice: it is the agencies' warning (reminder,
 * escalation to the agency above), already shown in the feedback work queue; it carries
 * no contact and the sender learns the outcome from {@code FeedbackAnswered}.
 */
@Component
class FeedbackNotices {

	/** How the sender is addressed: the events carry no name. */
	static final String ADDRESSEE = "ông/bà";

	private final Agencies agencies;

	private final NoticeOutbox outbox;

	private final NotificationSettings settings;

	private final Clock clock;

	FeedbackNotices(Agencies agencies, NoticeOutbox outbox, NotificationSettings settings, Clock clock) {
		this.agencies = agencies;
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(FeedbackReceived event) {
		enqueue("feedback:" + event.code() + ":received", NoticeKind.FEEDBACK_RECEIVED, event.code(),
				event.agencyCode(), event.forwardDueAt(), "/feedback/track?code=" + event.code(), event.senderEmail(),
				event.senderPhone());
	}

	@ApplicationModuleListener
	void on(FeedbackAnswered event) {
		boolean published = event.outcome() == FeedbackStatus.PUBLISHED;
		enqueue("feedback:" + event.code() + ":" + event.outcome().name().toLowerCase(java.util.Locale.ROOT),
				published ? NoticeKind.FEEDBACK_ANSWERED : NoticeKind.FEEDBACK_REJECTED, event.code(),
				event.agencyCode(), event.answeredAt(),
				published ? "/feedback/answers/" + event.code() : "/feedback/track?code=" + event.code(),
				event.senderEmail(), event.senderPhone());
	}

	private void enqueue(String key, NoticeKind kind, String code, String agencyCode, Instant date, String path,
			@Nullable String email, @Nullable String phone) {
		List<Notice.Recipient> recipients = recipients(email, phone);
		if (recipients.isEmpty()) {
			return;
		}
		String agency = this.agencies.findByCode(agencyCode).map(AgencyView::name).orElse("");
		List<String> params = List.of(ADDRESSEE, code, "", DossierNotices.DATE.format(date), "",
				this.settings.publicUrl() + path, agency, "", "");
		Notice notice = new Notice(key, kind, "feedback:" + code, null, agencyCode, null, false, params, recipients);
		this.outbox.enqueue(notice, this.clock.instant());
	}

	static List<Notice.Recipient> recipients(@Nullable String email, @Nullable String phone) {
		List<Notice.Recipient> recipients = new ArrayList<>();
		if (email != null) {
			EmailAddress.parse(email)
				.ifPresent((address) -> recipients
					.add(new Notice.Recipient(NoticeChannel.EMAIL, address.value(), null, null)));
		}
		if (phone != null) {
			PhoneNumber.parse(phone)
				.ifPresent((number) -> recipients
					.add(new Notice.Recipient(NoticeChannel.SMS, number.value(), null, null)));
		}
		return recipients;
	}

}
