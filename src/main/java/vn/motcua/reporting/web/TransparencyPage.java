package vn.motcua.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.calendar.Deadlines;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.reporting.ProcessingReport;
import vn.motcua.reporting.internal.Indicators;
import vn.motcua.reporting.internal.ProcessingQueries;

/**
 * The public transparency page: the headline figures of every agency since the start of
 * the year (Circular 01/2018: results are published).
 */
@Controller
class TransparencyPage {

	private final ProcessingQueries queries;

	private final Agencies agencies;

	private final Clock clock;

	TransparencyPage(ProcessingQueries queries, Agencies agencies, Clock clock) {
		this.queries = queries;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** One agency's headline figures. */
	record Headline(String code, String name, long received, long resolved, @Nullable Double onTimeRate,
			@Nullable Double onlineShare, long inProgress) {

	}

	@GetMapping("/transparency")
	String transparency(Model model) {
		LocalDate to = LocalDate.now(this.clock.withZone(Deadlines.VIETNAM));
		LocalDate from = to.withDayOfYear(1);
		Map<String, AgencyView> all = new LinkedHashMap<>();
		this.agencies.all().forEach((a) -> all.put(a.code(), a));
		Map<String, ProcessingReport.FieldRow> rows = this.queries.byAgency(all.keySet(), from, to)
			.stream()
			.collect(Collectors.toMap(ProcessingReport.FieldRow::field, (r) -> r));
		List<Headline> headlines = new ArrayList<>();
		for (AgencyView agency : all.values()) {
			ProcessingReport.FieldRow r = rows.get(agency.code());
			if (r == null) {
				continue;
			}
			headlines.add(new Headline(agency.code(), agency.name(), r.received().total(), r.resolved().total(),
					Indicators.percent(r.resolved().early() + r.resolved().onTime(), r.resolved().total()),
					Indicators.percent(r.received().online(), r.received().online() + r.received().direct()),
					r.inProgress().total()));
		}
		model.addAttribute("rows", headlines);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "reporting/transparency";
	}

}
