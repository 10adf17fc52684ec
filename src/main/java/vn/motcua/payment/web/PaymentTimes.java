package vn.motcua.payment.web;

import java.time.Instant;

import org.springframework.stereotype.Component;

/** Instants as the payment pages show them, in Vietnam's time. */
@Component("paymentTimes")
public class PaymentTimes {

	public String time(Instant instant) {
		return PaymentPages.TIME.format(instant);
	}

}
