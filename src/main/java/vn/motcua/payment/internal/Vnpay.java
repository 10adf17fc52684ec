package vn.motcua.payment.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
 * <p>
 * The merchant API
 * (sandbox.vnpayment.vn/apis/docs/truy-van-hoan-tien/querydr&amp;refund.html) takes a
 * JSON object by POST to {@code merchant_webapi/api/transaction}: {@code querydr} asks
 * what became of an order, {@code refund} gives back all ({@code vnp_TransactionType} 02)
 * or part (03) of a payment. Its requests and answers are signed differently from the
 * payment URL: HMAC-SHA512 of the values (not the names) of a fixed list of fields, in
 * the specification's order, joined by {@code |}, an absent field counting as empty. An
 * answer is believed only when its signature is right and it names our terminal, the
 * command and the order asked about.
 */
@Component
class Vnpay implements PaymentProvider {

	static final String NAME = "VNPAY";

	static final String VERSION = "2.1.0";

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(Deadlines.VIETNAM);

	/** The signed fields of a querydr request, in the specification's order. */
	static final List<String> QUERY_REQUEST = List.of("vnp_RequestId", "vnp_Version", "vnp_Command", "vnp_TmnCode",
			"vnp_TxnRef", "vnp_TransactionDate", "vnp_CreateDate", "vnp_IpAddr", "vnp_OrderInfo");

	/** The signed fields of a querydr answer. */
	static final List<String> QUERY_RESPONSE = List.of("vnp_ResponseId", "vnp_Command", "vnp_ResponseCode",
			"vnp_Message", "vnp_TmnCode", "vnp_TxnRef", "vnp_Amount", "vnp_BankCode", "vnp_PayDate",
			"vnp_TransactionNo", "vnp_TransactionType", "vnp_TransactionStatus", "vnp_OrderInfo", "vnp_PromotionCode",
			"vnp_PromotionAmount");

	/** The signed fields of a refund request. */
	static final List<String> REFUND_REQUEST = List.of("vnp_RequestId", "vnp_Version", "vnp_Command", "vnp_TmnCode",
			"vnp_TransactionType", "vnp_TxnRef", "vnp_Amount", "vnp_TransactionNo", "vnp_TransactionDate",
			"vnp_CreateBy", "vnp_CreateDate", "vnp_IpAddr", "vnp_OrderInfo");

	/** The signed fields of a refund answer (no promotion fields). */
	static final List<String> REFUND_RESPONSE = List.of("vnp_ResponseId", "vnp_Command", "vnp_ResponseCode",
			"vnp_Message", "vnp_TmnCode", "vnp_TxnRef", "vnp_Amount", "vnp_BankCode", "vnp_PayDate",
			"vnp_TransactionNo", "vnp_TransactionType", "vnp_TransactionStatus", "vnp_OrderInfo");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final VnpayProperties properties;

	private final HttpClient client;

	Vnpay(VnpayProperties properties) {
		this.properties = properties;
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.apiTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
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
						given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
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

	@Override
	public GatewayAnswer query(OrderQuery query) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("vnp_RequestId", query.requestId());
		body.put("vnp_Version", VERSION);
		body.put("vnp_Command", "querydr");
		body.put("vnp_TmnCode", this.properties.tmnCode());
		body.put("vnp_TxnRef", query.txnRef());
		body.put("vnp_OrderInfo", ascii(query.description()));
		body.put("vnp_TransactionDate", DATE.format(query.orderCreatedAt()));
		body.put("vnp_CreateDate", DATE.format(query.at()));
		body.put("vnp_IpAddr", this.properties.serverIp());
		body.put("vnp_SecureHash", hmacSha512(this.properties.hashSecret(), pipe(body, QUERY_REQUEST)));
		return exchange(body, QUERY_RESPONSE);
	}

