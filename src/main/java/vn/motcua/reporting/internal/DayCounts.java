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
		STOPPED("stopped"), REFUSED("refused"), APOLOGIES("apologies");

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
	}

	private void add(DossierFact fact, Instant at, Counter counter, int sign) {
		Key key = new Key(fact.agencyCode(), day(at), fact.procedureCode(), fact.field());
		this.counts.computeIfAbsent(key, (k) -> new long[SIZE])[counter.ordinal()] += sign;
	}

	static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, Deadlines.VIETNAM);
	}

}
