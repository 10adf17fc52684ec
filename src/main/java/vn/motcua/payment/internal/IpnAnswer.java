package vn.motcua.payment.internal;

/**
 * The answer to a VNPAY IPN callback, as its guide lists them: 00 confirmed, 01 order not
 * found, 02 order already confirmed, 04 invalid amount, 97 invalid signature, 99 unknown
 * error.
 */
public record IpnAnswer(String RspCode, String Message) {

	static final IpnAnswer CONFIRMED = new IpnAnswer("00", "Confirm Success");

	static final IpnAnswer NOT_FOUND = new IpnAnswer("01", "Order not found");

	static final IpnAnswer ALREADY_CONFIRMED = new IpnAnswer("02", "Order already confirmed");

	static final IpnAnswer INVALID_AMOUNT = new IpnAnswer("04", "Invalid amount");

	static final IpnAnswer INVALID_SIGNATURE = new IpnAnswer("97", "Invalid signature");

	static final IpnAnswer UNKNOWN_ERROR = new IpnAnswer("99", "Unknown error");

}
