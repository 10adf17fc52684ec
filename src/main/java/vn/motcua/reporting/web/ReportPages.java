package vn.motcua.reporting.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.calendar.Deadlines;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.feedback.FeedbackReports;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.organization.AgencyView;
import vn.motcua.reporting.ProcessingReport;
import vn.motcua.reporting.internal.Indicators;
import vn.motcua.reporting.internal.ProcessingQueries;
import vn.motcua.reporting.internal.ProcessingReports;
import vn.motcua.reporting.internal.Targets;
import vn.motcua.shared.AgencyScoped;
import vn.motcua.shared.DomainException;

/**
 * The leaders' pages: form II.06a with its indicators (every number a link to its
 * dossiers), the dashboard, rankings of units, targets, and the exports.
 */
@Controller
@RequestMapping("/workspace/reports")
class ReportPages {

	static final int PAGE_SIZE = 50;

	private final FeedbackReports feedback;

	private final ProcessingReports reports;

	private final ProcessingQueries queries;

	private final Indicators indicators;

	private final Targets targets;

	private final Agencies agencies;

	private final MessageSource messages;

	private final ReportExports exports;

	private final Clock clock;

	private final JsonMapper json;

	private final boolean fold;

	ReportPages(ProcessingReports reports, ProcessingQueries queries, Indicators indicators, Targets targets,
			Agencies agencies, MessageSource messages, ReportExports exports, Clock clock, JsonMapper json,
			FeedbackReports feedback, @Value("${motcua.reporting.fold-withdrawn:false}") boolean fold) {
		this.json = json;
		this.feedback = feedback;
		this.fold = fold;
		this.reports = reports;
		this.queries = queries;
		this.indicators = indicators;
		this.targets = targets;
		this.agencies = agencies;
		this.messages = messages;
		this.exports = exports;
		this.clock = clock;
	}

	/** The request as typed, kept to refill the form. */
	record Query(String agency, String from, String to, boolean sub) {

	}

	@GetMapping
	String form(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable Boolean sub, Authentication authentication, Model model) {
		AgencyScoped reader = ReportApi.reader(authentication);
		Query query = query(reader, agency, from, to, sub);
		model.addAttribute("query", query);
		model.addAttribute("choices", visible(reader));
		model.addAttribute("measures", ReportForm.MEASURES);
		try {
			ProcessingReports.Scope scope = scope(reader, query);
			ProcessingReport report = this.reports.report(scope);
			model.addAttribute("report", report);
			model.addAttribute("form", ReportForm.of(report, message("reporting.form.total"), this.fold));
			model.addAttribute("folded", this.fold);
			model.addAttribute("summary", this.indicators.summary(report, scope.units()));
			model.addAttribute("late", this.indicators.lateByOfficer(scope.units(), scope.from(), scope.to()));
			model.addAttribute("violations", this.indicators.violations(scope.units(), scope.from(), scope.to()));
		}
		catch (DomainException ex) {
			error(ex, model);
		}
		return "reporting/form";
	}

	@GetMapping("/dossiers")
	String dossiers(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable Boolean sub,
			@RequestParam(defaultValue = "received.total") String measure,
			@RequestParam(required = false) @Nullable String field, @RequestParam(defaultValue = "0") int page,
			Authentication authentication, Model model) {
		AgencyScoped reader = ReportApi.reader(authentication);
		Query query = query(reader, agency, from, to, sub);
		ProcessingReports.Scope scope = scope(reader, query);
		ProcessingQueries.Measure m = ProcessingQueries.Measure.of(measure)
			.orElseThrow(() -> DomainException.invalid("reporting.measure.unknown", "measure", measure));
		String onlyField = (field != null && !field.isBlank()) ? field : null;
		int pageNumber = Math.max(0, Math.min(100_000, page));
		ProcessingQueries.DossierPage result = this.queries.dossiers(scope.units(), scope.from(), scope.to(), m,
				onlyField, pageNumber * PAGE_SIZE, PAGE_SIZE);
		model.addAttribute("query", query);
		model.addAttribute("agencyName", scope.agency().name());
		model.addAttribute("measure", m.key());
		model.addAttribute("field", onlyField);
		model.addAttribute("result", result);
		model.addAttribute("page", pageNumber);
		model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("names", names());
		return "reporting/dossiers";
	}

