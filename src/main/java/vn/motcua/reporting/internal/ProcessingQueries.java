package vn.motcua.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.Deadlines;
import vn.motcua.reporting.ProcessingReport;

/**
 * The SQL of form II.06a over the statistics tables: flows summed from the per-day
 * counters, what is in progress (and overdue) at the end of the period from the spans,
 * and the dossiers behind each number.
 */
@Component
public class ProcessingQueries {

	private final JdbcClient jdbc;

	ProcessingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The first instant of a day, Vietnam time. */
	public static Instant start(LocalDate day) {
		return day.atStartOfDay(Deadlines.VIETNAM).toInstant();
	}

	/**
	 * The figures per field for the agencies over the days from {@code from} to
	 * {@code to} inclusive, as of the end of {@code to}; sorted by field.
	 */
	public List<ProcessingReport.FieldRow> byField(Collection<String> agencies, LocalDate from, LocalDate to) {
		return grouped("field", agencies, from, to);
	}

	/**
	 * The figures per agency (the {@code field} of each row is the agency code), as
	 * {@link #byField}.
	 */
	public List<ProcessingReport.FieldRow> byAgency(Collection<String> agencies, LocalDate from, LocalDate to) {
		return grouped("agency_code", agencies, from, to);
	}

	private List<ProcessingReport.FieldRow> grouped(String column, Collection<String> agencies, LocalDate from,
			LocalDate to) {
		String[] codes = agencies.toArray(String[]::new);
		Map<String, long[]> flows = new TreeMap<>();
		Map<String, Long> overdue = new TreeMap<>();
		// whole months from reporting_month, the days of the first and the last month
		// from
		// reporting_day: a period of years reads a few thousand rows, not one per day
		String counters = java.util.Arrays.stream(DayCounts.Counter.values())
			.map((c) -> c.column)
			.collect(java.util.stream.Collectors.joining(", "));
		LocalDate firstMonth = from.withDayOfMonth(1);
		LocalDate lastMonth = to.withDayOfMonth(1);
		this.jdbc.sql("""
				select g,
				  coalesce(sum(received_online) filter (where day >= :from), 0),
				  coalesce(sum(received_direct) filter (where day >= :from), 0),
				  coalesce(sum(received_online + received_direct - resolved_early - resolved_on_time - resolved_late
				    - withdrawn - stopped) filter (where day < :from), 0),
				  coalesce(sum(resolved_early) filter (where day >= :from), 0),
				  coalesce(sum(resolved_on_time) filter (where day >= :from), 0),
				  coalesce(sum(resolved_late) filter (where day >= :from), 0),
				  coalesce(sum(refused) filter (where day >= :from), 0),
				  coalesce(sum(withdrawn) filter (where day >= :from), 0),
				  coalesce(sum(stopped) filter (where day >= :from), 0),
				  coalesce(sum(apologies) filter (where day >= :from), 0),
				  coalesce(sum(overdue_begin - overdue_end), 0)
				from (
				  select %1$s as g, day, %2$s from reporting_month
				  where agency_code = any(:agencies) and day < :lastMonth and day <> :firstMonth
				  union all
				  select %1$s, day, %2$s from reporting_day
				  where agency_code = any(:agencies) and day >= :firstMonth and day < :afterFirstMonth and day <= :to
				  union all
				  select %1$s, day, %2$s from reporting_day
				  where agency_code = any(:agencies) and day >= :lastMonth and day <= :to and :lastMonth > :firstMonth
				) c
				group by 1""".formatted(column, counters))
			.param("agencies", codes)
			.param("from", java.sql.Date.valueOf(from))
			.param("to", java.sql.Date.valueOf(to))
			.param("firstMonth", java.sql.Date.valueOf(firstMonth))
			.param("afterFirstMonth", java.sql.Date.valueOf(firstMonth.plusMonths(1)))
			.param("lastMonth", java.sql.Date.valueOf(lastMonth))
			.query((rs, n) -> {
				long[] v = new long[10];
				for (int i = 0; i < v.length; i++) {
					v[i] = rs.getLong(i + 2);
				}
				flows.put(rs.getString(1), v);
				overdue.put(rs.getString(1), rs.getLong(12));
				return v;
			})
			.list();
		List<ProcessingReport.FieldRow> rows = new ArrayList<>();
		for (Map.Entry<String, long[]> e : flows.entrySet()) {
			long[] v = e.getValue();
			long online = v[0];
			long direct = v[1];
			long carried = v[2];
			long received = online + direct + carried;
			long resolved = v[3] + v[4] + v[5];
			long open = received - resolved - v[7] - v[8];
			long late = overdue.getOrDefault(e.getKey(), 0L);
			if (received == 0 && resolved == 0 && v[6] == 0 && v[9] == 0 && open == 0) {
				continue;
			}
			rows.add(new ProcessingReport.FieldRow(e.getKey(),
					new ProcessingReport.Received(received, online, direct, carried),
					new ProcessingReport.Resolved(resolved, v[3], v[4], v[5]),
					new ProcessingReport.InProgress(open, open - late, late), v[6], v[7], v[8], v[9]));
		}
		return rows;
	}

