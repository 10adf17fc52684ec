package vn.motcua.catalog.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.catalog.ImplementingLevel;
import vn.motcua.catalog.OnlineMode;
import vn.motcua.catalog.ProcedurePage;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.Procedures;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.shared.DomainException;

/** The public catalog: search with filters, and the page of one procedure. */
@Controller
class ProcedurePages {

	static final int PAGE_SIZE = 20;

	private final Procedures procedures;

	private final Agencies agencies;

	ProcedurePages(Procedures procedures, Agencies agencies) {
		this.procedures = procedures;
		this.agencies = agencies;
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
			.flatMap(java.util.Optional::stream)
			.toList();
		model.addAttribute("procedure", procedure);
		model.addAttribute("d", procedure.details());
		model.addAttribute("namedAgencies", named);
		return "catalog/detail";
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