	@GetMapping("/export.xlsx")
	@ResponseBody
	ResponseEntity<byte[]> excel(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable Boolean sub, Authentication authentication) {
		AgencyScoped reader = ReportApi.reader(authentication);
		ProcessingReport report = this.reports.report(scope(reader, query(reader, agency, from, to, sub)));
		return download(this.exports.excel(report), "bao-cao-II06a-" + report.agency() + ".xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping("/export.pdf")
	@ResponseBody
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable Boolean sub, Authentication authentication) {
		AgencyScoped reader = ReportApi.reader(authentication);
		ProcessingReport report = this.reports.report(scope(reader, query(reader, agency, from, to, sub)));
		return download(this.exports.pdf(report), "bao-cao-II06a-" + report.agency() + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Authentication authentication, Model model) {
		AgencyScoped reader = ReportApi.reader(authentication);
		LocalDate today = today();
		String first = (from != null && !from.isBlank()) ? from : today.minusMonths(11).withDayOfMonth(1).toString();
		Query query = query(reader, agency, first, to, reader.includesSubAgencies());
		model.addAttribute("query", query);
		model.addAttribute("choices", visible(reader));
		try {
			ProcessingReports.Scope scope = scope(reader, query);
			ProcessingReport report = this.reports.report(scope);
			model.addAttribute("report", report);
			model.addAttribute("summary", this.indicators.summary(report, scope.units()));
			List<Indicators.Month> trend = this.indicators.trend(scope.units(), scope.from(), scope.to());
			Map<String, Object> charts = new LinkedHashMap<>();
			charts.put("months", trend.stream().map((m) -> m.month().toString().substring(0, 7)).toList());
			charts.put("received", trend.stream().map(Indicators.Month::received).toList());
			charts.put("resolved", trend.stream().map(Indicators.Month::resolved).toList());
			charts.put("onTimeRate", trend.stream().map((m) -> Indicators.percent(m.onTime(), m.resolved())).toList());
			charts.put("fields", report.fields().stream().map(ProcessingReport.FieldRow::field).toList());
			charts.put("fieldReceived", report.fields().stream().map((f) -> f.received().total()).toList());
			List<Ranked> ranking = ranking(scope.units(), scope.from(), scope.to());
			charts.put("units", ranking.stream().limit(15).map(Ranked::name).toList());
			charts.put("unitOnTime", ranking.stream().limit(15).map(Ranked::onTimeRate).toList());
			charts.put("labels",
					Map.of("received", message("reporting.chart.received"), "resolved",
							message("reporting.chart.resolved"), "onTimeRate", message("reporting.chart.on-time"),
							"fieldReceived", message("reporting.chart.by-field")));
			model.addAttribute("chartsJson", this.json.writeValueAsString(charts).replace("</", "<\\/"));
			model.addAttribute("ranking", ranking);
			// feedback (phản ánh, kiến nghị) received in the same period by the same
			// units
			model.addAttribute("feedback", this.feedback.statistics(scope.from(), scope.to(), scope.units()).total());
		}
		catch (DomainException ex) {
			error(ex, model);
		}
		return "reporting/dashboard";
	}

	/** A unit with its indicators, for rankings. */
	record Ranked(int rank, String code, String name, AgencyLevel level, long received, long resolved,
			@Nullable Double onTimeRate, @Nullable Double onlineShare, long overdue, @Nullable Double progressScore,
			@Nullable Double onlineScore, @Nullable Double score) {

	}

	@GetMapping("/rankings")
	String rankings(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Authentication authentication, Model model) {
		AgencyScoped reader = ReportApi.reader(authentication);
		Query query = query(reader, reader.agencyCode(), from, to, reader.includesSubAgencies());
		model.addAttribute("query", query);
		try {
			ProcessingReports.Scope scope = scope(reader, query);
			List<Ranked> all = ranking(scope.units(), scope.from(), scope.to());
			model.addAttribute("communes",
					rerank(all.stream().filter((r) -> r.level() == AgencyLevel.COMMUNE).toList()));
			model.addAttribute("departments",
					rerank(all.stream().filter((r) -> r.level() == AgencyLevel.DEPARTMENT).toList()));
		}
		catch (DomainException ex) {
			error(ex, model);
		}
		return "reporting/rankings";
	}

	/** Units ranked by the measured 766 groups, then on-time rate. */
	List<Ranked> ranking(Set<String> units, LocalDate from, LocalDate to) {
		Map<String, AgencyView> byCode = new LinkedHashMap<>();
		this.agencies.all().forEach((a) -> byCode.put(a.code(), a));
		List<Ranked> rows = new ArrayList<>();
		for (ProcessingReport.FieldRow r : this.queries.byAgency(units, from, to)) {
			AgencyView unit = byCode.get(r.field());
			if (unit == null) {
				continue;
			}
			Double progress = Indicators.progressScore(r.resolved(), r.inProgress());
			Double online = Indicators.onlineScore(r.received());
			Double score = (progress == null && online == null) ? null
					: Math.round(10.0 * ((progress != null ? progress : 0) + (online != null ? online : 0))) / 10.0;
			rows.add(new Ranked(0, unit.code(), unit.name(), unit.level(), r.received().total(), r.resolved().total(),
					Indicators.percent(r.resolved().early() + r.resolved().onTime(), r.resolved().total()),
					Indicators.percent(r.received().online(), r.received().online() + r.received().direct()),
					r.inProgress().overdue(), progress, online, score));
		}
		rows.sort(Comparator.comparing((Ranked r) -> (r.score() != null) ? -r.score() : 1.0)
			.thenComparing((Ranked r) -> (r.onTimeRate() != null) ? -r.onTimeRate() : 1.0)
			.thenComparing(Ranked::code));
		return rerank(rows);
	}

	private static List<Ranked> rerank(List<Ranked> rows) {
		List<Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Ranked r = rows.get(i);
			ranked.add(new Ranked(i + 1, r.code(), r.name(), r.level(), r.received(), r.resolved(), r.onTimeRate(),
					r.onlineShare(), r.overdue(), r.progressScore(), r.onlineScore(), r.score()));
		}
		return ranked;
	}

	/** A unit's commitments beside what it achieved this year so far. */
	record Progress(String code, String name, Targets.@Nullable Target target, @Nullable Double onTimeRate,
			@Nullable Double onlineShare, boolean atRisk) {

	}

	@GetMapping("/targets")
	String targets(@RequestParam(required = false) @Nullable Integer year, Authentication authentication, Model model) {
		AgencyScoped reader = ReportApi.reader(authentication);
		int y = (year != null) ? year : today().getYear();
		Set<String> units = visibleCodes(reader);
		LocalDate from = LocalDate.of(y, 1, 1);
		LocalDate to = (y == today().getYear()) ? today() : LocalDate.of(y, 12, 31);
		Map<String, Targets.Target> committed = this.targets.of(units, y);
		Map<String, ProcessingReport.FieldRow> actual = new LinkedHashMap<>();
		if (!from.isAfter(today())) {
			this.queries.byAgency(units, from, to).forEach((r) -> actual.put(r.field(), r));
		}
		List<Progress> rows = new ArrayList<>();
		for (AgencyView unit : visible(reader)) {
			ProcessingReport.FieldRow r = actual.get(unit.code());
			Targets.Target t = committed.get(unit.code());
			Double onTime = (r != null)
					? Indicators.percent(r.resolved().early() + r.resolved().onTime(), r.resolved().total()) : null;
			Double online = (r != null)
					? Indicators.percent(r.received().online(), r.received().online() + r.received().direct()) : null;
			boolean risk = t != null && ((below(onTime, t.onTime())) || below(online, t.online()));
			if (t != null || r != null) {
				rows.add(new Progress(unit.code(), unit.name(), t, onTime, online, risk));
			}
		}
		model.addAttribute("year", y);
		model.addAttribute("rows", rows);
		model.addAttribute("choices", visible(reader));
		model.addAttribute("canEdit", canEdit(authentication));
		return "reporting/targets";
	}

	@PostMapping("/targets")
	String saveTarget(@RequestParam String agency, @RequestParam int year,
			@RequestParam(required = false) @Nullable BigDecimal onTime,
			@RequestParam(required = false) @Nullable BigDecimal online,
			@RequestParam(required = false) @Nullable BigDecimal satisfaction, Authentication authentication,
			RedirectAttributes redirect) {
		AgencyScoped reader = ReportApi.reader(authentication);
		if (!canEdit(authentication) || !visibleCodes(reader).contains(agency)) {
			throw DomainException.forbidden("reporting.scope.forbidden");
		}
		try {
			this.targets.save(agency, year, onTime, online, satisfaction, authentication.getName());
			redirect.addFlashAttribute("flash", message("reporting.targets.saved"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("targetError", this.messages.getMessage(ex.messageKey(), ex.arguments(),
					ex.code(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/workspace/reports/targets?year=" + year;
	}

	private static boolean below(@Nullable Double actual, @Nullable BigDecimal target) {
		return target != null && (actual == null || actual < target.doubleValue());
	}

	private static boolean canEdit(Authentication authentication) {
		return authentication.getPrincipal() instanceof StaffPrincipal staff
				&& (staff.hasRole(Role.AGENCY_LEADER) || staff.hasRole(Role.SYSTEM_ADMIN));
	}

	private Query query(AgencyScoped reader, @Nullable String agency, @Nullable String from, @Nullable String to,
			@Nullable Boolean sub) {
		LocalDate today = today();
		String last = (to != null && !to.isBlank()) ? to.strip() : today.toString();
		String first = (from != null && !from.isBlank()) ? from.strip()
				: today.withDayOfMonth(1).minusMonths(2).toString();
		// first visit: the reader's agency with everything in their scope
		boolean all = (sub != null) ? sub : (agency == null && reader.includesSubAgencies());
		return new Query((agency != null && !agency.isBlank()) ? agency.strip() : reader.agencyCode(), first, last,
				all);
	}

	private ProcessingReports.Scope scope(AgencyScoped reader, Query query) {
		return this.reports.scope(reader, query.agency(), date("from", query.from()), date("to", query.to()),
				query.sub());
	}

	private static LocalDate date(String field, String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw DomainException.invalid("reporting.date.invalid", field, text);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(Deadlines.VIETNAM));
	}

	private List<AgencyView> visible(AgencyScoped reader) {
		Set<String> codes = visibleCodes(reader);
		return this.agencies.all().stream().filter((a) -> codes.contains(a.code())).toList();
	}

	private Set<String> visibleCodes(AgencyScoped reader) {
		return reader.includesSubAgencies() ? this.agencies.withDescendants(reader.agencyCode())
				: Set.of(reader.agencyCode());
	}

	private Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		this.agencies.all().forEach((a) -> names.put(a.code(), a.name()));
		return names;
	}

	private void error(DomainException ex, Model model) {
		model.addAttribute("errorField", ex.field());
		model.addAttribute("error",
				this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.code(), LocaleContextHolder.getLocale()));
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
