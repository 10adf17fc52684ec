package vn.motcua.payment;

import java.time.Instant;
import java.util.Locale;

import vn.motcua.shared.AuditableEvent;

/** Money paid for a payable was given back, with the reason. */
public record PaymentRefunded(String reference, long payableId, long refundId, long amountVnd, String receiptNumber,
		String reason, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "payment.refunded";
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
		String reason = (this.reason.length() > 200) ? this.reason.substring(0, 200) + "…" : this.reason;
		return String.format(Locale.ROOT, "%,d VND (biên lai %s): %s", this.amountVnd, this.receiptNumber, reason);
	}

}
