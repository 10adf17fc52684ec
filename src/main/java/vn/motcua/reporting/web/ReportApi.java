package vn.motcua.reporting.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.reporting.ProcessingReport;
import vn.motcua.reporting.internal.ProcessingQueries;
import vn.motcua.reporting.internal.ProcessingReports;
import vn.motcua.reporting.internal.Statistics;
import vn.motcua.shared.AgencyScoped;
import vn.motcua.shared.DomainException;

/** The reporting API: form II.06a and the statistics' upkeep. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reports", description = "Processing statistics (form II.06a) computed as of the end of a period")
class ReportApi {

	private final ProcessingReports reports;

	private final ProcessingQueries queries;

	private final Statistics statistics;

	ReportApi(ProcessingReports reports, ProcessingQueries queries, Statistics statistics) {
		this.reports = reports;
		this.queries = queries;
		this.statistics = statistics;
	}

	@GetMapping("/reports/processing")
	@Operation(summary = "Processing of dossiers in a period at an agency (form II.06a)",
			description = "Received (online, direct, carried over), resolved (early, on time, late), in progress at the"
					+ " end of the period (within deadline, overdue), refused, withdrawn, per field. Computed as of the"
					+ " end of the last day (Vietnam time) from the dossier history. Errors: from after to (400"
					+ " reporting.period.reversed), a day after today (400 reporting.period.future), unknown agency"
					+ " (404), a period wholly before the system's data (422), an agency outside the caller's scope"
					+ " (403).")
	ProcessingReport processing(
			@Parameter(description = "Agency code; default: the caller's") @RequestParam(
					required = false) @Nullable String agency,
			@Parameter(description = "First day, e.g. 2026-01-01; default: the first of the month of to") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@Parameter(description = "Last day, inclusive; default: today") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@Parameter(description = "Whether to include the agencies below it") @RequestParam(
					defaultValue = "false") boolean includeSubAgencies,
			Authentication authentication) {
		return this.reports.report(this.reports.scope(reader(authentication), agency, from, to, includeSubAgencies));
	}

	@GetMapping("/reports/processing/dossiers")
	@Operation(summary = "The dossiers behind one number of form II.06a",
			description = "measure: received.total, received.online, received.direct, received.carriedOver,"
					+ " resolved.total, resolved.early, resolved.onTime, resolved.late, inProgress.total,"
					+ " inProgress.withinDeadline, inProgress.overdue, refused, withdrawn, stopped, apologies.")
	ProcessingQueries.DossierPage dossiers(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "false") boolean includeSubAgencies, @RequestParam String measure,
			@RequestParam(required = false) @Nullable String field, @RequestParam(defaultValue = "0") int page,
			Authentication authentication) {
		ProcessingReports.Scope scope = this.reports.scope(reader(authentication), agency, from, to,
				includeSubAgencies);
		ProcessingQueries.Measure m = ProcessingQueries.Measure.of(measure)
			.orElseThrow(() -> DomainException.invalid("reporting.measure.unknown", "measure", measure));
		return this.queries.dossiers(scope.units(), scope.from(), scope.to(), m, field, Math.max(0, page) * 100, 100);
	}

	@PostMapping("/admin/reports/rebuild")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Operation(summary = "Recounts the statistics from the dossier history (system administrators)")
	Statistics.Check rebuild() {
		this.statistics.rebuild();
		return this.statistics.check();
	}

	@GetMapping("/admin/reports/check")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'INSPECTOR')")
	@Operation(summary = "Compares the statistics with a full recount from the dossier history, changing nothing")
	Statistics.Check check() {
		return this.statistics.check();
	}

	static AgencyScoped reader(Authentication authentication) {
		if (authentication.getPrincipal() instanceof AgencyScoped scoped) {
			return scoped;
		}
		throw DomainException.forbidden("reporting.scope.forbidden");
	}

}