	@Override
	public GatewayAnswer refund(RefundOrder order) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("vnp_RequestId", order.requestId());
		body.put("vnp_Version", VERSION);
		body.put("vnp_Command", "refund");
		body.put("vnp_TmnCode", this.properties.tmnCode());
		body.put("vnp_TransactionType", order.full() ? "02" : "03");
		body.put("vnp_TxnRef", order.txnRef());
		body.put("vnp_Amount", Long.toString(Math.multiplyExact(order.amountVnd(), 100L)));
		body.put("vnp_OrderInfo", ascii(order.reason()));
		if (order.providerRef() != null) {
			body.put("vnp_TransactionNo", order.providerRef());
		}
		body.put("vnp_TransactionDate", DATE.format(order.orderCreatedAt()));
		body.put("vnp_CreateBy", order.createdBy());
		body.put("vnp_CreateDate", DATE.format(order.at()));
		body.put("vnp_IpAddr", this.properties.serverIp());
		body.put("vnp_SecureHash", hmacSha512(this.properties.hashSecret(), pipe(body, REFUND_REQUEST)));
		return exchange(body, REFUND_RESPONSE);
	}

	/** Sends a request of the merchant API and checks its answer. */
	private GatewayAnswer exchange(Map<String, String> body, List<String> signedAnswer) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.properties.apiUrl()))
			.timeout(this.properties.apiTimeout())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try {
			response = this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (HttpTimeoutException ex) {
			return GatewayAnswer.failed(Problem.TIMEOUT,
					"no answer within " + this.properties.apiTimeout().toMillis() + " ms");
		}
		catch (IOException ex) {
			return GatewayAnswer.failed(Problem.UNREACHABLE, abbreviate(String.valueOf(ex)));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return GatewayAnswer.failed(Problem.UNREACHABLE, "interrupted");
		}
		if (response.statusCode() != 200) {
			return GatewayAnswer.failed(Problem.HTTP_ERROR,
					"HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
		}
		Map<String, String> answer = fields(response.body());
		if (answer == null) {
			return GatewayAnswer.failed(Problem.MALFORMED, "not a JSON object: " + abbreviate(response.body()));
		}
		return verify(body, answer, signedAnswer);
	}

	/**
	 * Believes an answer only if the gateway signed it and it is about what was asked.
	 */
	GatewayAnswer verify(Map<String, String> asked, Map<String, String> answer, List<String> signedAnswer) {
		String claimed = "claimed vnp_ResponseCode=" + answer.get("vnp_ResponseCode") + ", vnp_TransactionStatus="
				+ answer.get("vnp_TransactionStatus");
		String given = answer.get("vnp_SecureHash");
		if (given == null || given.isBlank()) {
			return GatewayAnswer.failed(Problem.UNSIGNED, "unsigned answer, " + claimed);
		}
		String expected = hmacSha512(this.properties.hashSecret(), pipe(answer, signedAnswer));
		if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
			return GatewayAnswer.failed(Problem.BAD_SIGNATURE, "signature not the gateway's, " + claimed);
		}
		String code = answer.get("vnp_ResponseCode");
		String txnRef = answer.get("vnp_TxnRef");
		if (!this.properties.tmnCode().equals(answer.get("vnp_TmnCode"))
				|| !asked.get("vnp_Command").equals(answer.get("vnp_Command")) || code == null
				|| (txnRef != null && !txnRef.equals(asked.get("vnp_TxnRef")))
				|| ("00".equals(code) && txnRef == null)) {
			return GatewayAnswer.failed(Problem.MISMATCH,
					"signed answer about another request: vnp_TmnCode=" + answer.get("vnp_TmnCode") + ", vnp_Command="
							+ answer.get("vnp_Command") + ", vnp_TxnRef=" + txnRef + ", " + claimed);
		}
		return new GatewayAnswer(null, code, answer.get("vnp_TransactionStatus"), answer.get("vnp_TransactionType"),
				answer.get("vnp_TransactionNo"), amount(answer.get("vnp_Amount")), answer.get("vnp_BankCode"),
				abbreviate("vnp_ResponseId=" + answer.get("vnp_ResponseId") + ", vnp_ResponseCode=" + code
						+ ", vnp_TransactionStatus=" + answer.get("vnp_TransactionStatus") + ", vnp_Message="
						+ answer.get("vnp_Message")));
	}

	/** The values of the given fields in that order, joined by {@code |}. */
	static String pipe(Map<String, String> fields, List<String> order) {
		StringJoiner out = new StringJoiner("|");
		for (String name : order) {
			String value = fields.get(name);
			out.add((value != null) ? value : "");
		}
		return out.toString();
	}

	/** A JSON object's fields as text (numbers as written), or null if it is not one. */
	static @Nullable Map<String, String> fields(String json) {
		JsonNode tree;
		try {
			tree = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			return null;
		}
		if (tree == null || !tree.isObject()) {
			return null;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> field : tree.properties()) {
			JsonNode value = field.getValue();
			if (value.isString()) {
				fields.put(field.getKey(), value.asString());
			}
			else if (value.isNumber() || value.isBoolean()) {
				fields.put(field.getKey(), value.toString());
			}
			else if (!value.isNull()) {
				return null;
			}
		}
		return fields;
	}

	private static String abbreviate(@Nullable String text) {
		String value = (text != null) ? text : "";
		return (value.length() > 300) ? value.substring(0, 300) + "…" : value;
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
