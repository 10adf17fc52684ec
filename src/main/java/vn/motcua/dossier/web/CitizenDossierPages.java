package vn.motcua.dossier.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.document.Documents;
import vn.motcua.document.StoredDocument;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierPageSection;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Submission;
import vn.motcua.dossier.internal.DossierQueues;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.payment.Payables;
import vn.motcua.shared.DomainException;

/**
 * A signed-in citizen's dossiers: the online form of a procedure (save a draft, come
 * back, submit once however often the button is pressed), the list of their dossiers, one
 * dossier with its status, history and appointment, the supplement asked for, and
 * withdrawal.
 */
@Controller
@RequestMapping("/account/dossiers")
@PreAuthorize("hasAuthority('CITIZEN')")
class CitizenDossierPages {

	private final Dossiers dossiers;

	private final DossierQueues queues;

	private final ProcedureChoices choices;

	private final Agencies agencies;

	private final Documents documents;

	private final UploadedFiles uploads;

	private final PageMessages messages;

	private final PageSections sections;

	private final DossierResults results;

	private final Payables payables;

	CitizenDossierPages(Dossiers dossiers, DossierQueues queues, ProcedureChoices choices, Agencies agencies,
			Documents documents, UploadedFiles uploads, PageMessages messages, PageSections sections,
			DossierResults results, Payables payables) {
		this.sections = sections;
		this.results = results;
		this.payables = payables;
		this.dossiers = dossiers;
		this.queues = queues;
		this.choices = choices;
		this.agencies = agencies;
		this.documents = documents;
		this.uploads = uploads;
		this.messages = messages;
	}

	@GetMapping
	String list(Authentication authentication, HttpServletRequest request, Model model) {
		Actor actor = Actors.of(authentication, request);
		long account = accountOf(actor);
		List<DossierQueues.Row> rows = this.queues.ofOwner(account, 200);
		List<DossierQueues.Draft> drafts = this.queues.drafts(account);
		List<String> codes = new ArrayList<>();
		rows.forEach((row) -> codes.add(row.agencyCode()));
		drafts.forEach((draft) -> codes.add(draft.agencyCode()));
		model.addAttribute("rows", rows);
		model.addAttribute("drafts", drafts);
		model.addAttribute("agencyNames", names(codes));
		return "dossier/citizen-list";
	}

	@GetMapping("/new")
	String form(@RequestParam(required = false) @Nullable String procedure,
			@RequestParam(required = false) @Nullable Long draft, Authentication authentication,
			HttpServletRequest request, Model model) {
		Actor actor = Actors.of(authentication, request);
		Map<String, String> input = new HashMap<>();
		Map<Integer, List<UUID>> existing = new HashMap<>();
		String code = procedure;
		if (draft != null) {
			Submission saved = this.dossiers.draft(draft, actor);
			code = saved.procedureCode();
			input.putAll(inputOf(saved));
			saved.papers().forEach((paper) -> existing.put(paper.index(), paper.documentIds()));
			model.addAttribute("draftId", draft);
		}
		else {
			Optional<Applicant> last = this.queues.lastApplicant(accountOf(actor));
			input.put("name", last.map(Applicant::name).orElse(actor.fullName()));
			last.ifPresent((applicant) -> {
				putIfPresent(input, "idNumber", applicant.idNumber());
				putIfPresent(input, "phone", applicant.phone());
				putIfPresent(input, "email", applicant.email());
				putIfPresent(input, "address", applicant.address());
			});
		}
		if (code == null || code.isBlank()) {
			// the form belongs to a procedure: choose one first
			return "redirect:/procedures";
		}
		ProcedureRecord record = this.choices.published(code);
		fill(record, input, existing, model);
		model.addAttribute("formKey", UUID.randomUUID().toString());
		return "dossier/citizen-form";
	}

