package vn.motcua.reporting.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.reporting.ProcessingReport;

/**
 * The indicators beside form II.06a: rates and shares from its numbers, processing time
 * in working days (average and 90th percentile), late results per officer, data-quality
 * violations, the monthly trend, and the Decision 766 estimate for the groups the
 * system's own data measures.
 */
@Component
public class Indicators {

	/** Points of the 766 groups measured here (DOMAIN.md §5). */
	public static final int PROGRESS_POINTS = 20;

	public static final int ONLINE_POINTS = 12;

	private final JdbcClient jdbc;

	Indicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Rates and times of a report; rates are percentages, none when undefined. */
	public record Summary(@Nullable Double onTimeRate, @Nullable Double earlyRate, @Nullable Double onlineShare,
			@Nullable Double electronicShare, @Nullable Double averageDays, @Nullable Double p90Days, long refused,
			long apologies, @Nullable Double progressScore, @Nullable Double onlineScore) {

	}

	/** Late results of one officer. */
	public record OfficerLate(String officer, long late) {

	}

	/** A kind of inconsistent record with how many dossiers show it. */
	public record Violation(String kind, long count) {

	}

	/** One month of the trend. */
	public record Month(LocalDate month, long received, long online, long resolved, long onTime) {

	}

	public static @Nullable Double percent(long part, long whole) {
		return (whole == 0) ? null : Math.round(1000.0 * part / whole) / 10.0;
	}

	/**
	 * The Decision 766 "Tiến độ giải quyết" estimate: 20 × results on time or early over
	 * results plus overdue dossiers still in progress.
	 */
	public static @Nullable Double progressScore(ProcessingReport.Resolved resolved,
			ProcessingReport.InProgress inProgress) {
		long whole = resolved.total() + inProgress.overdue();
		return (whole == 0) ? null
				: Math.round(10.0 * PROGRESS_POINTS * (resolved.early() + resolved.onTime()) / whole) / 10.0;
	}

	/**
	 * The online-service estimate: 12 × share of newly received dossiers that came
	 * online.
	 */
	public static @Nullable Double onlineScore(ProcessingReport.Received received) {
		long whole = received.online() + received.direct();
		return (whole == 0) ? null : Math.round(10.0 * ONLINE_POINTS * received.online() / whole) / 10.0;
	}

	public Summary summary(ProcessingReport report, Collection<String> agencies) {
		ProcessingReport.Resolved r = report.resolved();
		Timestamp start = Timestamp.from(ProcessingQueries.start(report.from()));
		Timestamp end = Timestamp.from(ProcessingQueries.start(report.to().plusDays(1)));
		Double[] times = this.jdbc.sql("""
				select avg(processing_hundredths) / 100.0,
				  percentile_cont(0.9) within group (order by processing_hundredths) / 100.0,
				  100.0 * count(*) filter (where electronic) / nullif(count(*), 0)
				from reporting_fact
				where agency_code = any(?) and exit = 'RESOLVED' and exit_at >= ? and exit_at < ?""")
			.params(agencies.toArray(String[]::new), start, end)
			.query((rs, n) -> new Double[] { round(rs.getObject(1)), round(rs.getObject(2)), round(rs.getObject(3)) })
			.single();
		return new Summary(percent(r.early() + r.onTime(), r.total()), percent(r.early(), r.total()),
				percent(report.received().online(), report.received().online() + report.received().direct()), times[2],
				times[0], times[1], report.refused(), report.apologies(), progressScore(r, report.inProgress()),
				onlineScore(report.received()));
	}

	private static @Nullable Double round(@Nullable Object value) {
		return (value instanceof Number n) ? Math.round(n.doubleValue() * 10.0) / 10.0 : null;
	}

	/** Officers whose results came late in the period, most first. */
	public List<OfficerLate> lateByOfficer(Collection<String> agencies, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("""
					select late_actor, count(*) from reporting_fact
					where agency_code = any(?) and outcome = 'LATE' and late_actor is not null and exit_at >= ? and exit_at < ?
					group by late_actor order by 2 desc, 1 limit 20""")
			.params(agencies.toArray(String[]::new), Timestamp.from(ProcessingQueries.start(from)),
					Timestamp.from(ProcessingQueries.start(to.plusDays(1))))
			.query((rs, n) -> new OfficerLate(rs.getString(1), rs.getLong(2)))
			.list();
	}

	/**
	 * Records that contradict themselves, among the dossiers finished in the period: a
	 * late result without an apology letter, an apology for a result that was not late, a
	 * result dated before the receipt.
	 */
	public List<Violation> violations(Collection<String> agencies, LocalDate from, LocalDate to) {
		String[] codes = agencies.toArray(String[]::new);
		Timestamp start = Timestamp.from(ProcessingQueries.start(from));
		Timestamp end = Timestamp.from(ProcessingQueries.start(to.plusDays(1)));
		List<Violation> found = new ArrayList<>();
		found.add(new Violation("late-without-apology",
				count("outcome = 'LATE' and apology_at is null and exit_at >= :start and exit_at < :end", codes, start,
						end)));
		found.add(new Violation("apology-without-delay", count(
				"outcome in ('EARLY', 'ON_TIME') and apology_at is not null and exit_at >= :start and exit_at < :end",
				codes, start, end)));
		found.add(new Violation("result-before-receipt",
				count("exit_at < received_at and exit_at >= :start and exit_at < :end", codes, start, end)));
		return found;
	}

	private long count(String condition, String[] codes, Timestamp start, Timestamp end) {
		return this.jdbc.sql("select count(*) from reporting_fact where agency_code = any(:agencies) and " + condition)
			.param("agencies", codes)
			.param("start", start)
			.param("end", end)
			.query(Long.class)
			.single();
	}

	/** The months from {@code from}'s to {@code to}'s, each with its flows. */
	public List<Month> trend(Collection<String> agencies, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select cast(date_trunc('month', day) as date), sum(received_online + received_direct),
				  sum(received_online), sum(resolved_early + resolved_on_time + resolved_late),
				  sum(resolved_early + resolved_on_time)
				from reporting_day where agency_code = any(?) and day >= ? and day <= ?
				group by 1 order by 1""")
			.params(agencies.toArray(String[]::new), java.sql.Date.valueOf(from.withDayOfMonth(1)),
					java.sql.Date.valueOf(to))
			.query((rs, n) -> new Month(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
	}

}
