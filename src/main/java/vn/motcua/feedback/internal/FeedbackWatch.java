package vn.motcua.feedback.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.feedback.FeedbackDeadlineReached;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;

/**
 * Reminds and escalates: an open item whose deadline in force (forwarding while received,
 * answering once routed) is within {@code remindDays} working days gets one reminder; one
 * past it is marked prolonged (kéo dài) and escalated to the agency above, which sees it
 * in its queue from then on. Each warning is claimed by a conditional update of the
 * item's row in the transaction that writes the history and publishes the event, so with
 * several nodes each happens once; routing sets a new deadline and clears the marks.
 */
@Component
public class FeedbackWatch {

	private static final Logger log = LoggerFactory.getLogger(FeedbackWatch.class);

	private final JdbcClient jdbc;

	private final FeedbackDesk desk;

	private final WorkingCalendars calendars;

	private final Agencies agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final FeedbackProperties properties;

	FeedbackWatch(JdbcClient jdbc, FeedbackDesk desk, WorkingCalendars calendars, Agencies agencies,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager,
			FeedbackProperties properties) {
		this.jdbc = jdbc;
		this.desk = desk;
		this.calendars = calendars;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
	}

	void watchNow() {
		try {
			List<FeedbackDeadlineReached> published = watch(this.clock.instant());
			if (!published.isEmpty()) {
				log.info("Feedback watch: {} warnings published", published.size());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Feedback watch round failed: {}", ex.toString());
		}
	}

	/** One round as of the given instant: the warnings this call published. */
	public List<FeedbackDeadlineReached> watch(Instant now) {
		List<FeedbackDeadlineReached> published = new ArrayList<>();
		// a working day is at most a calendar day; holidays add at most about two weeks
		Instant bound = now.plus(java.time.Duration.ofDays(this.properties.remindDays() * 2L + 16));
		List<Candidate> candidates = this.jdbc.sql("""
				select id, code, status, agency_code, due_at, reminded_at from feedback_item
				where status in ('RECEIVED', 'IN_PROGRESS', 'ANSWERED') and overdue_at is null
				  and (due_at < :now or (reminded_at is null and due_at <= :bound))
				order by id limit 1000""")
			.param("now", Timestamp.from(now))
			.param("bound", Timestamp.from(bound))
			.query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), FeedbackStatus.valueOf(rs.getString(3)),
					rs.getString(4), rs.getTimestamp(5).toInstant(), FeedbackDesk.nullableInstant(rs, "reminded_at")))
			.list();
		for (Candidate candidate : candidates) {
			FeedbackDeadlineReached.Kind kind = kindOf(candidate, now);
			if (kind == null) {
				continue;
			}
			FeedbackDeadlineReached event = this.transactions.execute((status) -> claim(candidate, kind, now));
			if (event != null) {
				published.add(event);
			}
		}
		return published;
	}

	private FeedbackDeadlineReached.@Nullable Kind kindOf(Candidate candidate, Instant now) {
		if (now.isAfter(candidate.dueAt())) {
			return FeedbackDeadlineReached.Kind.OVERDUE;
		}
		if (candidate.remindedAt() != null) {
			return null;
		}
		Deadlines deadlines = this.calendars.deadlines(candidate.agencyCode());
		long left = deadlines.workingSecondsBetween(local(now), local(candidate.dueAt()));
		return (left <= this.properties.remindDays() * deadlines.workingDaySeconds())
				? FeedbackDeadlineReached.Kind.REMINDER : null;
	}

	private @Nullable FeedbackDeadlineReached claim(Candidate candidate, FeedbackDeadlineReached.Kind kind,
			Instant now) {
		String escalateTo = null;
		int rows;
		if (kind == FeedbackDeadlineReached.Kind.OVERDUE) {
			escalateTo = this.agencies.findByCode(candidate.agencyCode()).map(AgencyView::parentCode).orElse(null);
			rows = this.jdbc.sql("""
					update feedback_item set overdue_at = :now, reminded_at = coalesce(reminded_at, :now),
					  prolonged = true, escalated_to = :escalate, lock_version = lock_version + 1
					where id = :id and overdue_at is null and due_at = :due
					  and status in ('RECEIVED', 'IN_PROGRESS', 'ANSWERED')""")
				.param("now", Timestamp.from(now))
				.param("escalate", escalateTo)
				.param("id", candidate.id())
				.param("due", Timestamp.from(candidate.dueAt()))
				.update();
		}
		else {
			rows = this.jdbc.sql("""
					update feedback_item set reminded_at = :now, lock_version = lock_version + 1
					where id = :id and reminded_at is null and overdue_at is null and due_at = :due
					  and status in ('RECEIVED', 'IN_PROGRESS', 'ANSWERED')""")
				.param("now", Timestamp.from(now))
				.param("id", candidate.id())
				.param("due", Timestamp.from(candidate.dueAt()))
				.update();
		}
		if (rows != 1) {
			return null;
		}
		String note = "Hạn: " + local(candidate.dueAt()).toString().replace('T', ' ')
				+ ((escalateTo != null) ? " — chuyển cấp trên " + escalateTo : "");
		this.desk.history(candidate.id(), kind.name(), "system", candidate.agencyCode(), now, note);
		FeedbackDeadlineReached event = new FeedbackDeadlineReached(candidate.code(), kind, candidate.status(),
				candidate.agencyCode(), escalateTo, candidate.dueAt(), now);
		this.events.publishEvent(event);
		return event;
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, Deadlines.VIETNAM);
	}

	record Candidate(long id, String code, FeedbackStatus status, String agencyCode, Instant dueAt,
			@Nullable Instant remindedAt) {

	}

}
