package vn.motcua.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.Deadlines;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierContact;
import vn.motcua.dossier.DossierDeadlineReached;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTransitioned;
import vn.motcua.dossier.Dossiers;
import vn.motcua.identity.EmailAddress;
import vn.motcua.identity.PhoneNumber;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;

/**
 * Turns the dossier's events into notices to the applicant: received with the
 * appointment, supplement requested with the papers, refused with the reasons (at intake,
 * or after appraisal once the refusal paper is ready), payment requested, result ready,
 * returned, apology with the new date, stopped… (see {@link #kindOf}). Who is told
 * follows the rules of the module (package documentation): e-mail and SMS to the contact
 * data on the dossier, the in-app message to the account that submitted it online.
 */
@Component
class DossierNotices {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Deadlines.VIETNAM);

	private final Dossiers dossiers;

	private final Agencies agencies;

	private final NoticeOutbox outbox;

	private final NotificationSettings settings;

	private final Clock clock;

	DossierNotices(Dossiers dossiers, Agencies agencies, NoticeOutbox outbox, NotificationSettings settings,
			Clock clock) {
		this.dossiers = dossiers;
		this.agencies = agencies;
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DossierTransitioned event) {
		Optional<NoticeKind> kind = kindOf(event);
		if (kind.isEmpty()) {
			return;
		}
		this.dossiers.contact(event.code()).ifPresent((contact) -> {
			boolean legal = kind.get().legal()
					|| (kind.get() == NoticeKind.RECEIVED && contact.channel() == Channel.ONLINE);
			// the instant as the database keeps it (microseconds): the same key however
			// the
			// event is read back
			String key = "dossier:" + event.code() + ":" + event.action().apiName() + ":"
					+ event.occurredAt().truncatedTo(ChronoUnit.MICROS);
			enqueue(key, kind.get(), contact, legal, event.dueAt(), event.note());
		});
	}

	@ApplicationModuleListener
	void on(DossierDeadlineReached event) {
		if (event.kind() != DossierDeadlineReached.Kind.OVERDUE) {
			// "due soon" is the officers' warning, shown in their queues; not the
			// citizen's
			return;
		}
		this.dossiers.contact(event.code()).ifPresent((contact) -> {
			String key = "dossier:" + event.code() + ":overdue:" + event.dueAt();
			enqueue(key, NoticeKind.OVERDUE, contact, false, event.dueAt(), null);
		});
	}

	/**
	 * Which notice an action gives; internal steps (forward, consult, approve…) none. A
	 * refusal after receipt is the appraisal's conclusion, still to be approved: the
	 * applicant is told when the refusal paper is ready, in place of a result.
	 */
	static Optional<NoticeKind> kindOf(DossierTransitioned event) {
		return Optional.ofNullable(switch (event.action()) {
			case SUBMIT -> NoticeKind.SUBMITTED;
			case RECEIVE -> NoticeKind.RECEIVED;
			case REFUSE -> (event.to() == DossierStatus.NOT_RECEIVED) ? NoticeKind.REFUSED : null;
			case REQUEST_SUPPLEMENT -> NoticeKind.SUPPLEMENT_REQUESTED;
			case SUPPLEMENT -> NoticeKind.SUPPLEMENT_RECEIVED;
			case REQUEST_PAYMENT -> NoticeKind.PAYMENT_REQUESTED;
			case RESULT_READY -> event.refusal() ? NoticeKind.REFUSED_AFTER_APPRAISAL : NoticeKind.RESULT_READY;
			case RETURN_RESULT -> NoticeKind.RETURNED;
			case WITHDRAW -> NoticeKind.WITHDRAWN;
			case STOP -> NoticeKind.STOPPED;
			case APOLOGIZE -> NoticeKind.APOLOGY;
			case DUE_MOVED -> NoticeKind.DUE_MOVED;
			default -> null;
		});
	}

	private void enqueue(String key, NoticeKind kind, DossierContact contact, boolean legal, @Nullable Instant date,
			@Nullable String details) {
		String agency = this.agencies.findByCode(contact.agencyCode()).map(AgencyView::name).orElse("");
		String link = this.settings.publicUrl() + ((contact.ownerAccountId() != null)
				? "/account/dossiers/" + contact.code() : "/track?code=" + contact.code());
		List<String> params = List.of(contact.applicant().name(), contact.code(), contact.procedureName(),
				(date != null) ? DATE.format(date) : "", (details != null) ? details : "", link, agency);
		Notice notice = new Notice(key, kind, "dossier:" + contact.code(), contact.code(), contact.agencyCode(),
				contact.deskAgencyCode(), legal, params, recipients(contact));
		this.outbox.enqueue(notice, this.clock.instant());
	}

	/** The rules of the module: see the package documentation. */
	static List<Notice.Recipient> recipients(DossierContact contact) {
		List<Notice.Recipient> recipients = new ArrayList<>();
		String name = contact.applicant().name();
		String email = contact.applicant().email();
		if (email != null) {
			EmailAddress.parse(email)
				.ifPresent((address) -> recipients
					.add(new Notice.Recipient(NoticeChannel.EMAIL, address.value(), name, null)));
		}
		String phone = contact.applicant().phone();
		if (phone != null) {
			PhoneNumber.parse(phone)
				.ifPresent((number) -> recipients
					.add(new Notice.Recipient(NoticeChannel.SMS, number.value(), name, null)));
		}
		Long owner = contact.ownerAccountId();
		if (owner != null) {
			recipients.add(new Notice.Recipient(NoticeChannel.IN_APP, "account:" + owner, name, owner));
		}
		return recipients;
	}

}
