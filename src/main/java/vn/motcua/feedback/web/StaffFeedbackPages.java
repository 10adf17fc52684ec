package vn.motcua.feedback.web;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.calendar.Deadlines;
import vn.motcua.document.StoredDocument;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackReports;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.feedback.FeedbackTopic;
import vn.motcua.feedback.internal.FeedbackDesk;
import vn.motcua.feedback.internal.FeedbackItem;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.DomainException;

/**
 * The workspace of feedback: the queue of the agency (items routed or escalated to it),
 * entry of feedback received at the counter or by phone, an item's page with its actions
 * (classify and route or forward, not accept, answer, approve or return), and the
 * statistics.
 */
@Controller
class StaffFeedbackPages {

	private final FeedbackDesk desk;

	private final FeedbackWeb web;

	private final Agencies agencies;

	private final FeedbackReports reports;

	private final Clock clock;

	StaffFeedbackPages(FeedbackDesk desk, FeedbackWeb web, Agencies agencies, FeedbackReports reports, Clock clock) {
		this.desk = desk;
		this.web = web;
		this.agencies = agencies;
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping("/workspace/feedback")
	String queue(@RequestParam(required = false) @Nullable String status, Authentication authentication, Model model) {
		StaffPrincipal staff = FeedbackWeb.staff(authentication);
		FeedbackStatus wanted = null;
		if (status != null && !status.isBlank()) {
			try {
				wanted = FeedbackStatus.valueOf(status);
			}
			catch (IllegalArgumentException ex) {
				throw DomainException.invalid("feedback.status-invalid", "status");
			}
		}
		model.addAttribute("items", this.desk.queue(staff, wanted, 200));
		model.addAttribute("status", (wanted != null) ? wanted.name() : "");
		model.addAttribute("statuses", FeedbackStatus.values());
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("agencyNames", agencyNames());
		return "feedback/queue";
	}

	@GetMapping("/workspace/feedback/new")
	String form(Authentication authentication, Model model) {
		StaffPrincipal staff = FeedbackWeb.staff(authentication);
		Map<String, String> input = new LinkedHashMap<>();
		input.put("agencyCode", staff.agencyCode());
		input.put("channel", FeedbackChannel.COUNTER.name());
		fill(model, input);
		return "feedback/staff-new";
	}

	@PostMapping("/workspace/feedback/new")
	String enter(@RequestParam MultiValueMap<String, String> form, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		StaffPrincipal staff = FeedbackWeb.staff(authentication);
		FeedbackChannel channel = "PHONE".equals(form.getFirst("channel")) ? FeedbackChannel.PHONE
				: FeedbackChannel.COUNTER;
		List<FeedbackItem.Attachment> files = List.of();
		try {
			if (!staff.hasRole(vn.motcua.identity.Role.ONE_STOP_OFFICER)
					&& !staff.hasRole(vn.motcua.identity.Role.SPECIALIST)
					&& !staff.hasRole(vn.motcua.identity.Role.DEPARTMENT_LEADER)
					&& !staff.hasRole(vn.motcua.identity.Role.AGENCY_LEADER)) {
				throw DomainException.forbidden("feedback.role");
			}
			files = this.web.store(FeedbackWeb.files(request, "files"));
			String agency = form.getFirst("agencyCode");
			if (agency == null || agency.isBlank()) {
				form.set("agencyCode", staff.agencyCode());
			}
			FeedbackItem item = this.desk.submit(PublicFeedbackPages.intake(form, channel, null, null, files),
					staff.getUsername());
			redirect.addFlashAttribute("flash", this.web.message("feedback.entered", item.code()));
			if (this.desk.find(item.code()).filter((found) -> canSee(staff, found)).isPresent()) {
				return "redirect:/workspace/feedback/" + item.code();
			}
			return "redirect:/workspace/feedback";
		}
		catch (DomainException ex) {
			this.web.discard(files);
			response.setStatus(FeedbackWeb.status(ex));
			model.addAttribute("error", this.web.message(ex));
			model.addAttribute("errorField", ex.field());
			Map<String, String> input = PublicFeedbackPages.kept(form);
			input.put("channel", channel.name());
			fill(model, input);
			return "feedback/staff-new";
		}
	}

	@GetMapping("/workspace/feedback/statistics")
	String statistics(@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to, Authentication authentication, Model model) {
		StaffPrincipal staff = FeedbackWeb.staff(authentication);
		LocalDate today = LocalDate.now(this.clock.withZone(Deadlines.VIETNAM));
		LocalDate end = (to != null) ? to : today;
		LocalDate start = (from != null) ? from : end.withDayOfYear(1);
		model.addAttribute("stats", this.reports.statistics(start, end, FeedbackApi.scope(staff, this.agencies)));
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		return "feedback/statistics";
	}

	@GetMapping("/workspace/feedback/{code}")
	String item(@PathVariable String code, Authentication authentication, Model model) {
		StaffPrincipal staff = FeedbackWeb.staff(authentication);
		FeedbackItem item = this.desk.forStaff(code, staff);
		show(model, staff, item);
		return "feedback/item";
	}

	@GetMapping("/workspace/feedback/{code}/files/{id}")
	ResponseEntity<InputStreamResource> file(@PathVariable String code, @PathVariable String id,
			Authentication authentication) {
		FeedbackItem item = this.desk.forStaff(code, FeedbackWeb.staff(authentication));
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.notFound("document.not-found", id);
		}
		if (item.attachments().stream().noneMatch((file) -> file.documentId().equals(uuid))) {
			throw DomainException.notFound("document.not-found", id);
		}
		StoredDocument document = this.web.documents()
			.find(uuid)
			.orElseThrow(() -> DomainException.notFound("document.not-found", id));
		InputStream content = this.web.documents().open(uuid);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.contentLength(document.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new InputStreamResource(content));
	}

