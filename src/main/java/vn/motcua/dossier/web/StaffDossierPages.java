package vn.motcua.dossier.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.WebUtils;
import vn.motcua.document.Documents;
import vn.motcua.document.QrCodes;
import vn.motcua.document.StoredDocument;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierPageSection;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.internal.DossierQueues;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.payment.PayableStatus;
import vn.motcua.payment.PayableView;
import vn.motcua.payment.Payables;
import vn.motcua.shared.DomainException;

/**
 * The staff pages: the work queues with their tabs and search, and the page of one
 * dossier with everything about it and one form per action the user may take now.
 */
@Controller
@RequestMapping("/workspace/dossiers")
@PreAuthorize("hasAuthority('STAFF')")
class StaffDossierPages {

	static final int PAGE_SIZE = 20;

	private final Dossiers dossiers;

	private final DossierQueues queues;

	private final Agencies agencies;

	private final Documents documents;

	private final UploadedFiles uploads;

	private final PageMessages messages;

	private final DossierResults results;

	private final Clock clock;

	private final PageSections sections;

	private final Payables payables;

	StaffDossierPages(Dossiers dossiers, DossierQueues queues, Agencies agencies, Documents documents,
			UploadedFiles uploads, PageMessages messages, DossierResults results, Clock clock, PageSections sections,
			Payables payables) {
		this.sections = sections;
		this.results = results;
		this.payables = payables;
		this.dossiers = dossiers;
		this.queues = queues;
		this.agencies = agencies;
		this.documents = documents;
		this.uploads = uploads;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String queues(@RequestParam(required = false) @Nullable String tab,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String cccd,
			@RequestParam(required = false) @Nullable String procedure,
			@RequestParam(required = false) @Nullable String page, Authentication authentication,
			HttpServletRequest request, Model model) {
		Actor actor = Actors.of(authentication, request);
		Map<DossierQueues.Queue, Long> counts = this.queues.counts(actor);
		DossierQueues.Queue queue = DossierQueues.Queue.of(tab).orElse(defaultQueue(counts));
		DossierQueues.Filter filter = new DossierQueues.Filter(limit(q, 100), limit(cccd, 20), limit(procedure, 20));
		boolean searching = filter.text() != null || filter.idNumber() != null || filter.procedureCode() != null;
		if (searching && tab == null) {
			queue = DossierQueues.Queue.ALL;
		}
		int pageNumber = 0;
		try {
			pageNumber = (page != null) ? Math.max(0, Math.min(10_000, Integer.parseInt(page))) : 0;
		}
		catch (NumberFormatException ex) {
			pageNumber = 0;
		}
		DossierQueues.Page results = this.queues.page(queue, actor, filter, pageNumber, PAGE_SIZE);
		model.addAttribute("tabs", DossierQueues.Queue.values());
		model.addAttribute("counts", counts);
		model.addAttribute("queue", queue);
		model.addAttribute("results", results);
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("cccd", (cccd != null) ? cccd : "");
		model.addAttribute("procedure", (procedure != null) ? procedure : "");
		model.addAttribute("agencyNames",
				agencyNames(results.items().stream().map(DossierQueues.Row::agencyCode).toList()));
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("officer", actor.hasRole(vn.motcua.identity.Role.ONE_STOP_OFFICER));
		model.addAttribute("sections", this.sections.forWorkQueues(actor));
		return "dossier/queues";
	}

	/** The first tab with work in it, for the user's roles. */
	private static DossierQueues.Queue defaultQueue(Map<DossierQueues.Queue, Long> counts) {
		for (DossierQueues.Queue queue : List.of(DossierQueues.Queue.MINE, DossierQueues.Queue.NEW,
				DossierQueues.Queue.APPROVE, DossierQueues.Queue.RETURN)) {
			if (counts.getOrDefault(queue, 0L) > 0) {
				return queue;
			}
		}
		return DossierQueues.Queue.MINE;
	}

	@GetMapping("/{code}")
	String dossier(@PathVariable String code, Authentication authentication, HttpServletRequest request, Model model) {
		Actor actor = Actors.of(authentication, request);
		DossierView d = find(code, actor);
		show(d, actor, model);
		return "dossier/staff-dossier";
	}

	@PostMapping("/{code}/actions/{action}")
	String act(@PathVariable String code, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Actor actor = Actors.of(authentication, request);
		DossierAction known = DossierAction.ofApiName(action)
			.orElseThrow(() -> DomainException.notFound("dossier.action.unknown", action));
		DossierView d = find(code, actor);
		UploadedFiles.Batch batch = this.uploads.batch();
		try {
			ActionInput input = ActionForms.input(known, form, files(request), d, batch);
			DossierView after = this.dossiers.act(code, known, input, actor);
			String done = (known == DossierAction.REFUSE && after.receivedAt() != null)
					? "dossier.action.refuse-after-appraisal" : known.messageKey();
			redirect.addFlashAttribute("flash", this.messages.of("dossier.page.done", this.messages.of(done),
					this.messages.of("dossier.status." + after.status())));
			return "redirect:/workspace/dossiers/" + after.code() + "#summary";
		}
		catch (DomainException ex) {
			batch.discard();
			response.setStatus(Errors.status(ex));
			DossierView now = find(code, actor);
			show(now, actor, model);
			model.addAttribute("failedAction", known.apiName());
			model.addAttribute("error", this.messages.of(ex));
			model.addAttribute("errorField", ex.field());
			model.addAttribute("conflict", ex.kind() == DomainException.Kind.CONFLICT);
			model.addAttribute("input", ActionForms.kept(form));
			return "dossier/staff-dossier";
		}
	}

	/**
	 * Uploads the signed result (PDF only, checked by its content), signed here with the
	 * agency certificate when asked.
	 */
	@PostMapping("/{code}/results")
	String uploadResult(@PathVariable String code, @RequestParam(required = false) @Nullable MultipartFile result,
			@RequestParam(defaultValue = "false") boolean sign, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Actor actor = Actors.of(authentication, request);
		DossierView d = find(code, actor);
		try {
			if (!this.results.mayUpload(d, actor)) {
				throw DomainException.conflict("dossier.result.not-now", null);
			}
			if (result == null || result.isEmpty()) {
				throw DomainException.invalid("dossier.result.file-required", "file");
			}
			String name = (result.getOriginalFilename() != null) ? result.getOriginalFilename() : "ket-qua.pdf";
			try (java.io.InputStream content = result.getInputStream()) {
				this.results.store().attach(d.code(), name, content, sign, actor.username());
			}
			redirect.addFlashAttribute("flash", this.messages.of("dossier.result.uploaded", name));
			return "redirect:/workspace/dossiers/" + d.code() + "#results";
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (DomainException ex) {
			response.setStatus(Errors.status(ex));
			show(d, actor, model);
			model.addAttribute("failedAction", "result");
			model.addAttribute("error", this.messages.of(ex));
			model.addAttribute("errorField", ex.field());
			return "dossier/staff-dossier";
		}
	}

	@GetMapping("/{code}/results/{id}")
	ResponseEntity<InputStreamResource> result(@PathVariable String code, @PathVariable String id,
			Authentication authentication, HttpServletRequest request) {
		return this.results.download(find(code, Actors.of(authentication, request)), id, false);
	}

	@GetMapping("/{code}/files/{id}")
	ResponseEntity<InputStreamResource> file(@PathVariable String code, @PathVariable String id,
			Authentication authentication, HttpServletRequest request) {
		Actor actor = Actors.of(authentication, request);
		return download(find(code, actor), id, this.documents);
	}

	private DossierView find(String code, Actor actor) {
		if (code.length() > 60) {
			throw DomainException.notFound("dossier.unknown", code);
		}
		return this.dossiers.find(code, actor).orElseThrow(() -> DomainException.notFound("dossier.unknown", code));
	}

	private void show(DossierView d, Actor actor, Model model) {
		Set<String> scope = this.queues.scope(actor);
		List<DossierAction> offered = new ArrayList<>(OfferedActions.of(d, actor, scope, this.clock.instant()));
		PayableView payable = this.payables.find(d.code()).orElse(null);
		if (payable != null && payable.status() == PayableStatus.DUE) {
			// the money is taken through the payable (receipt), which resumes the dossier
			offered.remove(DossierAction.PAYMENT_RECEIVED);
		}
		model.addAttribute("d", d);
		model.addAttribute("offered", offered.stream().map(DossierAction::apiName).toList());
		model.addAttribute("offeredActions", offered);
		model.addAttribute("sections", this.sections.forDossier(d, DossierPageSection.Audience.STAFF, actor));
		List<String> codes = new ArrayList<>(List.of(d.agencyCode(), d.deskAgencyCode()));
		d.process().forEach((step) -> codes.add(step.agencyCode()));
		d.consultations().forEach((c) -> codes.add(c.agencyCode()));
		d.steps().forEach((s) -> codes.add(s.agencyCode()));
		model.addAttribute("agencyNames", agencyNames(codes));
		model.addAttribute("files", files(d, this.documents));
		model.addAttribute("results", this.results.forStaff(d));
		model.addAttribute("canUploadResult", this.results.mayUpload(d, actor));
		model.addAttribute("canSign", this.results.canSign());
		model.addAttribute("payable", payable);
		if (offered.contains(DossierAction.REQUEST_PAYMENT)) {
			model.addAttribute("feeSchedule",
					this.payables.schedule(d.procedureCode(), d.procedureVersion(), d.caseIndex()));
		}
		model.addAttribute("consultable", consultable(d));
		model.addAttribute("supplementRows",
				java.util.stream.IntStream.range(0, ActionForms.SUPPLEMENT_ROWS).boxed().toList());
		if (d.receivedAt() != null) {
			String trackUrl = trackUrl(d.code());
			model.addAttribute("trackUrl", trackUrl);
			model.addAttribute("qr", QrCodes.pngDataUri(trackUrl, 180));
		}
	}

	/** Agencies that may be consulted: the departments and the agency's neighbours. */
	private List<AgencyView> consultable(DossierView d) {
		return this.agencies.all()
			.stream()
			.filter((agency) -> !agency.code().equals(d.agencyCode()))
			.filter((agency) -> agency.level() != vn.motcua.organization.AgencyLevel.COMMUNE
					|| java.util.Objects.equals(agency.parentCode(),
							this.agencies.findByCode(d.agencyCode()).map(AgencyView::parentCode).orElse(null)))
			.toList();
	}

	static String trackUrl(String code) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/track/{code}")
			.buildAndExpand(code)
			.toUriString();
	}

	Map<String, String> agencyNames(List<String> codes) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String code : codes) {
			names.computeIfAbsent(code, (c) -> this.agencies.findByCode(c).map(AgencyView::name).orElse(c));
		}
		return names;
	}

	/** The stored files of a dossier, by id: name, type and size for the page. */
	static Map<UUID, StoredDocument> files(DossierView d, Documents documents) {
		Map<UUID, StoredDocument> files = new LinkedHashMap<>();
		for (DossierView.PaperView paper : d.papers()) {
			for (UUID id : paper.documentIds()) {
				documents.find(id).ifPresent((file) -> files.put(id, file));
			}
		}
		return files;
	}

	/** A file of the dossier, as an attachment; only ids the dossier refers to. */
	static ResponseEntity<InputStreamResource> download(DossierView d, String id, Documents documents) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.notFound("document.not-found", id);
		}
		boolean belongs = d.papers().stream().anyMatch((paper) -> paper.documentIds().contains(uuid));
		if (!belongs) {
			throw DomainException.notFound("document.not-found", id);
		}
		StoredDocument file = documents.find(uuid)
			.orElseThrow(() -> DomainException.notFound("document.not-found", id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(documents.open(uuid)));
	}

	static MultiValueMap<String, MultipartFile> files(HttpServletRequest request) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart != null) {
			return multipart.getMultiFileMap();
		}
		return new LinkedMultiValueMap<>();
	}

	static @Nullable String limit(@Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return (stripped.length() > max) ? stripped.substring(0, max) : stripped;
	}

}
