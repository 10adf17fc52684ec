package vn.motcua.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.notification.SmsProvider;

/**
 * An SMS gateway spoken to over HTTP with JSON, the protocol most Vietnamese brandname
 * gateways offer in some dialect. Requests carry {@code Authorization: Bearer <token>}
 * when a token is set and {@code Content-Type: application/json; charset=utf-8}.
 * <p>
 * <b>Send</b>: {@code POST <url>/messages} with an {@code Idempotency-Key} header equal
 * to the reference and the body
 *
 * <pre>
 * {"to": "+84912345678", "from": "MOTCUA", "text": "Ho so ... da duoc tiep nhan", "reference": "motcua-42"}
 * </pre>
 *
 * The gateway answers {@code 200}, {@code 201} or {@code 202} with {@code {"id":
 * "<gateway id>", "status": "ACCEPTED" | "DELIVERED" | "FAILED", "error": "..."}}. A
 * gateway that sees the same reference again answers with the first message instead of
 * sending it twice.
 * <p>
 * <b>Delivery report</b>: {@code GET <url>/messages/<gateway id>} answers the same JSON.
 * <p>
 * <b>Errors</b>: {@code 4xx} except 408 and 429 mean the message is refused for good (bad
 * number, unknown sender name, bad token); {@code 408}, {@code 429}, {@code 5xx},
 * timeouts and connection failures are retried by the sender.
 */
public class HttpSmsProvider implements SmsProvider {

	private final HttpClient client;

	private final URI base;

	private final @Nullable String token;

	private final String sender;

	private final Duration timeout;

	private final JsonMapper json;

	public HttpSmsProvider(HttpClient client, URI base, @Nullable String token, String sender, Duration timeout,
			JsonMapper json) {
		this.client = client;
		String text = base.toString();
		this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
		this.token = token;
		this.sender = sender;
		this.timeout = timeout;
		this.json = json;
	}

	@Override
	public Receipt send(String phone, String text, String reference) throws SmsException {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("to", phone);
		body.put("from", this.sender);
		body.put("text", text);
		body.put("reference", reference);
		HttpRequest request = request(URI.create(this.base + "/messages")).header("Idempotency-Key", reference)
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body), StandardCharsets.UTF_8))
			.build();
		return exchange(request);
	}

	@Override
	public Receipt status(String providerId) throws SmsException {
		String id = URLEncoder.encode(providerId, StandardCharsets.UTF_8);
		return exchange(request(URI.create(this.base + "/messages/" + id)).GET().build());
	}

	private HttpRequest.Builder request(URI uri) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
			.timeout(this.timeout)
			.header("Content-Type", "application/json; charset=utf-8")
			.header("Accept", "application/json");
		if (this.token != null && !this.token.isBlank()) {
			builder.header("Authorization", "Bearer " + this.token);
		}
		return builder;
	}

	private Receipt exchange(HttpRequest request) throws SmsException {
		HttpResponse<String> response;
		try {
			response = this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new SmsException("SMS gateway unreachable: " + ex, false, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SmsException("Interrupted", false, ex);
		}
		int status = response.statusCode();
		if (status < 200 || status > 299) {
			boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
			throw new SmsException("SMS gateway answered HTTP " + status + ": " + abbreviate(response.body()),
					permanent, null);
		}
		try {
			JsonNode answer = this.json.readTree(response.body());
			String id = answer.path("id").asString("");
			String state = answer.path("status").asString("");
			JsonNode error = answer.get("error");
			if (id.isBlank()) {
				throw new SmsException("SMS gateway answered without an id: " + abbreviate(response.body()), false,
						null);
			}
			return new Receipt(id, switch (state) {
				case "DELIVERED" -> State.DELIVERED;
				case "FAILED" -> State.FAILED;
				default -> State.ACCEPTED;
			}, (error != null && !error.isNull()) ? error.asString() : null);
		}
		catch (JacksonException ex) {
			throw new SmsException("SMS gateway answered something that is not JSON: " + abbreviate(response.body()),
					false, ex);
		}
	}

	private static String abbreviate(String body) {
		return (body.length() > 200) ? body.substring(0, 200) + "…" : body;
	}

}
