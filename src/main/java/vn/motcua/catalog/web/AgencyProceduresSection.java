package vn.motcua.catalog.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.motcua.catalog.ProcedurePage;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.Procedures;
import vn.motcua.organization.AgencyPageSection;
import vn.motcua.organization.AgencyView;
import vn.motcua.shared.DomainException;

/**
 * The procedures an agency handles, on its public page (the public disclosure the law
 * requires): the published procedures it applies, by its level or by name, ranked and
 * paged, with an accent-insensitive, typo-tolerant filter ({@code q}, {@code page}).
 */
@Component
class AgencyProceduresSection implements AgencyPageSection {

	static final int PAGE_SIZE = 20;

	static final int QUERY_MAX = 200;

	private final Procedures procedures;

	AgencyProceduresSection(Procedures procedures) {
		this.procedures = procedures;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Optional<Content> contentFor(AgencyView agency, Map<String, String> parameters) {
		String q = parameters.getOrDefault("q", "").strip();
		if (q.length() > QUERY_MAX) {
			q = q.substring(0, QUERY_MAX);
		}
		int page = lenientPage(parameters.get("page"));
		ProcedureQuery query = new ProcedureQuery(q, null, null, agency.code(), null);
		ProcedurePage results = this.procedures.search(query, page, PAGE_SIZE);
		int lastPage = Math.max(0, (int) ((results.total() - 1) / PAGE_SIZE));
		if (page > lastPage) {
			results = this.procedures.search(query, lastPage, PAGE_SIZE);
		}
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("agencyCode", agency.code());
		model.put("q", q);
		model.put("results", results);
		model.put("lastPage", lastPage);
		return Optional.of(new Content("catalog/agency-procedures", model));
	}

	private static int lenientPage(String page) {
		try {
			return Math.max(0, SearchParameters.page(page));
		}
		catch (DomainException ex) {
			return 0;
		}
	}

}
