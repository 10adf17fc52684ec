package vn.motcua.organization.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.organization.AgencyPageSection;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.internal.AgencyAdministration;
import vn.motcua.organization.internal.AgencyDetails;
import vn.motcua.shared.VietnameseText;

/**
 * The public pages: every agency grouped by level with an accent-insensitive filter, and
 * one agency with its one-stop desk and the sections other modules add to it
 * ({@link AgencyPageSection}, e.g. the procedures it handles). The path variable is
 * {@code code}, not {@code agencyCode}: these pages are public, not scope-checked staff
 * routes.
 */
@Controller
class AgencyPages {

	/** The order of the groups on the list page. */
	static final List<AgencyLevel> GROUPS = List.of(AgencyLevel.PROVINCE, AgencyLevel.SERVICE_CENTRE,
			AgencyLevel.DEPARTMENT, AgencyLevel.COMMUNE, AgencyLevel.DISTRICT);

	private static final int QUERY_MAX = 100;

	private final AgencyAdministration administration;

	private final ObjectProvider<AgencyPageSection> sections;

	AgencyPages(AgencyAdministration administration, ObjectProvider<AgencyPageSection> sections) {
		this.administration = administration;
		this.sections = sections;
	}

	@GetMapping("/agencies")
	String list(@RequestParam(name = "q", required = false) @Nullable String query, Model model) {
		String filter = (query != null) ? query.strip() : "";
		if (filter.length() > QUERY_MAX) {
			filter = filter.substring(0, QUERY_MAX);
		}
		String folded = VietnameseText.fold(filter);
		Map<AgencyLevel, List<AgencyDetails>> groups = new EnumMap<>(AgencyLevel.class);
		List<AgencyDetails> history = new ArrayList<>();
		int count = 0;
		for (AgencyDetails agency : this.administration.directory()) {
			if (!matches(agency, folded)) {
				continue;
			}
			if (agency.inForce()) {
				groups.computeIfAbsent(agency.level(), (level) -> new ArrayList<>()).add(agency);
				count++;
			}
			else {
				history.add(agency);
			}
		}
		Map<AgencyLevel, List<AgencyDetails>> ordered = new LinkedHashMap<>();
		GROUPS.stream().filter(groups::containsKey).forEach((level) -> ordered.put(level, groups.get(level)));
		model.addAttribute("q", filter);
		model.addAttribute("groups", ordered);
		model.addAttribute("history", history);
		model.addAttribute("count", count);
		return "organization/list";
	}

	@GetMapping("/agencies/{code}")
	String show(@PathVariable String code, @RequestParam Map<String, String> parameters, Model model) {
		AgencyDetails agency = this.administration.details(code);
		AgencyView view = new AgencyView(agency.code(), agency.name(), agency.level(), agency.parentCode());
		List<AgencyPageSection.Content> contents = this.sections.orderedStream()
			.sorted(Comparator.comparingInt(AgencyPageSection::order))
			.map((section) -> section.contentFor(view, parameters))
			.flatMap(Optional::stream)
			.toList();
		model.addAttribute("agency", agency);
		model.addAttribute("sections", contents);
		return "organization/detail";
	}

	private static boolean matches(AgencyDetails agency, String folded) {
		if (folded.isEmpty()) {
			return true;
		}
		return VietnameseText.fold(agency.name()).contains(folded)
				|| VietnameseText.fold(agency.code()).contains(folded)
				|| (agency.englishName() != null && VietnameseText.fold(agency.englishName()).contains(folded));
	}

}
