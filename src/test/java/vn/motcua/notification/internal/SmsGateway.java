package vn.motcua.notification.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An SMS gateway speaking the protocol of {@link HttpSmsProvider}, as a real HTTP server
 * in the test JVM: it checks the token, keeps every request it got, recognises a repeated
 * reference (Idempotency-Key), refuses numbers starting with {@code +8490000} (400), and
 * answers 503 while {@link #down} is set. Delivery reports say DELIVERED.
 */
final class SmsGateway implements AutoCloseable {

	static final String TOKEN = "sms-test-token";

	/** A request as received. */
	record Received(String to, String from, String text, String reference, String idempotencyKey) {

	}

	private final HttpServer server;

	private final JsonMapper json = JsonMapper.builder().build();

	final List<Received> received = new CopyOnWriteArrayList<>();

	/** The reference of every POST, repeats included. */
	final List<String> posts = new CopyOnWriteArrayList<>();

	final Map<String, String> byReference = new ConcurrentHashMap<>();

	private final AtomicInteger ids = new AtomicInteger();

	volatile boolean down;

	SmsGateway() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/api/messages", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/api";
	}

	List<Received> to(String phone) {
		return this.received.stream().filter((r) -> r.to().equals(phone)).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (this.down) {
				answer(exchange, 503, "{\"error\":\"maintenance\"}");
				return;
			}
			if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				answer(exchange, 401, "{\"error\":\"bad token\"}");
				return;
			}
			String path = exchange.getRequestURI().getPath();
			if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("/api/messages/")) {
				String id = path.substring("/api/messages/".length());
				answer(exchange, 200, "{\"id\":\"" + id + "\",\"status\":\"DELIVERED\"}");
				return;
			}
			if (!"POST".equals(exchange.getRequestMethod())
					|| !exchange.getRequestHeaders().getFirst("Content-Type").startsWith("application/json")) {
				answer(exchange, 405, "{\"error\":\"POST JSON only\"}");
				return;
			}
			JsonNode body = this.json
				.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			Received request = new Received(body.path("to").asString(), body.path("from").asString(),
					body.path("text").asString(), body.path("reference").asString(),
					exchange.getRequestHeaders().getFirst("Idempotency-Key"));
			this.posts.add(request.reference());
			if (request.to().startsWith("+8490000")) {
				answer(exchange, 400, "{\"error\":\"invalid number\"}");
				return;
			}
			String earlier = this.byReference.get(request.reference());
			if (earlier != null) {
				answer(exchange, 200, "{\"id\":\"" + earlier + "\",\"status\":\"ACCEPTED\"}");
				return;
			}
			String id = "sms-" + this.ids.incrementAndGet();
			this.byReference.put(request.reference(), id);
			this.received.add(request);
			answer(exchange, 202, "{\"id\":\"" + id + "\",\"status\":\"ACCEPTED\"}");
		}
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
