package vn.motcua.payment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * VNPAY's side of the merchant API (querydr, refund), in process, written from the public
 * specification
 * (sandbox.vnpayment.vn/apis/docs/truy-van-hoan-tien/querydr&amp;refund.html)
 * independently of the production code: it takes the JSON POST at
 * {@code /merchant_webapi/api/transaction}, checks the request's HMAC-SHA512 over the
 * {@code |}-joined fields in the specification's order (answering 97 when it is wrong),
 * and answers signed the same way with the fields of the answer. It knows the orders the
 * test tells it about and refunds what they allow (95 when the payment did not succeed or
 * the amount is more than is left); querydr then reports the order's latest refund. It
 * can be told to misbehave: forge, drop or alter the signature of its answer, answer
 * about another order, answer after the client gave up (having done the refund all the
 * same), fail with HTTP 500 or answer something that is not JSON.
 */
public final class VnpayMerchantApi implements AutoCloseable {

	public static final String PATH = "/merchant_webapi/api/transaction";

	public static final List<String> QUERY_REQUEST = List.of("vnp_RequestId", "vnp_Version", "vnp_Command",
			"vnp_TmnCode", "vnp_TxnRef", "vnp_TransactionDate", "vnp_CreateDate", "vnp_IpAddr", "vnp_OrderInfo");

	public static final List<String> QUERY_RESPONSE = List.of("vnp_ResponseId", "vnp_Command", "vnp_ResponseCode",
			"vnp_Message", "vnp_TmnCode", "vnp_TxnRef", "vnp_Amount", "vnp_BankCode", "vnp_PayDate",
			"vnp_TransactionNo", "vnp_TransactionType", "vnp_TransactionStatus", "vnp_OrderInfo", "vnp_PromotionCode",
			"vnp_PromotionAmount");

	public static final List<String> REFUND_REQUEST = List.of("vnp_RequestId", "vnp_Version", "vnp_Command",
			"vnp_TmnCode", "vnp_TransactionType", "vnp_TxnRef", "vnp_Amount", "vnp_TransactionNo",
			"vnp_TransactionDate", "vnp_CreateBy", "vnp_CreateDate", "vnp_IpAddr", "vnp_OrderInfo");

	public static final List<String> REFUND_RESPONSE = List.of("vnp_ResponseId", "vnp_Command", "vnp_ResponseCode",
			"vnp_Message", "vnp_TmnCode", "vnp_TxnRef", "vnp_Amount", "vnp_BankCode", "vnp_PayDate",
			"vnp_TransactionNo", "vnp_TransactionType", "vnp_TransactionStatus", "vnp_OrderInfo");

	/** How the next answers misbehave. */
	public enum Mode {

		/** As the specification says. */
		NORMAL,
		/** Signed with a key that is not the merchant's. */
		FORGED,
		/** No vnp_SecureHash. */
		UNSIGNED,
		/** Signed, then the response code and amount changed. */
		TAMPERED,
		/** Signed, but about another order. */
		OTHER_ORDER,
		/** Answers after the client's timeout. */
		SLOW,
		/** HTTP 500. */
		HTTP_500,
		/** Not JSON. */
		NOT_JSON,
		/** A signed refusal of refunds (code 95), queries answered normally. */
		REFUSE

	}

