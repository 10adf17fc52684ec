package vn.motcua.feedback.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.Deadlines;
import vn.motcua.feedback.FeedbackReports;
import vn.motcua.feedback.FeedbackStatistics;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.shared.DomainException;

/** Statistics of the register by agency and topic, in SQL. */
@Component
class FeedbackStatisticsQuery implements FeedbackReports {

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final Clock clock;

	FeedbackStatisticsQuery(JdbcClient jdbc, Agencies agencies, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.clock = clock;
	}

	@Override
	public FeedbackStatistics statistics(LocalDate from, LocalDate to, Set<String> agencyCodes) {
		if (to.isBefore(from)) {
			throw DomainException.invalid("feedback.period-invalid", "to");
		}
		List<String> codes = agencyCodes.isEmpty() ? List.of("") : List.copyOf(agencyCodes);
		Map<String, String> names = this.agencies.all()
			.stream()
			.collect(Collectors.toMap(AgencyView::code, AgencyView::name, (a, b) -> a));
		List<FeedbackStatistics.Row> rows = this.jdbc
			.sql("""
					select agency_code, coalesce(topic, '-') as topic, count(*) as received,
					  count(*) filter (where status = 'PUBLISHED' and answered_at <= answer_due_at) as on_time,
					  count(*) filter (where status = 'PUBLISHED' and answered_at > answer_due_at) as late,
					  count(*) filter (where status in ('RECEIVED', 'IN_PROGRESS', 'ANSWERED')) as open,
					  count(*) filter (where status in ('RECEIVED', 'IN_PROGRESS', 'ANSWERED') and due_at < :now) as overdue,
					  count(*) filter (where status = 'REJECTED') as rejected
					from feedback_item
					where received_at >= :from and received_at < :to and (:all or agency_code in (:codes))
					group by agency_code, coalesce(topic, '-')
					order by agency_code, topic""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("from", Timestamp.from(from.atStartOfDay(Deadlines.VIETNAM).toInstant()))
			.param("to", Timestamp.from(to.plusDays(1).atStartOfDay(Deadlines.VIETNAM).toInstant()))
			.param("all", agencyCodes.isEmpty())
			.param("codes", codes)
			.query((rs, n) -> new FeedbackStatistics.Row(rs.getString(1),
					names.getOrDefault(rs.getString(1), rs.getString(1)), rs.getString(2),
					new FeedbackStatistics.Counts(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
							rs.getLong(7), rs.getLong(8))))
			.list();
		return new FeedbackStatistics(from, to, total(rows), new ArrayList<>(rows));
	}

	private static FeedbackStatistics.Counts total(List<FeedbackStatistics.Row> rows) {
		Function<Function<FeedbackStatistics.Counts, Long>, Long> sum = (
				field) -> rows.stream().mapToLong((row) -> field.apply(row.counts())).sum();
		return new FeedbackStatistics.Counts(sum.apply(FeedbackStatistics.Counts::received),
				sum.apply(FeedbackStatistics.Counts::answeredOnTime),
				sum.apply(FeedbackStatistics.Counts::answeredLate), sum.apply(FeedbackStatistics.Counts::open),
				sum.apply(FeedbackStatistics.Counts::overdue), sum.apply(FeedbackStatistics.Counts::rejected));
	}

}
