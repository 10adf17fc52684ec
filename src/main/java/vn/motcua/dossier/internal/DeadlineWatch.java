package vn.motcua.dossier.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierDeadlineReached;
import vn.motcua.dossier.DossierStatus;

/**
 * Never late silently: finds the received, running dossiers (status 2 and 4; a paused
 * dossier's clock does not run) whose appointment is within the warning threshold — in
 * working time of the receiving desk's calendar and hours — or already passed, and
 * publishes one {@link DossierDeadlineReached} of each kind per dossier, with a line in
 * the dossier's history so the officer sees it.
 * <p>
 * Exactly once with several nodes: each warning is claimed by a conditional update of the
 * dossier row ({@code due_soon_warned_at} / {@code overdue_at} still empty) in the same
 * transaction as the history line and the publication, so the node that comes second
 * finds the mark set and does nothing. The claim also bumps the row's version, so a
 * workflow action racing with it is told to retry instead of writing a stale history.
 * When the due date moves (apology, supplement, payment), the store clears the marks and
 * the new date is watched again.
 */
@Component
public class DeadlineWatch {

	private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

	/** Who the history shows for the warnings. */
	static final String ACTOR = "system";

	static final String ACTOR_NAME = "Hệ thống";

	/** Candidates read per round, so a backlog is worked off in bounded slices. */
	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final DossierStore store;

	private final WorkingCalendars calendars;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final Threshold threshold;

	DeadlineWatch(JdbcClient jdbc, DossierStore store, WorkingCalendars calendars, ApplicationEventPublisher events,
			Clock clock, PlatformTransactionManager transactionManager,
			@Value("${motcua.dossier.due-soon:1}") String dueSoon) {
		this.jdbc = jdbc;
		this.store = store;
		this.calendars = calendars;
		this.events = events;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.threshold = Threshold.parse(dueSoon);
	}

	/** A round as of now (see {@link DeadlineWatchSchedule}). */
	void watchNow() {
		try {
			List<DossierDeadlineReached> published = watch(this.clock.instant());
			if (!published.isEmpty()) {
				log.info("Deadline watch: {} warnings published", published.size());
			}
		}
		catch (RuntimeException ex) {
			// the next round tries again; nothing was half done (one transaction per
			// warning)
			log.warn("Deadline watch round failed: {}", ex.toString());
		}
	}

	/**
	 * One round as of the given instant: the warnings this call published (another node's
	 * are not repeated).
	 */
	public List<DossierDeadlineReached> watch(Instant now) {
		List<DossierDeadlineReached> published = new ArrayList<>();
		Map<String, Deadlines> deadlinesByDesk = new HashMap<>();
		long lastId = 0;
		while (true) {
			List<Candidate> candidates = candidates(now, lastId);
			for (Candidate candidate : candidates) {
				lastId = Math.max(lastId, candidate.id());
				Deadlines deadlines = deadlinesByDesk.computeIfAbsent(candidate.deskAgencyCode(),
						this.calendars::deadlines);
				DossierDeadlineReached.Kind kind = kindOf(candidate, deadlines, now);
				if (kind == null) {
					continue;
				}
				DossierDeadlineReached event = this.transactions.execute((status) -> claim(candidate, kind, now));
				if (event != null) {
					published.add(event);
				}
			}
			if (candidates.size() < BATCH) {
				return published;
			}
		}
	}

	/**
	 * Which warning is due now, if any: overdue once the appointment has passed (the
	 * due-soon warning is then skipped), due soon when the working time left is within
	 * the threshold.
	 */
	DossierDeadlineReached.@Nullable Kind kindOf(Candidate candidate, Deadlines deadlines, Instant now) {
		if (now.isAfter(candidate.dueAt())) {
			return (candidate.overdueAt() == null) ? DossierDeadlineReached.Kind.OVERDUE : null;
		}
		if (candidate.dueSoonWarnedAt() != null) {
			return null;
		}
		long left = deadlines.workingSecondsBetween(local(now), local(candidate.dueAt()));
		return (left <= this.threshold.seconds(deadlines)) ? DossierDeadlineReached.Kind.DUE_SOON : null;
	}