	@PostMapping("/new")
	String save(@RequestParam MultiValueMap<String, String> form, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.of(authentication, request);
		long account = accountOf(actor);
		String code = ActionForms.text(form, "procedure");
		ProcedureRecord record = this.choices.published((code != null) ? code : "");
		Long draftId = draftId(form);
		boolean submit = !"draft".equals(form.getFirst("intent"));
		String key = ActionForms.text(form, "formKey");
		if (submit && key != null) {
			Optional<String> done = this.queues.submittedWithKey(account, key);
			if (done.isPresent()) {
				return "redirect:/account/dossiers/" + done.get();
			}
		}
		// files already attached to the draft, and kept
		Set<UUID> ownFiles = new HashSet<>();
		if (draftId != null) {
			this.dossiers.draft(draftId, actor).papers().forEach((paper) -> ownFiles.addAll(paper.documentIds()));
		}
		UploadedFiles.Batch batch = this.uploads.batch();
		Map<Integer, List<UUID>> attached = new LinkedHashMap<>();
		try {
			MultiValueMap<String, MultipartFile> files = StaffDossierPages.files(request);
			List<Submission.PaperSupplied> papers = new ArrayList<>();
			for (int i = 0; i < record.details().documents().size(); i++) {
				List<UUID> ids = new ArrayList<>();
				for (String kept : form.getOrDefault("keep-" + i, List.of())) {
					UUID id = uuid(kept);
					if (id != null && ownFiles.contains(id) && !ids.contains(id)) {
						ids.add(id);
					}
				}
				ids.addAll(batch.store(files.get("file-" + i)));
				attached.put(i, ids);
				if (!ids.isEmpty()) {
					papers.add(new Submission.PaperSupplied(i, false, ids));
				}
			}
			Submission submission = new Submission(record.code(), CounterIntakePages.caseIndex(form),
					(ActionForms.text(form, "agencyCode") != null) ? ActionForms.text(form, "agencyCode") : "",
					CounterIntakePages.applicant(form), null, papers, ActionForms.text(form, "note"));
			if (!submit) {
				long saved = this.dossiers.saveDraft(draftId, submission, actor);
				redirect.addFlashAttribute("flash", this.messages.of("dossier.form.draft-saved"));
				return "redirect:/account/dossiers/new?draft=" + saved;
			}
			String created;
			try {
				created = this.dossiers.submit(submission, actor, key).dossier().code();
			}
			catch (DomainException ex) {
				// a second click raced the first: show the dossier the first one created
				Optional<String> done = (key != null && ex.kind() == DomainException.Kind.UNPROCESSABLE)
						? this.queues.submittedWithKey(account, key) : Optional.empty();
				if (done.isEmpty()) {
					throw ex;
				}
				batch.discard();
				return "redirect:/account/dossiers/" + done.get();
			}
			if (draftId != null) {
				try {
					this.dossiers.deleteDraft(draftId, actor);
				}
				catch (DomainException ex) {
					// already gone: a retried request
				}
			}
			redirect.addFlashAttribute("flash", this.messages.of("dossier.form.submitted", created));
			return "redirect:/account/dossiers/" + created;
		}
		catch (DomainException ex) {
			batch.discard();
			attached.replaceAll((index, ids) -> ids.stream().filter(ownFiles::contains).toList());
			response.setStatus(Errors.status(ex));
			Map<String, String> input = ActionForms.kept(form);
			fill(record, input, attached, model);
			if (draftId != null) {
				model.addAttribute("draftId", draftId);
			}
			model.addAttribute("formKey", (key != null) ? key : UUID.randomUUID().toString());
			model.addAttribute("error", this.messages.of(ex));
			model.addAttribute("errorField", ex.field());
			return "dossier/citizen-form";
		}
	}

	@PostMapping("/drafts/{id}/delete")
	String deleteDraft(@PathVariable long id, Authentication authentication, HttpServletRequest request,
			RedirectAttributes redirect) {
		Actor actor = Actors.of(authentication, request);
		Submission draft = this.dossiers.draft(id, actor);
		this.dossiers.deleteDraft(id, actor);
		draft.papers().forEach((paper) -> paper.documentIds().forEach(this.documents::delete));
		redirect.addFlashAttribute("flash", this.messages.of("dossier.form.draft-deleted"));
		return "redirect:/account/dossiers";
	}

	@GetMapping("/{code}")
	String dossier(@PathVariable String code, Authentication authentication, HttpServletRequest request, Model model) {
		Actor actor = Actors.of(authentication, request);
		show(find(code, actor), actor, model);
		return "dossier/citizen-dossier";
	}

	@PostMapping("/{code}/supplement")
	String supplement(@PathVariable String code, @RequestParam MultiValueMap<String, String> form,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return act(code, DossierAction.SUPPLEMENT, form, authentication, request, response, model, redirect);
	}

	@PostMapping("/{code}/withdraw")
	String withdraw(@PathVariable String code, @RequestParam MultiValueMap<String, String> form,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return act(code, DossierAction.WITHDRAW, form, authentication, request, response, model, redirect);
	}

	@GetMapping("/{code}/files/{id}")
	ResponseEntity<InputStreamResource> file(@PathVariable String code, @PathVariable String id,
			Authentication authentication, HttpServletRequest request) {
		return StaffDossierPages.download(find(code, Actors.of(authentication, request)), id, this.documents);
	}

