package vn.motcua.dossier.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Submission;
import vn.motcua.dossier.internal.DossierQueues;
import vn.motcua.organization.AgencyView;
import vn.motcua.shared.DomainException;

/**
 * Intake at the counter (or of a dossier that came by post): the officer finds the
 * procedure, chooses the case and the agency, types the applicant, ticks the papers
 * received and may attach scans; the dossier is received at once and its page shows the
 * receipt.
 */
@Controller
@RequestMapping("/workspace/dossiers/new")
@PreAuthorize("hasRole('ONE_STOP_OFFICER')")
class CounterIntakePages {

	private final Dossiers dossiers;

	private final ProcedureChoices choices;

	private final DossierQueues queues;

	private final UploadedFiles uploads;

	private final PageMessages messages;

	CounterIntakePages(Dossiers dossiers, ProcedureChoices choices, DossierQueues queues, UploadedFiles uploads,
			PageMessages messages) {
		this.dossiers = dossiers;
		this.choices = choices;
		this.queues = queues;
		this.uploads = uploads;
		this.messages = messages;
	}

	@GetMapping
	String form(@RequestParam(required = false) @Nullable String procedure,
			@RequestParam(required = false) @Nullable String q, Authentication authentication,
			HttpServletRequest request, Model model) {
		Actor actor = Actors.of(authentication, request);
		String query = StaffDossierPages.limit(q, 200);
		model.addAttribute("q", (query != null) ? query : "");
		if (procedure == null || procedure.isBlank()) {
			model.addAttribute("results",
					this.choices.procedures().search(new ProcedureQuery(query, null, null, null, null), 0, 20).items());
			return "dossier/counter";
		}
		fill(this.choices.published(procedure), actor, model);
		model.addAttribute("input", java.util.Map.of());
		return "dossier/counter";
	}

	@PostMapping
	String register(@RequestParam MultiValueMap<String, String> form, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.of(authentication, request);
		String code = ActionForms.text(form, "procedure");
		ProcedureRecord procedure = this.choices.published((code != null) ? code : "");
		UploadedFiles.Batch batch = this.uploads.batch();
		try {
			MultiValueMap<String, MultipartFile> files = StaffDossierPages.files(request);
			List<Submission.PaperSupplied> papers = new ArrayList<>();
			Set<String> ticked = Set.copyOf(form.getOrDefault("received", List.of()));
			for (int i = 0; i < procedure.details().documents().size(); i++) {
				List<UUID> ids = batch.store(files.get("file-" + i));
				boolean received = ticked.contains(String.valueOf(i));
				if (received || !ids.isEmpty()) {
					papers.add(new Submission.PaperSupplied(i, received, ids));
				}
			}
			Channel channel = "POST".equals(form.getFirst("channel")) ? Channel.POST : Channel.COUNTER;
			Submission submission = new Submission(procedure.code(), caseIndex(form),
					(ActionForms.text(form, "agencyCode") != null) ? ActionForms.text(form, "agencyCode") : "",
					applicant(form), null, papers, ActionForms.text(form, "note"));
			DossierView registered = this.dossiers.register(submission, channel, actor);
			redirect.addFlashAttribute("flash", this.messages.of("dossier.counter.done", registered.code()));
			return "redirect:/workspace/dossiers/" + registered.code() + "#receipt";
		}
		catch (DomainException ex) {
			batch.discard();
			response.setStatus(Errors.status(ex));
			fill(procedure, actor, model);
			model.addAttribute("q", "");
			model.addAttribute("error", this.messages.of(ex));
			model.addAttribute("errorField", ex.field());
			model.addAttribute("input", ActionForms.kept(form));
			model.addAttribute("ticked", form.getOrDefault("received", List.of()));
			return "dossier/counter";
		}
	}

	private void fill(ProcedureRecord procedure, Actor actor, Model model) {
		Set<String> scope = this.queues.scope(actor);
		List<AgencyView> applying = this.choices.applying(procedure);
		List<AgencyView> mine = applying.stream().filter((agency) -> scope.contains(agency.code())).toList();
		model.addAttribute("procedure", procedure);
		model.addAttribute("agencies", mine.isEmpty() ? applying : mine);
		model.addAttribute("ownAgency", actor.agencyCode());
		if (!model.containsAttribute("ticked")) {
			model.addAttribute("ticked", List.of());
		}
	}

	static int caseIndex(MultiValueMap<String, String> form) {
		String value = ActionForms.text(form, "caseIndex");
		try {
			return (value != null) ? Integer.parseInt(value) : 0;
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("dossier.case.unknown", "caseIndex", value);
		}
	}

	static Applicant applicant(MultiValueMap<String, String> form) {
		String name = ActionForms.text(form, "name");
		return new Applicant((name != null) ? name : "", ActionForms.text(form, "idNumber"),
				ActionForms.text(form, "phone"), ActionForms.text(form, "email"), ActionForms.text(form, "address"));
	}

}
