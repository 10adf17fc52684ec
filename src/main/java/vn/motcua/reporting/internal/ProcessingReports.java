package vn.motcua.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import vn.motcua.calendar.Deadlines;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.reporting.ProcessingReport;
import vn.motcua.shared.AgencyScoped;
import vn.motcua.shared.DomainException;

/**
 * Form II.06a for a signed-in staff member: checks the period and the agency, keeps the
 * reader within their scope, and sums the fields.
 */
@Component
public class ProcessingReports {

	private final ProcessingQueries queries;

	private final Agencies agencies;

	private final Clock clock;

	ProcessingReports(ProcessingQueries queries, Agencies agencies, Clock clock) {
		this.queries = queries;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** A checked request: the agency, its units to count, the period. */
	public record Scope(AgencyView agency, Set<String> units, LocalDate from, LocalDate to,
			boolean includeSubAgencies) {

	}

	/**
	 * Checks a request: the caller's agency by default, a period not reversed, not in the
	 * future, not wholly before the system's data; an agency within the caller's scope.
	 */
	public Scope scope(AgencyScoped reader, @Nullable String agencyCode, @Nullable LocalDate from,
			@Nullable LocalDate to, boolean includeSubAgencies) {
		LocalDate today = LocalDate.now(this.clock.withZone(Deadlines.VIETNAM));
		LocalDate last = (to != null) ? to : today;
		LocalDate first = (from != null) ? from : last.withDayOfMonth(1);
		if (first.isAfter(last)) {
			throw DomainException.invalid("reporting.period.reversed", "from", first, last);
		}
		if (last.isAfter(today)) {
			throw DomainException.invalid("reporting.period.future", "to", today);
		}
		String code = (agencyCode != null && !agencyCode.isBlank()) ? agencyCode.strip() : reader.agencyCode();
		AgencyView agency = this.agencies.findByCode(code)
			.orElseThrow(() -> DomainException.notFound("reporting.agency.unknown", code));
		Set<String> units = includeSubAgencies ? this.agencies.withDescendants(code) : Set.of(code);
		Set<String> visible = reader.includesSubAgencies() ? this.agencies.withDescendants(reader.agencyCode())
				: Set.of(reader.agencyCode());
		if (!visible.containsAll(units)) {
			throw DomainException.forbidden("reporting.scope.forbidden");
		}
		LocalDate dataFrom = this.queries.firstDay().orElse(null);
		if (dataFrom != null && last.isBefore(dataFrom)) {
			throw DomainException.unprocessable("reporting.period.before-data", "to", dataFrom);
		}
		return new Scope(agency, units, first, last, includeSubAgencies);
	}

	public ProcessingReport report(Scope scope) {
		List<ProcessingReport.FieldRow> rows = this.queries.byField(scope.units(), scope.from(), scope.to());
		long[] t = new long[15];
		for (ProcessingReport.FieldRow r : rows) {
			long[] v = { r.received().total(), r.received().online(), r.received().direct(), r.received().carriedOver(),
					r.resolved().total(), r.resolved().early(), r.resolved().onTime(), r.resolved().late(),
					r.inProgress().total(), r.inProgress().withinDeadline(), r.inProgress().overdue(), r.refused(),
					r.withdrawn(), r.stopped(), r.apologies() };
			for (int i = 0; i < v.length; i++) {
				t[i] += v[i];
			}
		}
		return new ProcessingReport(scope.agency().code(), scope.agency().name(), scope.from(), scope.to(),
				scope.includeSubAgencies(), this.queries.firstDay().orElse(null),
				new ProcessingReport.Received(t[0], t[1], t[2], t[3]),
				new ProcessingReport.Resolved(t[4], t[5], t[6], t[7]),
				new ProcessingReport.InProgress(t[8], t[9], t[10]), t[11], t[12], t[13], t[14], rows);
	}

}
