package vn.motcua.payment.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the payment pages compute while rendering: instants in Vietnam's time, and why a
 * refund asked of the gateway was not made, in the reader's language.
 */
@Component("paymentTimes")
public class PaymentTimes {

	private final MessageSource messages;

	PaymentTimes(MessageSource messages) {
		this.messages = messages;
	}

	public String time(Instant instant) {
		return PaymentPages.TIME.format(instant);
	}

	/**
	 * Why a refund request is not done: the problem with the gateway's answer if it could
	 * not be trusted, otherwise the meaning of the gateway's code (any code, known or
	 * not).
	 */
	public String refundWhy(@Nullable String problem, @Nullable String responseCode) {
		if (problem != null) {
			return message("payment.gateway-problem." + problem, "payment.gateway-problem.other", problem);
		}
		if (responseCode != null) {
			String meaning = message("payment.vnpay.refund-code." + responseCode, "payment.vnpay.refund-code.other",
					responseCode);
			return this.messages.getMessage("payment.gateway-code", new Object[] { responseCode, meaning },
					LocaleContextHolder.getLocale());
		}
		return message("payment.gateway-problem.NO_ANSWER", "payment.gateway-problem.other", "");
	}

	private String message(String key, String fallback, String argument) {
		String fallbackText = this.messages.getMessage(fallback, new Object[] { argument }, fallback,
				LocaleContextHolder.getLocale());
		return this.messages.getMessage(key, new Object[] { argument }, fallbackText, LocaleContextHolder.getLocale());
	}

}
