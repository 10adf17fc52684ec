package vn.motcua.catalog.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.catalog.ImplementingLevel;
import vn.motcua.catalog.OnlineMode;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedurePage;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.Procedures;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.catalog.internal.FormFile;
import vn.motcua.catalog.internal.FormTemplate;
import vn.motcua.catalog.internal.FormTemplates;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OneStopDeskView;
import vn.motcua.shared.DomainException;

/**
 * The public catalog: search with filters, the page of one procedure (with its forms to
 * download, the button to submit online where the procedure allows it, and the desks
 * where to submit in person), and the download of a form.
 */
@Controller
class ProcedurePages {

	static final int PAGE_SIZE = 20;

	private final Procedures procedures;

	private final Agencies agencies;

	private final FormTemplates forms;

	ProcedurePages(Procedures procedures, Agencies agencies, FormTemplates forms) {
		this.procedures = procedures;
		this.agencies = agencies;
		this.forms = forms;
	}

	@GetMapping("/procedures")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable String mode,
			@RequestParam(required = false) @Nullable String page, Model model) {
		ImplementingLevel wantedLevel = lenientLevel(level);
		OnlineMode wantedMode = lenientMode(mode);
		int pageNumber = Math.max(0, lenientPage(page));
		ProcedurePage results = this.procedures.search(new ProcedureQuery(q, field, wantedLevel, null, wantedMode),
				pageNumber, PAGE_SIZE);
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("field", (field != null) ? field : "");
		model.addAttribute("level", (wantedLevel != null) ? wantedLevel.name() : "");
		model.addAttribute("mode", (wantedMode != null) ? wantedMode.name() : "");
		model.addAttribute("fields", this.procedures.fields());
		model.addAttribute("levels", List.of(ImplementingLevel.PROVINCE, ImplementingLevel.COMMUNE));
		model.addAttribute("modes", OnlineMode.values());
		model.addAttribute("results", results);
		model.addAttribute("lastPage", Math.max(0, (int) ((results.total() - 1) / PAGE_SIZE)));
		return "catalog/list";
	}

	@GetMapping("/procedures/{code}")
	String detail(@PathVariable String code, Model model) {
		ProcedureRecord procedure = this.procedures.findPublished(code)
			.orElseThrow(() -> DomainException.notFound("procedure.unknown", code));
		List<AgencyView> named = procedure.details()
			.applicability()
			.agencyCodes()
			.stream()
			.map(this.agencies::findByCode)
			.flatMap(Optional::stream)
			.toList();
		ProcedureDetails details = procedure.details();
		List<String> formNames = details.documents()
			.stream()
			.map(RequiredDocument::formTemplate)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Map<String, FormTemplate> stored = new LinkedHashMap<>();
		this.forms.findAll(formNames).forEach((form) -> stored.put(form.fileName(), form));
		model.addAttribute("procedure", procedure);
		model.addAttribute("d", details);
		model.addAttribute("namedAgencies", named);
		model.addAttribute("forms", stored);
		model.addAttribute("submitOnline", details.onlineMode() != OnlineMode.IN_PERSON);
		model.addAttribute("desks", desks(details, named));
		model.addAttribute("communeDesks", details.applicability().agencyLevels().contains(AgencyLevel.COMMUNE));
		return "catalog/detail";
	}

	/**
	 * A form named by one of the procedure's papers, as an attachment; 404 when the
	 * procedure is not published, does not name the form, or the form has no file.
	 */
	@GetMapping("/procedures/{code}/forms/{fileName}")
	ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String fileName) {
		ProcedureRecord procedure = this.procedures.findPublished(code)
			.orElseThrow(() -> DomainException.notFound("procedure.unknown", code));
		boolean named = procedure.details()
			.documents()
			.stream()
			.anyMatch((document) -> fileName.equals(document.formTemplate()));
		FormFile file = (named ? this.forms.load(fileName) : Optional.<FormFile>empty())
			.orElseThrow(() -> DomainException.notFound("form.unknown", fileName));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.template().contentType()))
			.contentLength(file.content().length)
			.eTag(file.template().sha256())
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.template().fileName()))
			.body(file.content());
	}

	/**
	 * {@code attachment} with an ASCII fallback name (diacritics dropped) and the exact
	 * UTF-8 name (RFC 6266, RFC 8187).
	 */
	static String attachment(String fileName) {
		String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.replaceAll("[^\\x20-\\x7E]", "_")
			.replaceAll("[\"\\\\]", "_");
		String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

	/**
	 * The desks where the procedure is submitted in person: those of the agencies it
	 * names, and the provincial service centre's when provincial bodies apply it.
	 */
	private List<OneStopDeskView> desks(ProcedureDetails details, List<AgencyView> named) {
		List<OneStopDeskView> desks = new ArrayList<>();
		named.forEach((agency) -> this.agencies.deskOf(agency.code()).ifPresent(desks::add));
		List<AgencyLevel> levels = details.applicability().agencyLevels();
		if (levels.contains(AgencyLevel.PROVINCE) || levels.contains(AgencyLevel.DEPARTMENT)
				|| levels.contains(AgencyLevel.SERVICE_CENTRE) || !named.isEmpty()) {
			this.agencies.mainDesk()
				.filter((main) -> desks.stream().noneMatch((desk) -> desk.agencyCode().equals(main.agencyCode())))
				.ifPresent(desks::add);
		}
		return desks;
	}

	// Pages forgive an odd filter in the address (the form only offers valid values).
	private static @Nullable ImplementingLevel lenientLevel(@Nullable String level) {
		try {
			return SearchParameters.level(level);
		}
		catch (DomainException ex) {
			return null;
		}
	}

	private static @Nullable OnlineMode lenientMode(@Nullable String mode) {
		try {
			return SearchParameters.mode(mode);
		}
		catch (DomainException ex) {
			return null;
		}
	}

	private static int lenientPage(@Nullable String page) {
		try {
			return SearchParameters.page(page);
		}
		catch (DomainException ex) {
			return 0;
		}
	}

}
