package vn.motcua.payment.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import vn.motcua.calendar.Deadlines;
import vn.motcua.payment.PaymentProvider;
import vn.motcua.shared.VietnameseText;

/**
 * VNPAY payment gateway, API version 2.1.0, from its public integration guide
 * (sandbox.vnpayment.vn/apis/docs): the payer is redirected to the payment URL with the
 * order's {@code vnp_*} parameters and {@code vnp_SecureHash}, the HMAC-SHA512 (key: the
 * merchant's hash secret) of the parameters sorted by name and joined as
 * {@code name=urlencoded(value)&…}; the gateway signs its return URL and IPN callback the
 * same way. Amounts are sent ×100; dates are {@code yyyyMMddHHmmss} in Vietnam's time.
 */
@Component
class Vnpay implements PaymentProvider {

	static final String NAME = "VNPAY";

	static final String VERSION = "2.1.0";

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(Deadlines.VIETNAM);

	private final VnpayProperties properties;

	Vnpay(VnpayProperties properties) {
		this.properties = properties;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public URI checkoutUrl(CheckoutOrder order) {
		SortedMap<String, String> fields = new TreeMap<>();
		fields.put("vnp_Version", VERSION);
		fields.put("vnp_Command", "pay");
		fields.put("vnp_TmnCode", this.properties.tmnCode());
		fields.put("vnp_Amount", Long.toString(Math.multiplyExact(order.amountVnd(), 100L)));
		fields.put("vnp_CurrCode", "VND");
		fields.put("vnp_TxnRef", order.txnRef());
		// the gateway accepts order information without Vietnamese accents only
		fields.put("vnp_OrderInfo", ascii(order.description()));
		fields.put("vnp_OrderType", "other");
		fields.put("vnp_Locale", "en".equals(order.locale()) ? "en" : "vn");
		fields.put("vnp_ReturnUrl", this.properties.returnUrl());
		fields.put("vnp_IpAddr", order.payerAddress());
		fields.put("vnp_CreateDate", DATE.format(order.createdAt()));
		fields.put("vnp_ExpireDate",
				DATE.format(order.createdAt().plus(Duration.ofMinutes(this.properties.expiresInMinutes()))));
		String query = canonical(fields);
		return URI.create(this.properties.payUrl() + "?" + query + "&vnp_SecureHash="
				+ hmacSha512(this.properties.hashSecret(), query));
	}

	@Override
	public Callback read(Map<String, String> parameters) {
		SortedMap<String, String> fields = new TreeMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith("vnp_") && !name.equals("vnp_SecureHash") && !name.equals("vnp_SecureHashType")
					&& value != null && !value.isEmpty()) {
				fields.put(name, value);
			}
		});
		String given = parameters.get("vnp_SecureHash");
		boolean valid = given != null && !fields.isEmpty()
				&& this.properties.tmnCode().equals(fields.get("vnp_TmnCode"))
				&& MessageDigest.isEqual(
						hmacSha512(this.properties.hashSecret(), canonical(fields)).getBytes(StandardCharsets.US_ASCII),
						given.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
		if (!valid) {
			return new Callback(false, null, null, null, false, null, null);
		}
		Long amount = amount(fields.get("vnp_Amount"));
		String response = fields.get("vnp_ResponseCode");
		String status = fields.get("vnp_TransactionStatus");
		boolean success = "00".equals(response) && (status == null || "00".equals(status));
		return new Callback(true, fields.get("vnp_TxnRef"), amount, fields.get("vnp_TransactionNo"), success, response,
				fields.get("vnp_BankCode"));
	}

	/** Parameters sorted by name, {@code name=value} with URL-encoded values. */
	static String canonical(SortedMap<String, String> fields) {
		StringBuilder out = new StringBuilder();
		fields.forEach((name, value) -> {
			if (!out.isEmpty()) {
				out.append('&');
			}
			out.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		});
		return out.toString();
	}

	static String hmacSha512(String secret, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA512");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
			return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA512 unavailable", ex);
		}
	}

	private static @Nullable Long amount(@Nullable String value) {
		if (value == null || !value.matches("\\d{1,15}")) {
			return null;
		}
		long hundredths = Long.parseLong(value);
		return (hundredths % 100 == 0) ? hundredths / 100 : null;
	}

	private static String ascii(String text) {
		String folded = VietnameseText.fold(text).replaceAll("[^a-z0-9 .:,\\-]", " ").replaceAll("\\s+", " ").strip();
		return folded.isEmpty() ? "thanh toan" : (folded.length() > 255 ? folded.substring(0, 255) : folded);
	}

}
