package vn.motcua.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierContact;
import vn.motcua.dossier.Dossiers;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.payment.PaymentCompleted;
import vn.motcua.payment.PaymentRefunded;

/**
 * Turns the payment module's events into notices to the applicant: the receipt of a fee
 * paid in full (amount and receipt number) and a refund (amount, receipt, reason). A
 * payable's reference is the dossier code: the recipients are those of the dossier (its
 * contact data and the owner account, {@link DossierNotices#recipients}); a reference
 * that is not a dossier has nobody to tell.
 */
@Component
class PaymentNotices {

	private final Dossiers dossiers;

	private final Agencies agencies;

	private final NoticeOutbox outbox;

	private final NotificationSettings settings;

	private final Clock clock;

	PaymentNotices(Dossiers dossiers, Agencies agencies, NoticeOutbox outbox, NotificationSettings settings,
			Clock clock) {
		this.dossiers = dossiers;
		this.agencies = agencies;
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PaymentCompleted event) {
		this.dossiers.contact(event.reference())
			.ifPresent((contact) -> enqueue("payment:" + event.reference() + ":completed:" + event.payableId(),
					NoticeKind.PAYMENT_COMPLETED, contact, event.occurredAt(), amount(event.paidVnd()),
					event.receiptNumber(), ""));
	}

	@ApplicationModuleListener
	void on(PaymentRefunded event) {
		this.dossiers.contact(event.reference())
			.ifPresent((contact) -> enqueue("payment:" + event.reference() + ":refund:" + event.refundId(),
					NoticeKind.PAYMENT_REFUNDED, contact, event.occurredAt(), amount(event.amountVnd()),
					event.receiptNumber(), event.reason()));
	}

	private void enqueue(String key, NoticeKind kind, DossierContact contact, Instant at, String amount, String receipt,
			String reason) {
		String agency = this.agencies.findByCode(contact.agencyCode()).map(AgencyView::name).orElse("");
		String link = this.settings.publicUrl() + ((contact.ownerAccountId() != null)
				? "/account/dossiers/" + contact.code() : "/track?code=" + contact.code());
		List<String> params = List.of(contact.applicant().name(), contact.code(), contact.procedureName(),
				DossierNotices.DATE.format(at), amount, link, agency, receipt, reason);
		Notice notice = new Notice(key, kind, "dossier:" + contact.code(), contact.code(), contact.agencyCode(),
				contact.deskAgencyCode(), false, params, DossierNotices.recipients(contact));
		this.outbox.enqueue(notice, this.clock.instant());
	}

	/** An amount in đồng as written in Vietnam: 1.250.000. */
	static String amount(long vnd) {
		return String.format(Locale.ROOT, "%,d", vnd).replace(',', '.');
	}

}