	/**
	 * An order as VNPAY knows it, with its latest refund: querydr then reports that
	 * refund (type 02 or 03, status 05 "being processed").
	 */
	public record Order(String txnRef, long amountVnd, String transactionNo, String status, long refundedVnd,
			long lastRefundVnd, String lastRefundType, String lastRefundNo) {

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final String tmnCode;

	private final String secret;

	private final Map<String, Order> orders = new ConcurrentHashMap<>();

	private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

	private final List<Map<String, String>> validRequests = new CopyOnWriteArrayList<>();

	private final AtomicInteger refundsMade = new AtomicInteger();

	private final AtomicInteger responseIds = new AtomicInteger(1000);

	private volatile Mode mode = Mode.NORMAL;

	private volatile long slowMillis = 2500;

	public VnpayMerchantApi(String tmnCode, String secret) {
		this.tmnCode = tmnCode;
		this.secret = secret;
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext(PATH, this::handle);
		this.server.setExecutor(Executors.newFixedThreadPool(4, (task) -> {
			Thread thread = new Thread(task, "vnpay-merchant-api");
			thread.setDaemon(true);
			return thread;
		}));
		this.server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + PATH;
	}

	public void mode(Mode mode) {
		this.mode = mode;
	}

	public void slowMillis(long millis) {
		this.slowMillis = millis;
	}

	/**
	 * The gateway knows a payment of the order: paid ("00"), failed ("02") or unfinished
	 * ("01").
	 */
	public void knows(String txnRef, long amountVnd, String transactionNo, String status) {
		this.orders.put(txnRef, new Order(txnRef, amountVnd, transactionNo, status, 0, 0, "", ""));
	}

	public Order order(String txnRef) {
		return this.orders.get(txnRef);
	}

	/** Every request received, as its fields. */
	public List<Map<String, String>> requests() {
		return List.copyOf(this.requests);
	}

	/** The requests whose signature was right and whose terminal was the merchant's. */
	public List<Map<String, String>> validRequests() {
		return List.copyOf(this.validRequests);
	}

	public int refundsMade() {
		return this.refundsMade.get();
	}

	public void reset() {
		this.orders.clear();
		this.requests.clear();
		this.validRequests.clear();
		this.refundsMade.set(0);
		this.mode = Mode.NORMAL;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				send(exchange, 405, "");
				return;
			}
			Map<String, String> request;
			try (InputStream in = exchange.getRequestBody()) {
				request = fields(JSON.readTree(in));
			}
			this.requests.add(request);
			Mode now = this.mode;
			if (now == Mode.SLOW) {
				sleep(this.slowMillis);
			}
			if (now == Mode.HTTP_500) {
				send(exchange, 500, "Internal Server Error");
				return;
			}
			if (now == Mode.NOT_JSON) {
				send(exchange, 200, "<html><body>Bảo trì hệ thống</body></html>");
				return;
			}
			String command = request.getOrDefault("vnp_Command", "");
			List<String> signed = "refund".equals(command) ? REFUND_REQUEST : QUERY_REQUEST;
			Map<String, String> answer;
			if (!sign(this.secret, request, signed).equalsIgnoreCase(request.getOrDefault("vnp_SecureHash", ""))) {
				answer = error(request, "97", "Invalid Checksum");
			}
			else if (!this.tmnCode.equals(request.get("vnp_TmnCode"))) {
				answer = error(request, "02", "Invalid TmnCode");
			}
			else {
				this.validRequests.add(request);
				answer = "refund".equals(command) ? refund(request, now) : query(request);
			}
			List<String> answerFields = "refund".equals(command) ? REFUND_RESPONSE : QUERY_RESPONSE;
			switch (now) {
				case FORGED -> answer.put("vnp_SecureHash", sign("not-" + this.secret, answer, answerFields));
				case UNSIGNED -> answer.remove("vnp_SecureHash");
				case TAMPERED -> {
					answer.put("vnp_SecureHash", sign(this.secret, answer, answerFields));
					answer.put("vnp_ResponseCode", "00");
					answer.put("vnp_TransactionStatus", "00");
					answer.put("vnp_Amount", "99900000");
				}
				case OTHER_ORDER -> {
					answer.put("vnp_TxnRef", "someone-else");
					answer.put("vnp_SecureHash", sign(this.secret, answer, answerFields));
				}
				default -> answer.put("vnp_SecureHash", sign(this.secret, answer, answerFields));
			}
			send(exchange, 200, JSON.writeValueAsString(answer));
		}
	}

	private Map<String, String> query(Map<String, String> request) {
		Order order = this.orders.get(request.get("vnp_TxnRef"));
		if (order == null) {
			return error(request, "91", "Transaction not found");
		}
		Map<String, String> answer = base(request, "00", "QueryDR Success");
		boolean refunded = order.lastRefundVnd() > 0;
		answer.put("vnp_TxnRef", order.txnRef());
		answer.put("vnp_Amount", Long.toString((refunded ? order.lastRefundVnd() : order.amountVnd()) * 100));
		answer.put("vnp_BankCode", "NCB");
		answer.put("vnp_PayDate", "20261125103000");
		answer.put("vnp_TransactionNo", refunded ? order.lastRefundNo() : order.transactionNo());
		answer.put("vnp_TransactionType", refunded ? order.lastRefundType() : "01");
		answer.put("vnp_TransactionStatus", refunded ? "05" : order.status());
		answer.put("vnp_OrderInfo", request.getOrDefault("vnp_OrderInfo", ""));
		answer.put("vnp_PromotionCode", "");
		answer.put("vnp_PromotionAmount", "");
		return answer;
	}

	private Map<String, String> refund(Map<String, String> request, Mode now) {
		Order order = this.orders.get(request.get("vnp_TxnRef"));
		if (order == null) {
			return error(request, "91", "Transaction not found");
		}
		long amount = Long.parseLong(request.getOrDefault("vnp_Amount", "0")) / 100;
		if (now == Mode.REFUSE || !"00".equals(order.status()) || amount <= 0
				|| amount > order.amountVnd() - order.refundedVnd()) {
			return error(request, "95", "Transaction is not success");
		}
		String type = request.getOrDefault("vnp_TransactionType", "");
		if (!("02".equals(type) && amount == order.amountVnd() && order.refundedVnd() == 0) && !"03".equals(type)) {
			return error(request, "03", "Invalid TransactionType");
		}
		// done, whatever happens to the answer on its way back
		String refundNo = order.transactionNo() + "R" + this.refundsMade.incrementAndGet();
		this.orders.put(order.txnRef(), new Order(order.txnRef(), order.amountVnd(), order.transactionNo(),
				order.status(), order.refundedVnd() + amount, amount, type, refundNo));
		Map<String, String> answer = base(request, "00", "Refund success");
		answer.put("vnp_TxnRef", order.txnRef());
		answer.put("vnp_Amount", Long.toString(amount * 100));
		answer.put("vnp_BankCode", "NCB");
		answer.put("vnp_PayDate", "20261125110000");
		answer.put("vnp_TransactionNo", refundNo);
		answer.put("vnp_TransactionType", type);
		answer.put("vnp_TransactionStatus", "05");
		answer.put("vnp_OrderInfo", request.getOrDefault("vnp_OrderInfo", ""));
		return answer;
	}

	private Map<String, String> error(Map<String, String> request, String code, String message) {
		Map<String, String> answer = base(request, code, message);
		answer.put("vnp_TxnRef", request.getOrDefault("vnp_TxnRef", ""));
		return answer;
	}

	private Map<String, String> base(Map<String, String> request, String code, String message) {
		Map<String, String> answer = new LinkedHashMap<>();
		answer.put("vnp_ResponseId", "R" + this.responseIds.incrementAndGet());
		answer.put("vnp_Command", request.getOrDefault("vnp_Command", ""));
		answer.put("vnp_ResponseCode", code);
		answer.put("vnp_Message", message);
		answer.put("vnp_TmnCode", this.tmnCode);
		return answer;
	}

	/** HMAC-SHA512 of the given fields' values in order, joined by "|". */
	public static String sign(String secret, Map<String, String> fields, List<String> order) {
		List<String> values = new ArrayList<>();
		for (String name : order) {
			values.add(fields.getOrDefault(name, ""));
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA512");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
			return HexFormat.of().formatHex(mac.doFinal(String.join("|", values).getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> fields(JsonNode tree) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (tree != null && tree.isObject()) {
			for (Map.Entry<String, JsonNode> field : tree.properties()) {
				fields.put(field.getKey(),
						field.getValue().isString() ? field.getValue().asString() : field.getValue().toString());
			}
		}
		return fields;
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