	/** The first day with any figure, if there is one. */
	public Optional<LocalDate> firstDay() {
		return this.jdbc.sql("select min(day) from reporting_day")
			.query((rs, n) -> rs.getDate(1))
			.optional()
			.filter(java.util.Objects::nonNull)
			.map(java.sql.Date::toLocalDate);
	}

	/** The numbers of the form, each one a list of dossiers behind it. */
	public enum Measure {

		RECEIVED_TOTAL("received.total"), RECEIVED_ONLINE("received.online"), RECEIVED_DIRECT("received.direct"),
		RECEIVED_CARRIED_OVER("received.carriedOver"), RESOLVED_TOTAL("resolved.total"),
		RESOLVED_EARLY("resolved.early"), RESOLVED_ON_TIME("resolved.onTime"), RESOLVED_LATE("resolved.late"),
		IN_PROGRESS_TOTAL("inProgress.total"), IN_PROGRESS_WITHIN("inProgress.withinDeadline"),
		IN_PROGRESS_OVERDUE("inProgress.overdue"), REFUSED("refused"), WITHDRAWN("withdrawn"), STOPPED("stopped"),
		APOLOGIES("apologies"),
		/**
		 * Column (7) with withdrawn and stopped (or returned refused) dossiers folded in
		 * (a provincial practice).
		 */
		RESOLVED_TOTAL_FOLDED("resolved.totalFolded"),
		/**
		 * Column (9) with withdrawn and stopped (or returned refused) dossiers folded in.
		 */
		RESOLVED_ON_TIME_FOLDED("resolved.onTimeFolded");

		private final String key;

		Measure(String key) {
			this.key = key;
		}

		public String key() {
			return this.key;
		}

		public static Optional<Measure> of(String key) {
			return Arrays.stream(values()).filter((m) -> m.key.equals(key)).findFirst();
		}

	}

	/** A dossier behind a number. */
	public record DossierLine(String code, String agencyCode, String procedureCode, String field, String channel,
			@Nullable Instant receivedAt, @Nullable Instant refusedAt, @Nullable Instant exitAt, @Nullable String exit,
			@Nullable String outcome, @Nullable Instant dueAt) {

	}

	/** A page of the dossiers behind a number, with their total. */
	public record DossierPage(List<DossierLine> lines, long total) {

	}

