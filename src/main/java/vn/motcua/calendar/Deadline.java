package vn.motcua.calendar;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A computed due date, with what it rests on: the receipt, the start of counting, the
 * limit, the pauses and the versions of the yearly schedules used (so the computation can
 * be reproduced after a schedule changes). The explanation is built on first request.
 */
public final class Deadline {

	private final Deadlines engine;

	private final LocalDateTime received;

	private final LocalDateTime countingStart;

	private final TimeLimit limit;

	private final List<Pause> pauses;

	private final LocalDateTime due;

	private final @Nullable LocalDateTime nominalDue;

	private volatile @Nullable List<ExplanationEntry> explanation;

	Deadline(Deadlines engine, LocalDateTime received, LocalDateTime countingStart, TimeLimit limit, List<Pause> pauses,
			LocalDateTime due, @Nullable LocalDateTime nominalDue) {
		this.engine = engine;
		this.received = received;
		this.countingStart = countingStart;
		this.limit = limit;
		this.pauses = List.copyOf(pauses);
		this.due = due;
		this.nominalDue = nominalDue;
	}

	public LocalDateTime received() {
		return this.received;
	}

	public LocalDateTime countingStart() {
		return this.countingStart;
	}

	public StartRule startRule() {
		return this.engine.startRule(this.received);
	}

	public TimeLimit limit() {
		return this.limit;
	}

	public List<Pause> pauses() {
		return this.pauses;
	}

	/**
	 * The due instant, Vietnam time; always within the working hours of a working day.
	 */
	public LocalDateTime due() {
		return this.due;
	}

	/**
	 * For calendar days: where the period ended before it was moved off a non-working
	 * day.
	 */
	public @Nullable LocalDateTime nominalDue() {
		return this.nominalDue;
	}

	/** The version of each year's schedule the computation used, by year. */
	public Map<Integer, Integer> calendarVersions() {
		Map<Integer, Integer> versions = new TreeMap<>();
		WorkingCalendar calendar = this.engine.calendar();
		for (int year = this.received.getYear(); year <= this.due.getYear(); year++) {
			versions.put(year, calendar.version(year));
		}
		return Collections.unmodifiableMap(versions);
	}

	/**
	 * The versions as one string to store with the result, e.g. {@code 2025:2,2026:1}.
	 */
	public String calendarVersion() {
		StringJoiner joiner = new StringJoiner(",");
		calendarVersions().forEach((year, version) -> joiner.add(year + ":" + version));
		return joiner.toString();
	}

	/** The days skipped and why, the make-up days counted, the pauses, in date order. */
	public List<ExplanationEntry> explanation() {
		List<ExplanationEntry> lines = this.explanation;
		if (lines == null) {
			lines = this.engine.explain(this);
			this.explanation = lines;
		}
		return lines;
	}

	/**
	 * Working time left at an instant until the due instant, in seconds (negative when
	 * late).
	 */
	public long remainingWorkingSeconds(LocalDateTime at) {
		return this.engine.workingSecondsBetween(at, this.due);
	}

	/**
	 * Where an open dossier stands at an instant: {@link DeadlineState#LATE} after the
	 * due instant, {@link DeadlineState#DUE_SOON} when at most one working day is left,
	 * {@link DeadlineState#ON_TIME} otherwise.
	 */
	public DeadlineState stateAt(LocalDateTime at) {
		return stateAt(at, this.engine.workingDaySeconds());
	}

	/**
	 * As {@link #stateAt(LocalDateTime)}, with the warning threshold in working seconds.
	 */
	public DeadlineState stateAt(LocalDateTime at, long dueSoonSeconds) {
		if (at.isAfter(this.due)) {
			return DeadlineState.LATE;
		}
		return (remainingWorkingSeconds(at) <= dueSoonSeconds) ? DeadlineState.DUE_SOON : DeadlineState.ON_TIME;
	}

	/**
	 * How a dossier completed at an instant did: {@link DeadlineState#EARLY} on a day
	 * before the due date, {@link DeadlineState#ON_TIME} on the due date by the due time,
	 * {@link DeadlineState#LATE} after.
	 */
	public DeadlineState outcome(LocalDateTime completedAt) {
		if (completedAt.isAfter(this.due)) {
			return DeadlineState.LATE;
		}
		return completedAt.toLocalDate().isBefore(this.due.toLocalDate()) ? DeadlineState.EARLY : DeadlineState.ON_TIME;
	}

	@Override
	public String toString() {
		return "Deadline[" + this.received + " + " + this.limit.amount() + " " + this.limit.unit() + " → " + this.due
				+ "]";
	}

}
