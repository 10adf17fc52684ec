package vn.motcua.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import vn.motcua.calendar.Deadlines;
import vn.motcua.dossier.Channel;

/**
 * The per-day counters of form II.06a's flows and what each dossier fact adds to them;
 * kept as deltas, so that a changed fact moves its counts from the old days to the new.
 */
final class DayCounts {

	/** The counters, in the order of the columns of {@code reporting_day}. */
	enum Counter {

		RECEIVED_ONLINE("received_online"), RECEIVED_DIRECT("received_direct"), RESOLVED_EARLY("resolved_early"),
		RESOLVED_ON_TIME("resolved_on_time"), RESOLVED_LATE("resolved_late"), WITHDRAWN("withdrawn"),
		STOPPED("stopped"), REFUSED("refused"), APOLOGIES("apologies"),
		/** Open, unpaused spans that become overdue this day. */
		OVERDUE_BEGIN("overdue_begin"),
		/** Overdue spans that end this day. */
		OVERDUE_END("overdue_end");

		final String column;

		Counter(String column) {
			this.column = column;
		}

	}

	static final int SIZE = Counter.values().length;

	/** One row of {@code reporting_day}. */
	record Key(String agencyCode, LocalDate day, String procedureCode, String field) {

	}

	private final Map<Key, long[]> counts = new HashMap<>();

	Map<Key, long[]> counts() {
		return this.counts;
	}

	/** Adds ({@code sign} 1) or takes away (-1) what the fact counts. */
	void add(DossierFact fact, int sign) {
		if (fact.receivedAt() != null) {
			add(fact, fact.receivedAt(),
					(fact.channel() == Channel.ONLINE) ? Counter.RECEIVED_ONLINE : Counter.RECEIVED_DIRECT, sign);
		}
		if (fact.refusedAt() != null) {
			add(fact, fact.refusedAt(), Counter.REFUSED, sign);
		}
		if (fact.exit() != null && fact.exitAt() != null) {
			Counter counter = switch (fact.exit()) {
				case WITHDRAWN -> Counter.WITHDRAWN;
				// a refusal after appraisal ends processing without the result asked for:
				// counted with the stopped dossiers, outside column (7), as DOMAIN.md §3
				// says
				case STOPPED, REFUSED -> Counter.STOPPED;
				case RESOLVED -> switch (java.util.Objects.requireNonNull(fact.outcome())) {
					case EARLY -> Counter.RESOLVED_EARLY;
					case ON_TIME -> Counter.RESOLVED_ON_TIME;
					case LATE -> Counter.RESOLVED_LATE;
				};
			};
			add(fact, fact.exitAt(), counter, sign);
		}
		if (fact.apologyAt() != null) {
			add(fact, fact.apologyAt(), Counter.APOLOGIES, sign);
		}
		for (DossierFact.Span span : fact.spans()) {
			if (span.paused() || span.dueAt() == null) {
				continue;
			}
			// overdue at the end of day D (instant E, the start of D + 1) when from < E,
			// due < E and the span has not ended before E: from the later of the days of
			// its start and its appointment until the day it ends (excluded)
			LocalDate begins = day(span.from());
			LocalDate due = day(span.dueAt());
			if (due.isAfter(begins)) {
				begins = due;
			}
			LocalDate ends = (span.until() != null) ? day(span.until()) : null;
			if (ends != null && !begins.isBefore(ends)) {
				continue;
			}
			add(fact, begins, Counter.OVERDUE_BEGIN, sign);
			if (ends != null) {
				add(fact, ends, Counter.OVERDUE_END, sign);
			}
		}
	}

	private void add(DossierFact fact, Instant at, Counter counter, int sign) {
		add(fact, day(at), counter, sign);
	}

	private void add(DossierFact fact, LocalDate day, Counter counter, int sign) {
		Key key = new Key(fact.agencyCode(), day, fact.procedureCode(), fact.field());
		this.counts.computeIfAbsent(key, (k) -> new long[SIZE])[counter.ordinal()] += sign;
	}

	/** The same counters per month (the key's day is the first of the month). */
	Map<Key, long[]> months() {
		Map<Key, long[]> months = new HashMap<>();
		this.counts.forEach((key, values) -> {
			long[] sum = months.computeIfAbsent(
					new Key(key.agencyCode(), key.day().withDayOfMonth(1), key.procedureCode(), key.field()),
					(k) -> new long[SIZE]);
			for (int i = 0; i < SIZE; i++) {
				sum[i] += values[i];
			}
		});
		return months;
	}

	static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, Deadlines.VIETNAM);
	}

}
