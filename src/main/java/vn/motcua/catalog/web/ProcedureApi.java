package vn.motcua.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.catalog.ProcedurePage;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.Procedures;
import vn.motcua.shared.DomainException;

/** The public procedure catalog for portals and applications. */
@RestController
@RequestMapping("/api/v1/procedures")
class ProcedureApi {

	static final int PAGE_SIZE = 20;

	private final Procedures procedures;

	ProcedureApi(Procedures procedures) {
		this.procedures = procedures;
	}

	@GetMapping
	@Operation(summary = "Search published procedures",
			description = "Ranked: exact name or code first, then names starting with the query, then containing it,"
					+ " then similar names (diacritics ignored, typos tolerated). Paged by 20.")
	ProcedurePage search(
			@Parameter(description = "Words of the name or the code") @RequestParam(
					required = false) @Nullable String q,
			@Parameter(description = "Field (lĩnh vực), exact") @RequestParam(required = false) @Nullable String field,
			@Parameter(description = "Implementing level: MINISTRY, PROVINCE, COMMUNE, OTHER_BODY") @RequestParam(
					required = false) @Nullable String level,
			@Parameter(description = "Code of an agency: only the procedures it applies") @RequestParam(
					required = false) @Nullable String agency,
			@Parameter(description = "Online mode: FULL, PARTIAL, IN_PERSON") @RequestParam(
					required = false) @Nullable String mode,
			@Parameter(description = "Page number from 0") @RequestParam(required = false) @Nullable String page) {
		ProcedureQuery query = new ProcedureQuery(q, field, SearchParameters.level(level), agency,
				SearchParameters.mode(mode));
		return this.procedures.search(query, SearchParameters.page(page), PAGE_SIZE);
	}

	@GetMapping("/{code}")
	@Operation(summary = "The published version of a procedure, with everything it says")
	ProcedureRecord get(@PathVariable String code) {
		return this.procedures.findPublished(code)
			.orElseThrow(() -> DomainException.notFound("procedure.unknown", code));
	}

}
