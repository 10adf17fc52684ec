package vn.motcua.feedback.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackReports;
import vn.motcua.feedback.FeedbackStatistics;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.feedback.FeedbackTopic;
import vn.motcua.feedback.internal.FeedbackDesk;
import vn.motcua.feedback.internal.FeedbackItem;
import vn.motcua.feedback.internal.Intake;
import vn.motcua.feedback.internal.IntakeThrottled;
import vn.motcua.feedback.internal.PublicFeedback;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.DomainException;

/**
 * The feedback API. Open to anyone: sending feedback ({@code POST /api/v1/feedback}, JSON
 * or multipart with files), the published answers ({@code GET /api/v1/feedback}), the
 * sender's tracking and their word on the answer ({@code /api/v1/feedback/tracking/**}).
 * Staff: the statistics for reporting ({@code GET /api/v1/feedback/statistics}), limited
 * to the caller's agencies.
 */
@RestController
class FeedbackApi {

	private final FeedbackDesk desk;

	private final FeedbackWeb web;

	private final FeedbackReports reports;

	private final Agencies agencies;

	FeedbackApi(FeedbackDesk desk, FeedbackWeb web, FeedbackReports reports, Agencies agencies) {
		this.desk = desk;
		this.web = web;
		this.reports = reports;
		this.agencies = agencies;
	}

	/** A feedback as sent through the API. */
	@Schema(description = "A feedback (phản ánh, kiến nghị) with the sender's contact details")
	record FeedbackRequest(@Schema(description = "Short subject") @Nullable String title,
			@Schema(description = "The feedback") @Nullable String content,
			@Schema(description = "regulation, implementation, conduct or dossier",
					nullable = true) @Nullable String topic,
			@Schema(description = "Agency addressed (default: the Department of Justice)",
					nullable = true) @Nullable String agencyCode,
			@Schema(description = "Dossier concerned", nullable = true) @Nullable String dossierCode,
			@Schema(description = "Sender's full name (required)") @Nullable String senderName,
			@Schema(description = "Sender's address (required)") @Nullable String senderAddress,
			@Schema(description = "Phone (this or e-mail required)", nullable = true) @Nullable String senderPhone,
			@Schema(description = "E-mail (this or phone required)", nullable = true) @Nullable String senderEmail) {

	}

	/** What the sender keeps: the tracking code. */
	@Schema(description = "The register entry created: keep the code to follow it")
	record Receipt(String code, FeedbackStatus status, String agencyCode, Instant receivedAt, Instant forwardDueAt,
			int attachments) {

	}

	/** The sender's view of their feedback. */
	@Schema(description = "A feedback as its sender follows it")
	record Tracking(String code, FeedbackStatus status, @Nullable FeedbackTopic topic, String agencyCode,
			Instant receivedAt, Instant dueAt, @Nullable Instant answeredAt, @Nullable String legalBasis,
			@Nullable String answer, @Nullable String rejectReason, @Nullable Boolean resolved) {

	}

	/** The sender's word on the answer. */
	record Resolution(@Nullable String check, @Nullable Boolean resolved) {

	}

	@Operation(summary = "Send feedback (JSON)")
	@PostMapping(path = "/api/v1/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Receipt> submit(@RequestBody FeedbackRequest body, HttpServletRequest request) {
		return created(body, request.getRemoteAddr(), List.of());
	}

	@Operation(summary = "Send feedback with attachments (multipart: part 'feedback' as JSON, parts 'files')")
	@PostMapping(path = "/api/v1/feedback", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Receipt> submitWithFiles(@RequestPart("feedback") FeedbackRequest body,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files,
			HttpServletRequest request) {
		List<FeedbackItem.Attachment> stored = this.web.store((files != null) ? files : List.of());
		try {
			return created(body, request.getRemoteAddr(), stored);
		}
		catch (RuntimeException ex) {
			this.web.discard(stored);
			throw ex;
		}
	}

	private ResponseEntity<Receipt> created(FeedbackRequest body, String source, List<FeedbackItem.Attachment> files) {
		FeedbackTopic topic = null;
		if (body.topic() != null && !body.topic().isBlank()) {
			topic = FeedbackTopic.ofCode(body.topic())
				.orElseThrow(() -> DomainException.invalid("feedback.topic-invalid", "topic"));
		}
		FeedbackItem item = this.desk.submit(new Intake(FeedbackChannel.API, topic, body.title(), body.content(),
				body.senderName(), body.senderAddress(), body.senderPhone(), body.senderEmail(), null,
				body.dossierCode(), body.agencyCode(), null, null, null, null, null, source, files), "api");
		return ResponseEntity.created(URI.create("/api/v1/feedback/tracking/" + item.code()))
			.body(new Receipt(item.code(), item.status(), item.agencyCode(), item.receivedAt(), item.forwardDueAt(),
					item.attachments().size()));
	}

	@Operation(summary = "Published questions and answers, personal data masked")
	@GetMapping("/api/v1/feedback")
	List<PublicFeedback> published(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.desk.publishedList(q, Math.max(0, page), Math.max(1, Math.min(size, 100)));
	}

	@Operation(summary = "Follow a feedback: its code and the last four digits of the phone (or the e-mail)")
	@GetMapping("/api/v1/feedback/tracking/{code}")
	Tracking track(@PathVariable String code, @RequestParam String check) {
		FeedbackItem item = this.desk.track(code, check)
			.orElseThrow(() -> DomainException.notFound("feedback.tracking.not-found"));
		boolean published = item.status() == FeedbackStatus.PUBLISHED;
		return new Tracking(item.code(), item.status(), item.topic(), item.agencyCode(), item.receivedAt(),
				item.dueAt(), item.status().closed() ? item.answeredAt() : null, published ? item.legalBasis() : null,
				published ? item.answer() : null, item.rejectReason(), item.resolved());
	}

	@Operation(summary = "Say whether the published answer solved the matter")
	@PostMapping("/api/v1/feedback/tracking/{code}/resolution")
	PublicFeedback resolve(@PathVariable String code, @RequestBody Resolution body) {
		if (body.resolved() == null) {
			throw DomainException.invalid("feedback.resolved-required", "resolved");
		}
		return this.desk.resolve(code, (body.check() != null) ? body.check() : "", body.resolved());
	}

	@Operation(summary = "Statistics by agency and topic for the caller's agencies (staff)")
	@GetMapping("/api/v1/feedback/statistics")
	FeedbackStatistics statistics(@RequestParam LocalDate from, @RequestParam LocalDate to,
			Authentication authentication) {
		return this.reports.statistics(from, to, scope(FeedbackWeb.staff(authentication), this.agencies));
	}

	@ExceptionHandler(IntakeThrottled.class)
	ResponseEntity<ProblemDetail> throttled(IntakeThrottled ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, this.web.message(ex));
		problem.setTitle(HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
		problem.setProperty("code", ex.code());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", String.valueOf(ex.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** The agencies whose figures a staff member may see. */
	static Set<String> scope(StaffPrincipal staff, Agencies agencies) {
		return staff.includesSubAgencies() ? agencies.withDescendants(staff.agencyCode()) : Set.of(staff.agencyCode());
	}

}
