package vn.motcua.payment;

import java.time.Instant;
import java.util.Locale;

import vn.motcua.shared.AuditableEvent;

/**
 * A payable was paid in full: published once per payable, by the payment that completed
 * it.
 */
public record PaymentCompleted(String reference, long payableId, long amountVnd, long paidVnd, String provider,
		String receiptNumber, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "payment.completed";
	}

	@Override
	public String auditSubject() {
		return "payable:" + this.reference;
	}

	@Override
	public String auditActor() {
		return this.actor;
	}

	@Override
	public String auditDetails() {
		return String.format(Locale.ROOT, "%,d VND (%s), biên lai %s", this.paidVnd, this.provider, this.receiptNumber);
	}

}