	/**
	 * Running dossiers not yet warned whose due instant is at most a generous calendar
	 * bound away (the exact test, in working time, is {@link #kindOf}).
	 */
	private List<Candidate> candidates(Instant now, long afterId) {
		Instant bound = now.plus(this.threshold.calendarBound());
		return this.jdbc.sql("""
				select id, code, agency_code, desk_agency_code, due_at, due_soon_warned_at, overdue_at
				from dossier
				where status in (2, 4) and due_at is not null and id > :after
				  and ((overdue_at is null and due_at < :now)
				    or (due_soon_warned_at is null and overdue_at is null and due_at <= :bound))
				order by id
				limit :limit""")
			.param("after", afterId)
			.param("now", Timestamp.from(now))
			.param("bound", Timestamp.from(bound))
			.param("limit", BATCH)
			.query((rs, n) -> new Candidate(rs.getLong("id"), rs.getString("code"), rs.getString("agency_code"),
					rs.getString("desk_agency_code"), rs.getTimestamp("due_at").toInstant(),
					DossierStore.nullableInstant(rs, "due_soon_warned_at"),
					DossierStore.nullableInstant(rs, "overdue_at")))
			.list();
	}

	/**
	 * Claims the warning for this node and, if it got it, records and publishes it; in
	 * the caller's transaction.
	 */
	private @Nullable DossierDeadlineReached claim(Candidate candidate, DossierDeadlineReached.Kind kind, Instant now) {
		String sql = (kind == DossierDeadlineReached.Kind.OVERDUE) ? """
				update dossier set overdue_at = :now, due_soon_warned_at = coalesce(due_soon_warned_at, :now),
				  lock_version = lock_version + 1
				where id = :id and overdue_at is null and status in (2, 4) and due_at = :due""" : """
				update dossier set due_soon_warned_at = :now, lock_version = lock_version + 1
				where id = :id and due_soon_warned_at is null and status in (2, 4) and due_at = :due""";
		int rows = this.jdbc.sql(sql)
			.param("now", Timestamp.from(now))
			.param("id", candidate.id())
			.param("due", Timestamp.from(candidate.dueAt()))
			.update();
		if (rows != 1) {
			return null;
		}
		// the row is locked by this transaction: the history size read now is final
		Dossier dossier = this.store.findById(candidate.id()).orElseThrow();
		DossierAction action = (kind == DossierDeadlineReached.Kind.OVERDUE) ? DossierAction.OVERDUE
				: DossierAction.DUE_SOON;
		String note = String.format(Locale.ROOT, "Hạn trả kết quả: %s",
				DossierWorkflow.local(candidate.dueAt()).toString().replace('T', ' '));
		this.store.appendHistory(dossier,
				new DossierStore.HistoryRow(action.apiName(), dossier.status.code(), dossier.status.code(),
						dossier.currentStep, ACTOR, ACTOR_NAME, dossier.deskAgencyCode, null, now, note));
		DossierDeadlineReached event = new DossierDeadlineReached(candidate.code(), kind, candidate.agencyCode(),
				candidate.deskAgencyCode(), candidate.dueAt(), now);
		this.events.publishEvent(event);
		return event;
	}

	private static LocalDateTime local(Instant instant) {
		return DossierWorkflow.local(instant);
	}

	/** A dossier to look at. */
	record Candidate(long id, String code, String agencyCode, String deskAgencyCode, Instant dueAt,
			@Nullable Instant dueSoonWarnedAt, @Nullable Instant overdueAt) {

	}

	/**
	 * The warning threshold: {@code motcua.dossier.due-soon} in working days ({@code 1},
	 * {@code 1d}, {@code 0.5d}) or working hours ({@code 4h}).
	 */
	record Threshold(double amount, boolean hours) {

		static Threshold parse(String value) {
			String text = value.strip().toLowerCase(Locale.ROOT);
			boolean hours = text.endsWith("h");
			if (hours || text.endsWith("d")) {
				text = text.substring(0, text.length() - 1).strip();
			}
			double amount;
			try {
				amount = Double.parseDouble(text);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(
						"motcua.dossier.due-soon must be working days (1, 1d) or hours (4h): " + value, ex);
			}
			if (amount < 0 || Double.isNaN(amount) || Double.isInfinite(amount)) {
				throw new IllegalArgumentException("motcua.dossier.due-soon must not be negative: " + value);
			}
			return new Threshold(amount, hours);
		}

		long seconds(Deadlines deadlines) {
			return Math.round(this.amount * (this.hours ? 3600 : deadlines.workingDaySeconds()));
		}

		/**
		 * A calendar duration surely beyond the threshold: a working day is at most a
		 * calendar day, and a week end, a holiday week (Tết) and office hours can add
		 * about two weeks.
		 */
		Duration calendarBound() {
			long days = (long) Math.ceil(this.hours ? this.amount / 4 : this.amount);
			return Duration.ofDays(days * 2 + 16);
		}

	}

}
