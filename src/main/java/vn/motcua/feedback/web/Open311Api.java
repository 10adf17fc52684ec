package vn.motcua.feedback.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import vn.motcua.calendar.Deadlines;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.feedback.FeedbackTopic;
import vn.motcua.feedback.internal.FeedbackItem;
import vn.motcua.feedback.internal.Intake;
import vn.motcua.feedback.internal.IntakeThrottled;
import vn.motcua.feedback.internal.Open311Requests;
import vn.motcua.feedback.internal.FeedbackDesk;
import vn.motcua.feedback.internal.PersonalDataMask;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.shared.DomainException;

/**
 * Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2), so that existing Open311 clients
 * and city apps can file and follow feedback: {@code GET services}, {@code GET requests},
 * {@code POST requests}, {@code GET requests/{id}}, each as {@code .json} or
 * {@code .xml}. A service is a feedback topic (plus {@code general}, not yet classified).
 * Descriptions and status notes are published with personal data masked; the sender's
 * contact details are never returned. Errors are the specification's list of
 * {@code {code, description}}.
 */
@RestController
class Open311Api {

	static final String GENERAL = "general";

	static final int MAX_RESULTS = 1000;

	static final Duration DEFAULT_SPAN = Duration.ofDays(90);

	private static final MediaType JSON = new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8);

	private static final MediaType XML = new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8);

	private final FeedbackDesk desk;

	private final Open311Requests requests;

	private final FeedbackWeb web;

	private final Agencies agencies;

	private final Clock clock;

	Open311Api(FeedbackDesk desk, Open311Requests requests, FeedbackWeb web, Agencies agencies, Clock clock) {
		this.desk = desk;
		this.requests = requests;
		this.web = web;
		this.agencies = agencies;
		this.clock = clock;
	}

	@GetMapping("/open311/v2/services.{format}")
	ResponseEntity<String> services(@PathVariable String format) {
		Format output = Format.of(format);
		List<Map<String, Object>> services = new ArrayList<>();
		for (String code : serviceCodes()) {
			Map<String, Object> service = new LinkedHashMap<>();
			service.put("service_code", code);
			service.put("service_name", this.web.message("feedback.open311.service." + code));
			service.put("description", this.web.message("feedback.open311.service." + code + ".description"));
			service.put("metadata", false);
			service.put("type", "realtime");
			service.put("keywords", this.web.message("feedback.open311.service." + code + ".keywords"));
			service.put("group", this.web.message("feedback.open311.group"));
			services.add(service);
		}
		return output.render("services", "service", services, HttpStatus.OK);
	}

	@GetMapping("/open311/v2/requests.{format}")
	ResponseEntity<String> list(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
		Format output = Format.of(format);
		List<FeedbackItem> items;
		String ids = params.getFirst("service_request_id");
		if (ids != null && !ids.isBlank()) {
			// the specification: other parameters are ignored when ids are given
			items = Arrays.stream(ids.split(","))
				.map(String::strip)
				.filter((id) -> !id.isEmpty())
				.limit(MAX_RESULTS)
				.map(this.desk::find)
				.flatMap(Optional::stream)
				.toList();
		}
		else {
			Instant end = dateParam(params, "end_date");
			Instant start = dateParam(params, "start_date");
			Instant now = this.clock.instant();
			if (end == null) {
				end = (start != null) ? start.plus(DEFAULT_SPAN) : now;
			}
			if (start == null) {
				start = end.minus(DEFAULT_SPAN);
			}
			if (end.isBefore(start)) {
				throw DomainException.invalid("feedback.open311.dates", "end_date");
			}
			List<String> topics = null;
			String serviceCode = params.getFirst("service_code");
			if (serviceCode != null && !serviceCode.isBlank()) {
				topics = new ArrayList<>();
				for (String code : serviceCode.split(",")) {
					topics.add(topicOf(code.strip()).map(Enum::name).orElse("-"));
				}
			}
			List<FeedbackStatus> statuses = null;
			String status = params.getFirst("status");
			if (status != null && !status.isBlank()) {
				statuses = new ArrayList<>();
				for (String value : status.split(",")) {
					switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
						case "open" -> statuses.addAll(
								List.of(FeedbackStatus.RECEIVED, FeedbackStatus.IN_PROGRESS, FeedbackStatus.ANSWERED));
						case "closed" -> statuses.addAll(List.of(FeedbackStatus.PUBLISHED, FeedbackStatus.REJECTED));
						default -> throw DomainException.invalid("feedback.open311.status", "status");
					}
				}
			}
			items = this.requests.search(start, end, topics, statuses, MAX_RESULTS);
		}
		List<Map<String, Object>> body = items.stream().map(this::request).toList();
		return output.render("service_requests", "request", body, HttpStatus.OK);
	}

	@GetMapping("/open311/v2/requests/{id}.{format}")
	ResponseEntity<String> one(@PathVariable String id, @PathVariable String format) {
		Format output = Format.of(format);
		FeedbackItem item = this.desk.find(id).orElseThrow(() -> DomainException.notFound("feedback.not-found"));
		return output.render("service_requests", "request", List.of(request(item)), HttpStatus.OK);
	}

	@PostMapping("/open311/v2/requests.{format}")
	ResponseEntity<String> create(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
			HttpServletRequest request) {
		Format output = Format.of(format);
		String serviceCode = params.getFirst("service_code");
		if (serviceCode == null || serviceCode.isBlank()) {
			throw DomainException.invalid("feedback.open311.service-code-required", "service_code");
		}
		if (!serviceCodes().contains(serviceCode.strip())) {
			throw DomainException.notFound("feedback.open311.service-code-unknown", serviceCode.strip());
		}
		FeedbackTopic topic = topicOf(serviceCode.strip()).orElse(null);
		Double lat = number(params, "lat");
		Double lon = number(params, "long");
		String addressString = params.getFirst("address_string");
		String addressId = params.getFirst("address_id");
		if ((lat == null || lon == null) && blank(addressString) && blank(addressId)) {
			throw DomainException.invalid("feedback.open311.location-required", "lat");
		}
		String description = params.getFirst("description");
		String name = String.join(" ",
				List.of(text(params.getFirst("last_name")), text(params.getFirst("first_name")))
					.stream()
					.filter((part) -> !part.isEmpty())
					.toList());
		String title = (description != null && !description.isBlank()) ? abbreviate(description.strip(), 120)
				: this.web.message("feedback.open311.service." + serviceCode.strip());
		String location = !blank(addressString) ? addressString : null;
		FeedbackItem item = this.desk
			.submit(new Intake(FeedbackChannel.OPEN311, topic, title, description, name, null, params.getFirst("phone"),
					params.getFirst("email"), null, null, null, location, lat, lon, blank(addressId) ? null : addressId,
					blank(params.getFirst("media_url")) ? null : params.getFirst("media_url"), request.getRemoteAddr(),
					List.of()), "open311");
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("service_request_id", item.code());
		created.put("token", null);
		created.put("service_notice", this.web.message("feedback.open311.notice", local(item.forwardDueAt())));
		created.put("account_id", blank(params.getFirst("account_id")) ? null : params.getFirst("account_id"));
		return output.render("service_requests", "request", List.of(created), HttpStatus.OK);
	}

	/** One service request, field by field as the specification lists them. */
	private Map<String, Object> request(FeedbackItem item) {
		Map<String, Object> request = new LinkedHashMap<>();
		String code = (item.topic() != null) ? item.topic().code() : GENERAL;
		PublicDescription text = describe(item);
		request.put("service_request_id", item.code());
		request.put("status", item.status().closed() ? "closed" : "open");
		request.put("status_notes", text.notes());
		request.put("service_name", this.web.message("feedback.open311.service." + code));
		request.put("service_code", code);
		request.put("description", text.description());
		request.put("agency_responsible",
				this.agencies.findByCode(item.agencyCode()).map(AgencyView::name).orElse(item.agencyCode()));
		request.put("service_notice", null);
		request.put("requested_datetime", w3c(item.receivedAt()));
		request.put("updated_datetime", w3c(item.updatedAt()));
		Instant expected = item.status().closed() ? item.answerDueAt() : item.dueAt();
		request.put("expected_datetime", (expected != null) ? w3c(expected) : null);
		request.put("address", item.locationAddress());
		request.put("address_id", item.addressId());
		request.put("zipcode", null);
		request.put("lat", item.lat());
		request.put("long", item.lon());
		request.put("media_url", item.mediaUrl());
		return request;
	}

	private record PublicDescription(String description, @Nullable String notes) {

	}

	private static PublicDescription describe(FeedbackItem item) {
		String description = item.toPublic().question();
		String notes = null;
		if (item.status() == FeedbackStatus.PUBLISHED) {
			notes = item.publicAnswer();
		}
		else if (item.status() == FeedbackStatus.REJECTED && item.rejectReason() != null) {
			notes = PersonalDataMask.mask(item.rejectReason(), List.of(item.senderName()));
		}
		return new PublicDescription(description, notes);
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<String> domain(DomainException ex, HttpServletRequest request) {
		HttpStatus status = (ex instanceof IntakeThrottled) ? HttpStatus.TOO_MANY_REQUESTS
				: HttpStatus.valueOf(FeedbackWeb.status(ex));
		ResponseEntity<String> response = error(request, status, this.web.message(ex));
		if (ex instanceof IntakeThrottled throttled) {
			return ResponseEntity.status(status)
				.header("Retry-After", String.valueOf(throttled.retryAfterSeconds()))
				.headers(response.getHeaders())
				.body(response.getBody());
		}
		return response;
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<String> mediaType(HttpServletRequest request) {
		return error(request, HttpStatus.BAD_REQUEST, this.web.message("error.feedback.open311.form-expected"));
	}

	private static ResponseEntity<String> error(HttpServletRequest request, HttpStatus status, String description) {
		Format output = request.getRequestURI().endsWith(".xml") ? Format.XML : Format.JSON;
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status.value());
		error.put("description", description);
		return output.render("errors", "error", List.of(error), status);
	}

	private static List<String> serviceCodes() {
		List<String> codes = new ArrayList<>();
		for (FeedbackTopic topic : FeedbackTopic.values()) {
			codes.add(topic.code());
		}
		codes.add(GENERAL);
		return codes;
	}

	private static Optional<FeedbackTopic> topicOf(String code) {
		return GENERAL.equals(code) ? Optional.empty() : FeedbackTopic.ofCode(code);
	}

	private static @Nullable Double number(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		if (blank(value)) {
			return null;
		}
		try {
			double parsed = Double.parseDouble(value.strip());
			if (Double.isNaN(parsed) || Double.isInfinite(parsed)) {
				throw new NumberFormatException(value);
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("feedback.open311.number", name, name);
		}
	}

	private static @Nullable Instant dateParam(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		if (blank(value)) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid("feedback.open311.date", name, name);
		}
	}

	static String w3c(Instant instant) {
		return instant.atZone(Deadlines.VIETNAM)
			.toOffsetDateTime()
			.truncatedTo(ChronoUnit.SECONDS)
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private static String local(Instant instant) {
		return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(instant.atZone(Deadlines.VIETNAM));
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value.strip() : "";
	}

	private static String abbreviate(String text, int max) {
		String line = text.replaceAll("\\s+", " ");
		return (line.length() <= max) ? line : line.substring(0, max - 1) + "…";
	}

	/** The two formats of the specification. */
	enum Format {

		JSON, XML;

		static Format of(String extension) {
			return switch (extension) {
				case "json" -> JSON;
				case "xml" -> XML;
				default -> throw DomainException.notFound("feedback.open311.format", extension);
			};
		}

		ResponseEntity<String> render(String root, String element, List<Map<String, Object>> items, HttpStatus status) {
			if (this == JSON) {
				return ResponseEntity.status(status).contentType(Open311Api.JSON).body(Open311Json.write(items));
			}
			StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(root)
				.append('>');
			for (Map<String, Object> item : items) {
				xml.append('<').append(element).append('>');
				item.forEach((name, value) -> {
					if (value == null) {
						xml.append('<').append(name).append("/>");
					}
					else {
						xml.append('<')
							.append(name)
							.append('>')
							.append(escape(String.valueOf(value)))
							.append("</")
							.append(name)
							.append('>');
					}
				});
				xml.append("</").append(element).append('>');
			}
			xml.append("</").append(root).append(">\n");
			return ResponseEntity.status(status).contentType(Open311Api.XML).body(xml.toString());
		}

		static String escape(String text) {
			StringBuilder out = new StringBuilder(text.length());
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '&' -> out.append("&amp;");
					case '<' -> out.append("&lt;");
					case '>' -> out.append("&gt;");
					case '"' -> out.append("&quot;");
					case '\'' -> out.append("&apos;");
					default -> {
						if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
							out.append(c);
						}
					}
				}
			}
			return out.toString();
		}

	}

}
