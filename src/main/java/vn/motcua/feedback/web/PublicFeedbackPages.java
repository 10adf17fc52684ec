package vn.motcua.feedback.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackTopic;
import vn.motcua.feedback.internal.FeedbackDesk;
import vn.motcua.feedback.internal.FeedbackItem;
import vn.motcua.feedback.internal.Intake;
import vn.motcua.feedback.internal.IntakeThrottled;
import vn.motcua.feedback.internal.PublicFeedback;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.organization.AgencyView;
import vn.motcua.shared.DomainException;

/**
 * The public side of feedback: send one (signed in or not), follow it with its code and
 * the last four digits of the phone (or the e-mail), say whether the answer solved it,
 * and read the published questions and answers, with personal data masked.
 */
@Controller
class PublicFeedbackPages {

	static final List<String> FIELDS = List.of("title", "content", "topic", "agencyCode", "dossierCode", "senderName",
			"senderAddress", "senderPhone", "senderEmail");

	private final FeedbackDesk desk;

	private final FeedbackWeb web;

	private final Agencies agencies;

	PublicFeedbackPages(FeedbackDesk desk, FeedbackWeb web, Agencies agencies) {
		this.desk = desk;
		this.web = web;
		this.agencies = agencies;
	}

	@GetMapping("/feedback")
	String answers(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String query = (q != null && q.length() > 200) ? q.substring(0, 200) : q;
		int current = Math.max(0, Math.min(page, 1000));
		List<PublicFeedback> items = this.desk.publishedList(query, current, 20);
		model.addAttribute("items", items);
		model.addAttribute("q", (query != null) ? query : "");
		model.addAttribute("page", current);
		model.addAttribute("hasNext", items.size() == 20);
		model.addAttribute("agencyNames", agencyNames());
		return "feedback/answers";
	}

	@GetMapping("/feedback/answers/{code}")
	String answer(@PathVariable String code, Model model) {
		PublicFeedback item = this.desk.published(code)
			.orElseThrow(() -> DomainException.notFound("feedback.not-found"));
		model.addAttribute("item", item);
		model.addAttribute("agencyNames", agencyNames());
		return "feedback/answer";
	}

	@GetMapping("/feedback/new")
	String form(@Nullable Authentication authentication, Model model) {
		Map<String, String> input = new LinkedHashMap<>();
		if (authentication != null && authentication.getPrincipal() instanceof CitizenPrincipal citizen) {
			input.put("senderName", citizen.fullName());
		}
		fill(model, input);
		return "feedback/new";
	}

	@PostMapping("/feedback/new")
	String submit(@RequestParam MultiValueMap<String, String> form, @Nullable Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Long accountId = (authentication != null && authentication.getPrincipal() instanceof CitizenPrincipal citizen)
				? citizen.accountId() : null;
		List<FeedbackItem.Attachment> files = List.of();
		try {
			files = this.web.store(FeedbackWeb.files(request, "files"));
			FeedbackItem item = this.desk.submit(
					intake(form, FeedbackChannel.WEB, accountId, request.getRemoteAddr(), files),
					(accountId != null) ? authentication.getName() : "anonymous");
			redirect.addFlashAttribute("flash", this.web.message("feedback.sent", item.code()));
			redirect.addFlashAttribute("sentCode", item.code());
			return "redirect:/feedback/track?code=" + item.code();
		}
		catch (DomainException ex) {
			this.web.discard(files);
			response.setStatus((ex instanceof IntakeThrottled) ? 429 : FeedbackWeb.status(ex));
			if (ex instanceof IntakeThrottled throttled) {
				response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
			}
			model.addAttribute("error", this.web.message(ex));
			model.addAttribute("errorField", ex.field());
			fill(model, kept(form));
			return "feedback/new";
		}
	}

	@GetMapping("/feedback/track")
	String track(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String check, HttpServletResponse response, Model model) {
		String wanted = (code != null) ? code.strip() : "";
		model.addAttribute("code", (wanted.length() > 32) ? wanted.substring(0, 32) : wanted);
		if (check == null) {
			return "feedback/track";
		}
		Optional<FeedbackItem> found = this.desk.track(wanted, check);
		if (found.isEmpty()) {
			response.setStatus(404);
			model.addAttribute("error", this.web.message("error.feedback.tracking.not-found"));
			return "feedback/track";
		}
		model.addAttribute("item", found.get());
		model.addAttribute("published", found.get().toPublic());
		model.addAttribute("check", check);
		model.addAttribute("agencyNames", agencyNames());
		return "feedback/track";
	}

	@PostMapping("/feedback/track/resolution")
	String resolution(@RequestParam String code, @RequestParam String check, @RequestParam boolean resolved,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			this.desk.resolve(code, check, resolved);
		}
		catch (DomainException ex) {
			response.setStatus(FeedbackWeb.status(ex));
			model.addAttribute("code", code);
			model.addAttribute("error", this.web.message(ex));
			return "feedback/track";
		}
		redirect.addFlashAttribute("flash", this.web.message("feedback.resolution.thanks"));
		redirect.addAttribute("code", code);
		redirect.addAttribute("check", check);
		return "redirect:/feedback/track";
	}

	static Intake intake(MultiValueMap<String, String> form, FeedbackChannel channel, @Nullable Long accountId,
			@Nullable String source, List<FeedbackItem.Attachment> files) {
		String topic = form.getFirst("topic");
		FeedbackTopic chosen = (topic != null && !topic.isBlank()) ? FeedbackTopic.ofCode(topic).orElse(null) : null;
		return new Intake(channel, chosen, form.getFirst("title"), form.getFirst("content"),
				form.getFirst("senderName"), form.getFirst("senderAddress"), form.getFirst("senderPhone"),
				form.getFirst("senderEmail"), accountId, form.getFirst("dossierCode"), form.getFirst("agencyCode"),
				null, null, null, null, null, source, files);
	}

	static Map<String, String> kept(MultiValueMap<String, String> form) {
		Map<String, String> input = new LinkedHashMap<>();
		for (String field : FIELDS) {
			String value = form.getFirst(field);
			input.put(field, (value != null) ? value : "");
		}
		return input;
	}

	private void fill(Model model, Map<String, String> input) {
		model.addAttribute("input", input);
		model.addAttribute("topics", FeedbackTopic.values());
		model.addAttribute("agencies", receivingAgencies(this.agencies));
	}

	/** Agencies a sender may address: province, departments, centre and communes. */
	static List<AgencyView> receivingAgencies(Agencies agencies) {
		return agencies.all()
			.stream()
			.filter((agency) -> agency.level() != AgencyLevel.DISTRICT)
			.sorted(Comparator.comparing((AgencyView agency) -> agency.level().ordinal())
				.thenComparing(AgencyView::name))
			.toList();
	}

	private Map<String, String> agencyNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.agencies.all().forEach((agency) -> names.put(agency.code(), agency.name()));
		return names;
	}

}