	/** A result document, once the result is ready or returned. */
	@GetMapping("/{code}/results/{id}")
	ResponseEntity<InputStreamResource> result(@PathVariable String code, @PathVariable String id,
			Authentication authentication, HttpServletRequest request) {
		return this.results.download(find(code, Actors.of(authentication, request)), id, true);
	}

	private String act(String code, DossierAction action, MultiValueMap<String, String> form,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Actor actor = Actors.of(authentication, request);
		DossierView d = find(code, actor);
		UploadedFiles.Batch batch = this.uploads.batch();
		try {
			MultiValueMap<String, MultipartFile> files = (action == DossierAction.SUPPLEMENT)
					? StaffDossierPages.files(request) : new LinkedMultiValueMap<>();
			ActionInput input = ActionForms.input(action, form, files, d, batch);
			DossierView after = this.dossiers.act(code, action, input, actor);
			redirect.addFlashAttribute("flash", this.messages.of("dossier.page.done",
					this.messages.of(action.messageKey()), this.messages.of("dossier.status." + after.status())));
			return "redirect:/account/dossiers/" + after.code();
		}
		catch (DomainException ex) {
			batch.discard();
			response.setStatus(Errors.status(ex));
			show(find(code, actor), actor, model);
			model.addAttribute("failedAction", action.apiName());
			model.addAttribute("error", this.messages.of(ex));
			model.addAttribute("errorField", ex.field());
			model.addAttribute("input", ActionForms.kept(form));
			return "dossier/citizen-dossier";
		}
	}

	private void show(DossierView d, Actor actor, Model model) {
		model.addAttribute("d", d);
		model.addAttribute("sections", this.sections.forDossier(d, DossierPageSection.Audience.CITIZEN, actor));
		List<String> codes = new ArrayList<>(List.of(d.agencyCode(), d.deskAgencyCode()));
		model.addAttribute("agencyNames", names(codes));
		model.addAttribute("files", StaffDossierPages.files(d, this.documents));
		model.addAttribute("results", this.results.forApplicant(d));
		model.addAttribute("payable", this.payables.find(d.code()).orElse(null));
		model.addAttribute("canWithdraw", Set.of(1, 2, 4, 5, 6).contains(d.status()));
		model.addAttribute("canSupplement", d.status() == 5 && d.supplementRequest() != null);
		if (!model.containsAttribute("input")) {
			model.addAttribute("input", Map.of());
		}
	}

	private DossierView find(String code, Actor actor) {
		if (code.length() > 60) {
			throw DomainException.notFound("dossier.unknown", code);
		}
		return this.dossiers.find(code, actor).orElseThrow(() -> DomainException.notFound("dossier.unknown", code));
	}

	private void fill(ProcedureRecord record, Map<String, String> input, Map<Integer, List<UUID>> existing,
			Model model) {
		model.addAttribute("procedure", record);
		model.addAttribute("agencies", this.choices.applying(record));
		model.addAttribute("input", input);
		model.addAttribute("existing", existing);
		Map<UUID, StoredDocument> files = new HashMap<>();
		existing.values()
			.forEach((ids) -> ids.forEach((id) -> this.documents.find(id).ifPresent((file) -> files.put(id, file))));
		model.addAttribute("existingFiles", files);
	}

	private static Map<String, String> inputOf(Submission saved) {
		Map<String, String> input = new HashMap<>();
		input.put("caseIndex", String.valueOf(saved.caseIndex()));
		putIfPresent(input, "agencyCode", saved.agencyCode());
		putIfPresent(input, "name", saved.applicant().name());
		putIfPresent(input, "idNumber", saved.applicant().idNumber());
		putIfPresent(input, "phone", saved.applicant().phone());
		putIfPresent(input, "email", saved.applicant().email());
		putIfPresent(input, "address", saved.applicant().address());
		putIfPresent(input, "note", saved.note());
		return input;
	}

	private static void putIfPresent(Map<String, String> input, String key, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			input.put(key, value);
		}
	}

	private static @Nullable Long draftId(MultiValueMap<String, String> form) {
		String value = ActionForms.text(form, "draftId");
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw DomainException.notFound("dossier.draft.unknown", value);
		}
	}

	private static @Nullable UUID uuid(String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static long accountOf(Actor actor) {
		Long account = actor.accountId();
		if (actor.kind() != Actor.Kind.CITIZEN || account == null) {
			throw DomainException.forbidden("dossier.citizen-only");
		}
		return account;
	}

	private Map<String, String> names(List<String> codes) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String code : codes) {
			if (code != null && !code.isBlank()) {
				names.computeIfAbsent(code, (c) -> this.agencies.findByCode(c).map(AgencyView::name).orElse(c));
			}
		}
		return names;
	}

}