	/**
	 * The dossiers behind a measure for the agencies and period, optionally one field;
	 * ordered by code.
	 */
	public DossierPage dossiers(Collection<String> agencies, LocalDate from, LocalDate to, Measure measure,
			@Nullable String field, int offset, int limit) {
		String condition = switch (measure) {
			case RECEIVED_TOTAL ->
				"f.received_at < :end and (f.received_at >= :start or f.exit_at is null" + " or f.exit_at >= :start)";
			case RECEIVED_ONLINE -> "f.received_at >= :start and f.received_at < :end and f.channel = 'ONLINE'";
			case RECEIVED_DIRECT -> "f.received_at >= :start and f.received_at < :end and f.channel <> 'ONLINE'";
			case RECEIVED_CARRIED_OVER -> "f.received_at < :start and (f.exit_at is null or f.exit_at >= :start)";
			case RESOLVED_TOTAL -> "f.exit = 'RESOLVED' and f.exit_at >= :start and f.exit_at < :end";
			case RESOLVED_EARLY ->
				"f.exit = 'RESOLVED' and f.outcome = 'EARLY' and f.exit_at >= :start" + " and f.exit_at < :end";
			case RESOLVED_ON_TIME ->
				"f.exit = 'RESOLVED' and f.outcome = 'ON_TIME' and f.exit_at >= :start" + " and f.exit_at < :end";
			case RESOLVED_LATE ->
				"f.exit = 'RESOLVED' and f.outcome = 'LATE' and f.exit_at >= :start" + " and f.exit_at < :end";
			case IN_PROGRESS_TOTAL -> "f.received_at < :end and (f.exit_at is null or f.exit_at >= :end)";
			case IN_PROGRESS_WITHIN ->
				"f.received_at < :end and (f.exit_at is null or f.exit_at >= :end)" + " and not " + OVERDUE;
			case IN_PROGRESS_OVERDUE -> OVERDUE;
			case REFUSED -> "f.refused_at >= :start and f.refused_at < :end";
			case WITHDRAWN -> "f.exit = 'WITHDRAWN' and f.exit_at >= :start and f.exit_at < :end";
			case STOPPED -> "f.exit in ('STOPPED', 'REFUSED') and f.exit_at >= :start and f.exit_at < :end";
			case APOLOGIES -> "f.apology_at >= :start and f.apology_at < :end";
			case RESOLVED_TOTAL_FOLDED -> "f.exit is not null and f.exit_at >= :start and f.exit_at < :end";
			case RESOLVED_ON_TIME_FOLDED -> "(f.exit in ('WITHDRAWN', 'STOPPED', 'REFUSED') or f.outcome = 'ON_TIME')"
					+ " and f.exit_at >= :start and f.exit_at < :end";
		};
		String where = "f.agency_code = any(:agencies) and " + condition
				+ ((field != null) ? " and f.field = :field" : "");
		Timestamp start = Timestamp.from(start(from));
		Timestamp end = Timestamp.from(start(to.plusDays(1)));
		String[] codes = agencies.toArray(String[]::new);
		JdbcClient.StatementSpec count = this.jdbc.sql("select count(*) from reporting_fact f where " + where)
			.param("agencies", codes)
			.param("start", start)
			.param("end", end);
		JdbcClient.StatementSpec list = this.jdbc
			.sql("select f.* from reporting_fact f where " + where + " order by f.code offset :offset limit :limit")
			.param("agencies", codes)
			.param("start", start)
			.param("end", end)
			.param("offset", offset)
			.param("limit", limit);
		if (field != null) {
			count = count.param("field", field);
			list = list.param("field", field);
		}
		long total = count.query(Long.class).single();
		List<DossierLine> lines = list
			.query((rs, n) -> new DossierLine(rs.getString("code"), rs.getString("agency_code"),
					rs.getString("procedure_code"), rs.getString("field"), rs.getString("channel"),
					FactStore.instant(rs, "received_at"), FactStore.instant(rs, "refused_at"),
					FactStore.instant(rs, "exit_at"), rs.getString("exit"), rs.getString("outcome"),
					FactStore.instant(rs, "due_at")))
			.list();
		return new DossierPage(lines, total);
	}

	private static final String OVERDUE = "exists (select 1 from reporting_span s where s.code = f.code"
			+ " and s.from_at < :end and (s.until_at is null or s.until_at >= :end) and not s.paused"
			+ " and s.due_at < :end)";

}
