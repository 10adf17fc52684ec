package vn.motcua.payment;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An online payment gateway: builds the signed URL that takes the payer to the gateway,
 * and checks the signed parameters the gateway sends back (to the return URL and to the
 * server-to-server callback). Implementations follow the gateway's public specification.
 */
public interface PaymentProvider {

	/** The provider's name as stored with transactions, e.g. {@code VNPAY}. */
	String name();

	/** Where to send the payer to pay the order. */
	URI checkoutUrl(CheckoutOrder order);

	/**
	 * Reads the parameters of a callback. Never throws for bad input: a forged or
	 * malformed callback has {@code signatureValid} false.
	 */
	Callback read(Map<String, String> parameters);

	/** An order to pay online. */
	record CheckoutOrder(String txnRef, long amountVnd, String description, String payerAddress, Instant createdAt,
			String locale) {

	}

	/** What a callback says, once its signature was checked. */
	record Callback(boolean signatureValid, @Nullable String txnRef, @Nullable Long amountVnd,
			@Nullable String providerRef, boolean success, @Nullable String responseCode, @Nullable String bankCode) {

	}

}
