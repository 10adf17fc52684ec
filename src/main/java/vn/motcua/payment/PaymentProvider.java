package vn.motcua.payment;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An online payment gateway: builds the signed URL that takes the payer to the gateway,
 * checks the signed parameters the gateway sends back (to the return URL and to the
 * server-to-server callback), and speaks to the gateway's merchant API to ask what became
 * of an order and to refund a payment. Implementations follow the gateway's public
 * specification.
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

	/**
	 * Asks the gateway what became of an order (VNPAY: {@code querydr}). Never throws: a
	 * timeout, an unreachable gateway or an answer that cannot be verified is an answer
	 * with a {@link Problem}.
	 */
	GatewayAnswer query(OrderQuery query);

	/**
	 * Asks the gateway to refund (part of) a payment (VNPAY: {@code refund}). Never
	 * throws, like {@link #query}.
	 */
	GatewayAnswer refund(RefundOrder order);

	/** An order to pay online. */
	record CheckoutOrder(String txnRef, long amountVnd, String description, String payerAddress, Instant createdAt,
			String locale) {

	}

	/** What a callback says, once its signature was checked. */
	record Callback(boolean signatureValid, @Nullable String txnRef, @Nullable Long amountVnd,
			@Nullable String providerRef, boolean success, @Nullable String responseCode, @Nullable String bankCode) {

	}

	/**
	 * A question about an order.
	 *
	 * @param requestId our identifier of this question, unique (VNPAY: per day)
	 * @param txnRef the order's reference, as sent at checkout
	 * @param orderCreatedAt when the order was sent to the gateway
	 * @param description what the question is about
	 * @param at when it is asked
	 */
	record OrderQuery(String requestId, String txnRef, Instant orderCreatedAt, String description, Instant at) {

	}

	/**
	 * A refund to ask of the gateway.
	 *
	 * @param requestId our identifier of this request, unique (VNPAY: per day)
	 * @param txnRef the paid order's reference
	 * @param providerRef the gateway's number of the payment, if known
	 * @param orderCreatedAt when the order was sent to the gateway
	 * @param amountVnd what to give back
	 * @param full whether it gives back the whole payment (else part of it)
	 * @param reason why, as the gateway records it
	 * @param createdBy the account of the officer who refunds
	 * @param at when it is asked
	 */
	record RefundOrder(String requestId, String txnRef, @Nullable String providerRef, Instant orderCreatedAt,
			long amountVnd, boolean full, String reason, String createdBy, Instant at) {

	}

	/** Why an answer of the gateway's merchant API cannot be trusted. */
	enum Problem {

		/** No answer in time: whether the gateway acted is unknown. */
		TIMEOUT,
		/** No connection to the gateway. */
		UNREACHABLE,
		/** An HTTP status other than 200. */
		HTTP_ERROR,
		/** Not the JSON the specification describes. */
		MALFORMED,
		/** No signature. */
		UNSIGNED,
		/** A signature that is not the gateway's (forged or altered). */
		BAD_SIGNATURE,
		/** Signed, but about another merchant, command or order. */
		MISMATCH

	}

	/**
	 * An answer of the gateway's merchant API. Only a verified answer (no
	 * {@code problem}) says anything; the others carry what was claimed in
	 * {@code detail}, for the record.
	 *
	 * @param problem why the answer cannot be trusted, none if it is verified
	 * @param responseCode the gateway's code for the request ({@code 00}: done)
	 * @param transactionStatus the gateway's status of the transaction ({@code 00}: paid)
	 * @param transactionType the kind of transaction (VNPAY: {@code 01} payment,
	 * {@code 02} full refund, {@code 03} partial refund)
	 * @param providerRef the gateway's number of the transaction
	 * @param amountVnd the amount the answer is about
	 * @param bankCode the payer's bank, if given
	 * @param detail what happened, for the record (never shown as the gateway's word when
	 * there is a problem)
	 */
	record GatewayAnswer(@Nullable Problem problem, @Nullable String responseCode, @Nullable String transactionStatus,
			@Nullable String transactionType, @Nullable String providerRef, @Nullable Long amountVnd,
			@Nullable String bankCode, String detail) {

		public static GatewayAnswer failed(Problem problem, String detail) {
			return new GatewayAnswer(problem, null, null, null, null, null, null, detail);
		}

		/** The answer is the gateway's, unaltered, and about what was asked. */
		public boolean verified() {
			return this.problem == null;
		}

		/** The gateway did what was asked (a verified answer with code {@code 00}). */
		public boolean accepted() {
			return verified() && "00".equals(this.responseCode);
		}

	}

}