	@PostMapping("/workspace/feedback/{code}/{action}")
	String act(@PathVariable String code, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
			Authentication authentication, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		StaffPrincipal staff = FeedbackWeb.staff(authentication);
		int version = version(form.getFirst("version"));
		try {
			switch (action) {
				case "route" -> {
					String topic = form.getFirst("topic");
					FeedbackTopic chosen = (topic != null) ? FeedbackTopic.ofCode(topic).orElse(null) : null;
					if (chosen == null) {
						throw DomainException.invalid("feedback.topic-required", "topic");
					}
					String agency = form.getFirst("agencyCode");
					this.desk.route(code, chosen, (agency != null) ? agency : "", form.getFirst("dossierCode"),
							form.getFirst("note"), staff, version);
				}
				case "reject" -> this.desk.reject(code, form.getFirst("reason"), staff, version);
				case "answer" ->
					this.desk.answer(code, form.getFirst("legalBasis"), form.getFirst("answer"), staff, version);
				case "approve" -> this.desk.approve(code, staff, version);
				case "return" -> this.desk.returnAnswer(code, form.getFirst("note"), staff, version);
				default -> throw DomainException.notFound("feedback.action-unknown", action);
			}
		}
		catch (DomainException ex) {
			response.setStatus(FeedbackWeb.status(ex));
			FeedbackItem item = this.desk.forStaff(code, staff);
			model.addAttribute("error", this.web.message(ex));
			model.addAttribute("errorField", ex.field());
			model.addAttribute("errorAction", action);
			model.addAttribute("input", PublicFeedbackPages.kept(form));
			model.addAttribute("kept", form.toSingleValueMap());
			show(model, staff, item);
			return "feedback/item";
		}
		redirect.addFlashAttribute("flash", this.web.message("feedback.done." + action));
		if (this.desk.find(code).filter((found) -> canSee(staff, found)).isEmpty()) {
			return "redirect:/workspace/feedback";
		}
		return "redirect:/workspace/feedback/" + code;
	}

	private boolean canSee(StaffPrincipal staff, FeedbackItem item) {
		try {
			this.desk.forStaff(item.code(), staff);
			return true;
		}
		catch (DomainException ex) {
			return false;
		}
	}

	private void show(Model model, StaffPrincipal staff, FeedbackItem item) {
		model.addAttribute("item", item);
		model.addAttribute("preview", item.toPublic());
		model.addAttribute("topics", FeedbackTopic.values());
		model.addAttribute("agencies", PublicFeedbackPages.receivingAgencies(this.agencies));
		model.addAttribute("agencyNames", agencyNames());
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("staffName", staff.getUsername());
		if (!model.containsAttribute("kept")) {
			model.addAttribute("kept", Map.of());
		}
	}

	private void fill(Model model, Map<String, String> input) {
		model.addAttribute("input", input);
		model.addAttribute("topics", FeedbackTopic.values());
		model.addAttribute("agencies", PublicFeedbackPages.receivingAgencies(this.agencies));
	}

	private Map<String, String> agencyNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.agencies.all().forEach((agency) -> names.put(agency.code(), agency.name()));
		return names;
	}

	private static int version(@Nullable String value) {
		try {
			return (value != null) ? Integer.parseInt(value.strip()) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
