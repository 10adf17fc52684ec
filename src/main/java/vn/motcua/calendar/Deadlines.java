package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Deadline arithmetic over a {@link WorkingCalendar} and an agency's
 * {@link WorkingHours}. Pure, immutable, thread-safe, free of Spring; all instants are
 * wall-clock times in Vietnam ({@link #VIETNAM}), whatever the JVM's default zone.
 *
 * <h2>The counting rule</h2> Time is counted in working seconds on a continuous working
 * timeline: each working day contributes its morning and afternoon sessions (7 h 30 by
 * default), non-working days and the hours outside the sessions contribute nothing.
 * <ol>
 * <li><b>Start</b> ({@link StartRule}): a dossier received during working hours up to the
 * cut-off counts from that instant; before opening, from opening; during the lunch break,
 * from the afternoon opening; after the cut-off (15:00 by default, Decree 61/2018 Art.
 * 18), after closing or on a non-working day (a Saturday-morning desk), from the opening
 * of the next working day.</li>
 * <li><b>N working days</b> are N full working days of time: received Tuesday 09:30, five
 * working days fall due the next Tuesday at 09:30 when no day in between is off. A clock
 * that starts at opening falls due at the closing of the N-th working day (never at the
 * opening of the next one), so a due instant always lies within the hours of a working
 * day. Zero working days ("trong ngày") fall due at the closing of the counting day.</li>
 * <li><b>Working hours</b> are counted the same way, in hours.</li>
 * <li><b>Calendar days</b> run in real time from the start; a period ending on a
 * non-working day ends at the closing of the next working day (the rule of the Civil Code
 * 2015 Art. 148 for periods ending on a rest day; an assumption for TTHC, marked so in
 * DOMAIN.md).</li>
 * <li><b>Pauses</b> stop the clock: the working time used before a pause is kept, and the
 * rest runs from the end of the pause. A pause over non-working time changes nothing; a
 * pause that begins after the due instant does not move it.</li>
 * </ol>
 * Adding N working days costs a few array reads (see {@link WorkingCalendar}), whatever
 * N; the explanation is built only when asked for.
 */
public final class Deadlines {

	/** Vietnam's time zone: every wall-clock time here is in it. */
	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final WorkingCalendar calendar;

	private final WorkingHours hours;

	private final int morningStart;

	private final int morningEnd;

	private final int afternoonStart;

	private final int afternoonEnd;

	private final int cutOff;

	private final int morningLength;

	private final int dayLength;

	private Deadlines(WorkingCalendar calendar, WorkingHours hours) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
		this.hours = Objects.requireNonNull(hours, "hours");
		this.morningStart = hours.morningStart().toSecondOfDay();
		this.morningEnd = hours.morningEnd().toSecondOfDay();
		this.afternoonStart = hours.afternoonStart().toSecondOfDay();
		this.afternoonEnd = hours.afternoonEnd().toSecondOfDay();
		this.cutOff = (hours.cutOff() != null) ? hours.cutOff().toSecondOfDay() : Integer.MAX_VALUE;
		this.morningLength = this.morningEnd - this.morningStart;
		this.dayLength = hours.daySeconds();
	}

	public static Deadlines of(WorkingCalendar calendar, WorkingHours hours) {
		return new Deadlines(calendar, hours);
	}

	public WorkingCalendar calendar() {
		return this.calendar;
	}

	public WorkingHours hours() {
		return this.hours;
	}

	/** The length of one working day, in seconds. */
	public long workingDaySeconds() {
		return this.dayLength;
	}

	// ------------------------------------------------------------------ the start

	/** Which start rule applies to a dossier received at the given instant. */
	public StartRule startRule(LocalDateTime received) {
		int day = this.calendar.index(received.toLocalDate());
		if (!this.calendar.workingAt(day)) {
			return StartRule.NON_WORKING_DAY;
		}
		int second = received.toLocalTime().toSecondOfDay();
		if (second < this.morningStart) {
			return StartRule.BEFORE_OPENING;
		}
		if (second >= this.morningEnd && second < this.afternoonStart) {
			return StartRule.LUNCH_BREAK;
		}
		if (second >= this.afternoonEnd) {
			return StartRule.AFTER_CLOSING;
		}
		if (second > this.cutOff) {
			return StartRule.AFTER_CUT_OFF;
		}
		return StartRule.IN_HOURS;
	}

	/** The instant the clock of a dossier received at the given instant starts. */
	public LocalDateTime countingStart(LocalDateTime received) {
		return startOfPosition(startPosition(received));
	}

	// ------------------------------------------------------------------ due dates

	/**
	 * The due instant of a dossier received at the given instant, without pauses and
	 * without explanation: the fast path.
	 */
	public LocalDateTime due(LocalDateTime received, TimeLimit limit) {
		if (limit.unit() == TimeLimit.Unit.CALENDAR_DAYS && limit.amount() > 0) {
			return compute(received, limit, List.of()).due();
		}
		long start = startPosition(received);
		return endOfPosition(start + workingSeconds(limit, start));
	}

	public Deadline compute(LocalDateTime received, TimeLimit limit) {
		return compute(received, limit, List.of());
	}

	/** The deadline of a dossier received at an instant, in Vietnam time. */
	public Deadline compute(Instant received, TimeLimit limit, List<Pause> pauses) {
		return compute(LocalDateTime.ofInstant(received, VIETNAM), limit, pauses);
	}

	/** The deadline of a dossier received at the given instant, with its pauses. */
	public Deadline compute(LocalDateTime received, TimeLimit limit, List<Pause> pauses) {
		List<Pause> sorted = new ArrayList<>(pauses);
		sorted.sort(Comparator.comparing(Pause::from));
		long startPosition = startPosition(received);
		LocalDateTime start = startOfPosition(startPosition);
		if (limit.unit() == TimeLimit.Unit.CALENDAR_DAYS && limit.amount() > 0) {
			return calendarDays(received, start, limit, sorted);
		}
		long position = startPosition;
		long remaining = workingSeconds(limit, startPosition);
		for (Pause pause : sorted) {
			long from = position(pause.from());
			long to = position(pause.to());
			if (to <= position) {
				continue;
			}
			if (from > position) {
				if (from - position >= remaining) {
					break;
				}
				remaining -= from - position;
			}
			position = to;
		}
		LocalDateTime due = endOfPosition(position + remaining);
		return new Deadline(this, received, start, limit, sorted, due, null);
	}

	private Deadline calendarDays(LocalDateTime received, LocalDateTime start, TimeLimit limit, List<Pause> pauses) {
		LocalDateTime current = start;
		long remaining = Duration.ofDays(limit.amount()).getSeconds();
		for (Pause pause : pauses) {
			if (!pause.to().isAfter(current)) {
				continue;
			}
			if (pause.from().isAfter(current)) {
				long gap = Duration.between(current, pause.from()).getSeconds();
				if (gap >= remaining) {
					break;
				}
				remaining -= gap;
			}
			current = pause.to();
		}
		LocalDateTime nominal = current.plusSeconds(remaining);
		int day = this.calendar.index(nominal.toLocalDate());
		if (this.calendar.workingAt(day)) {
			return new Deadline(this, received, start, limit, pauses, nominal, null);
		}
		// ends at the closing of the next working day
		long next = (this.calendar.workingBefore(day) + 1L) * this.dayLength;
		return new Deadline(this, received, start, limit, pauses, endOfPosition(next), nominal);
	}

	/**
	 * Pure arithmetic: the instant a working-time limit after the given instant, without
	 * receipt rules. {@code add(add(t, a), b)} equals {@code add(t, a + b)}.
	 */
	public LocalDateTime add(LocalDateTime from, TimeLimit limit) {
		if (limit.unit() == TimeLimit.Unit.CALENDAR_DAYS) {
			throw new IllegalArgumentException("add counts working time; compute calendar days with compute()");
		}
		long position = position(from);
		long seconds = (limit.unit() == TimeLimit.Unit.WORKING_DAYS) ? (long) limit.amount() * this.dayLength
				: limit.amount() * 3600L;
		return (seconds == 0) ? from : endOfPosition(position + seconds);
	}

	/**
	 * The instant that many working seconds after {@code from} (a step's share of the
	 * legal time); {@code from} itself for zero.
	 */
	public LocalDateTime addWorkingSeconds(LocalDateTime from, long seconds) {
		if (seconds < 0) {
			throw new IllegalArgumentException("negative working time: " + seconds);
		}
		return (seconds == 0) ? from : endOfPosition(position(from) + seconds);
	}

	/**
	 * The working time between two instants, in seconds (negative when {@code to} is
	 * before {@code from}).
	 */
	public long workingSecondsBetween(LocalDateTime from, LocalDateTime to) {
		return position(to) - position(from);
	}

	/**
	 * The due instant of each step of an internal process when the time limit is split by
	 * the weights ({@link StepShares}): each step starts where the one before it ends;
	 * the last falls due with the whole dossier.
	 */
	public List<LocalDateTime> stepDues(LocalDateTime received, TimeLimit total, int... weights) {
		if (total.unit() == TimeLimit.Unit.CALENDAR_DAYS) {
			throw new IllegalArgumentException("steps share working time");
		}
		TimeLimit[] shares = StepShares.split(total, weights);
		List<LocalDateTime> dues = new ArrayList<>(shares.length);
		long start = startPosition(received);
		long used = 0;
		for (TimeLimit share : shares) {
			used += (share.unit() == TimeLimit.Unit.WORKING_DAYS) ? (long) share.amount() * this.dayLength
					: share.amount() * 3600L;
			dues.add((used == 0) ? startOfPosition(start) : endOfPosition(start + used));
		}
		return dues;
	}

	// ------------------------------------------------------------------ the working
	// timeline

	private long workingSeconds(TimeLimit limit, long start) {
		return switch (limit.unit()) {
			// zero of any unit: within the counting day, i.e. until its closing
			case WORKING_DAYS -> (limit.amount() == 0) ? restOfDay(start) : (long) limit.amount() * this.dayLength;
			case WORKING_HOURS -> (limit.amount() == 0) ? restOfDay(start) : limit.amount() * 3600L;
			case CALENDAR_DAYS -> restOfDay(start);
		};
	}

	private long restOfDay(long position) {
		return this.dayLength - Math.floorMod(position, this.dayLength);
	}

	/** Working seconds from the start of the calendar to the given instant. */
	long position(LocalDateTime instant) {
		int day = this.calendar.index(instant.toLocalDate());
		long before = (long) this.calendar.workingBefore(day) * this.dayLength;
		if (!this.calendar.workingAt(day)) {
			return before;
		}
		return before + offset(instant.toLocalTime().toSecondOfDay());
	}

	/** Like {@link #position} with the receipt rules: after the cut-off, the next day. */
	long startPosition(LocalDateTime received) {
		int day = this.calendar.index(received.toLocalDate());
		long before = (long) this.calendar.workingBefore(day) * this.dayLength;
		if (!this.calendar.workingAt(day)) {
			return before;
		}
		int second = received.toLocalTime().toSecondOfDay();
		if (second > this.cutOff) {
			return before + this.dayLength;
		}
		return before + offset(second);
	}

	private int offset(int second) {
		if (second <= this.morningStart) {
			return 0;
		}
		if (second < this.morningEnd) {
			return second - this.morningStart;
		}
		if (second <= this.afternoonStart) {
			return this.morningLength;
		}
		if (second < this.afternoonEnd) {
			return this.morningLength + second - this.afternoonStart;
		}
		return this.dayLength;
	}

	/**
	 * The instant at a position as an end: a day boundary reads as the closing of the day
	 * before, the lunch break as the end of the morning.
	 */
	LocalDateTime endOfPosition(long position) {
		long k = (position - 1) / this.dayLength;
		int offset = (int) (position - k * this.dayLength);
		return at(k, offset, true);
	}

	/**
	 * The instant at a position as a start: a day boundary reads as the opening of the
	 * day after, the lunch break as the afternoon opening.
	 */
	LocalDateTime startOfPosition(long position) {
		long k = position / this.dayLength;
		int offset = (int) (position - k * this.dayLength);
		return at(k, offset, false);
	}

	private LocalDateTime at(long workingDay, int offset, boolean asEnd) {
		LocalDate date = WorkingCalendar.dateAt(this.calendar.workingDayAt(workingDay));
		boolean morning = asEnd ? offset <= this.morningLength : offset < this.morningLength;
		int second = morning ? this.morningStart + offset : this.afternoonStart + offset - this.morningLength;
		return LocalDateTime.of(date, LocalTime.ofSecondOfDay(second));
	}

	// ------------------------------------------------------------------ explanations

	List<ExplanationEntry> explain(Deadline deadline) {
		List<ExplanationEntry> lines = new ArrayList<>();
		LocalDateTime received = deadline.received();
		StartRule rule = deadline.startRule();
		lines.add(new ExplanationEntry(received.toLocalDate(), ExplanationEntry.Kind.RECEIVED, received, null, null,
				rule.name()));
		if (!deadline.countingStart().equals(received)) {
			lines.add(new ExplanationEntry(deadline.countingStart().toLocalDate(),
					ExplanationEntry.Kind.COUNTING_STARTS, deadline.countingStart(), null, null, rule.name()));
		}
		boolean calendarDays = deadline.limit().unit() == TimeLimit.Unit.CALENDAR_DAYS;
		LocalDate first = calendarDays
				? (deadline.nominalDue() != null ? deadline.nominalDue().toLocalDate() : deadline.due().toLocalDate())
				: received.toLocalDate();
		LocalDate last = deadline.due().toLocalDate();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			DayStatus status = this.calendar.status(day);
			if (status == DayStatus.WORKING_DAY || wholeDayPaused(day, deadline.pauses())) {
				continue;
			}
			if (calendarDays && status.working()) {
				continue;
			}
			lines.add(new ExplanationEntry(day, ExplanationEntry.Kind.of(status), null, null, this.calendar.entry(day),
					null));
		}
		for (Pause pause : deadline.pauses()) {
			lines.add(new ExplanationEntry(pause.from().toLocalDate(), ExplanationEntry.Kind.PAUSE, pause.from(),
					pause.to(), null, pause.reason().name()));
		}
		if (deadline.nominalDue() != null) {
			lines.add(new ExplanationEntry(deadline.due().toLocalDate(), ExplanationEntry.Kind.ROLLED_OVER,
					deadline.due(), deadline.nominalDue(), null, null));
		}
		lines.add(new ExplanationEntry(deadline.due().toLocalDate(), ExplanationEntry.Kind.DUE, deadline.due(), null,
				null, null));
		lines.sort(Comparator.comparing(ExplanationEntry::date).thenComparing(ExplanationEntry::kind));
		return List.copyOf(lines);
	}

	private static boolean wholeDayPaused(LocalDate day, List<Pause> pauses) {
		LocalDateTime start = day.atStartOfDay();
		LocalDateTime end = day.plusDays(1).atStartOfDay();
		for (Pause pause : pauses) {
			if (!pause.from().isAfter(start) && !pause.to().isBefore(end)) {
				return true;
			}
		}
		return false;
	}

}
