package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The working days of 1900–2199 in force at one moment: an immutable snapshot built from
 * the yearly schedules (official where one exists, the statutory candidates otherwise),
 * over the weekly pattern of public servants (Monday to Friday).
 * <p>
 * Deadline arithmetic must be fast, so the snapshot precomputes an index over all days:
 * for each day the number of working days before it, and the list of working days. Adding
 * N working days to a date is then two array reads, whatever N and however many holidays
 * lie between. Building it costs a few milliseconds; a change to one year builds a new
 * snapshot ({@link #with(YearSchedule)}).
 */
public final class WorkingCalendar {

	/** The first day covered. */
	public static final LocalDate MIN = LunarCalendar.MIN;

	/** The last day covered. */
	public static final LocalDate MAX = LunarCalendar.MAX;

	static final long BASE = MIN.toEpochDay();

	static final int DAYS = (int) (MAX.toEpochDay() - BASE + 1);

	private static final int FIRST_YEAR = MIN.getYear();

	private static final int YEARS = MAX.getYear() - FIRST_YEAR + 1;

	private static final DayStatus[] STATUSES = DayStatus.values();

	private static final Map<Integer, YearSchedule> CANDIDATES = new ConcurrentHashMap<>();

	private final YearSchedule[] schedules;

	private final byte[] status;

	/** workingBefore[i]: the number of working days among days 0..i-1. */
	private final int[] workingBefore;

	/** The day indexes of the working days, in order. */
	private final int[] workingDays;

	private final Map<LocalDate, ScheduleEntry> entries;

	private WorkingCalendar(YearSchedule[] schedules) {
		this.schedules = schedules;
		this.status = new byte[DAYS];
		this.entries = new HashMap<>(schedules.length * 16);
		for (int i = 0; i < DAYS; i++) {
			this.status[i] = (byte) (isWeekend(BASE + i) ? DayStatus.WEEKEND : DayStatus.WORKING_DAY).ordinal();
		}
		for (YearSchedule schedule : schedules) {
			for (ScheduleEntry entry : schedule.entries()) {
				int index = (int) (entry.date().toEpochDay() - BASE);
				this.status[index] = (byte) DayStatus.of(entry.kind()).ordinal();
				this.entries.put(entry.date(), entry);
			}
		}
		this.workingBefore = new int[DAYS + 1];
		int count = 0;
		for (int i = 0; i < DAYS; i++) {
			this.workingBefore[i] = count;
			if (STATUSES[this.status[i]].working()) {
				count++;
			}
		}
		this.workingBefore[DAYS] = count;
		this.workingDays = new int[count];
		for (int i = 0, k = 0; i < DAYS; i++) {
			if (STATUSES[this.status[i]].working()) {
				this.workingDays[k++] = i;
			}
		}
	}

	/**
	 * The calendar made of the given schedules; every year without one gets its
	 * provisional statutory candidates ({@link StatutoryHolidays}).
	 * @throws IllegalArgumentException if a schedule breaks {@link ScheduleRules}
	 */
	public static WorkingCalendar of(Collection<YearSchedule> schedules) {
		YearSchedule[] byYear = new YearSchedule[YEARS];
		for (YearSchedule schedule : schedules) {
			requireConsistent(schedule);
			byYear[schedule.year() - FIRST_YEAR] = schedule;
		}
		for (int i = 0; i < YEARS; i++) {
			if (byYear[i] == null) {
				byYear[i] = CANDIDATES.computeIfAbsent(FIRST_YEAR + i, StatutoryHolidays::candidates);
			}
		}
		return new WorkingCalendar(byYear);
	}

	/** A new calendar where one year's schedule is replaced; this one is unchanged. */
	public WorkingCalendar with(YearSchedule schedule) {
		requireConsistent(schedule);
		YearSchedule[] copy = Arrays.copyOf(this.schedules, this.schedules.length);
		copy[schedule.year() - FIRST_YEAR] = schedule;
		return new WorkingCalendar(copy);
	}

	private static void requireConsistent(YearSchedule schedule) {
		List<ScheduleViolation> violations = ScheduleRules.check(schedule);
		if (!violations.isEmpty()) {
			throw new IllegalArgumentException("inconsistent schedule of " + schedule.year() + ": " + violations);
		}
	}

	// ------------------------------------------------------------------ days

	/** Saturday and Sunday, the weekly rest days of public servants. */
	public static boolean isWeekend(LocalDate date) {
		return isWeekend(date.toEpochDay());
	}

	private static boolean isWeekend(long epochDay) {
		// 1970-01-01 was a Thursday: 0 = Monday ... 5 = Saturday, 6 = Sunday
		return Math.floorMod(epochDay + 3, 7) >= 5;
	}

	public boolean isWorkingDay(LocalDate date) {
		return status(date).working();
	}

	public DayStatus status(LocalDate date) {
		return STATUSES[this.status[index(date)]];
	}

	/** The schedule entry that decides a day, if any. */
	public @Nullable ScheduleEntry entry(LocalDate date) {
		index(date);
		return this.entries.get(date);
	}

	public YearSchedule schedule(int year) {
		if (year < FIRST_YEAR || year >= FIRST_YEAR + YEARS) {
			throw new CalendarRangeException("year out of the range " + MIN + ".." + MAX + ": " + year);
		}
		return this.schedules[year - FIRST_YEAR];
	}

	/** The version of the schedule of the year (0 for a provisional one). */
	public int version(int year) {
		return schedule(year).version();
	}

	/** The status of every day from {@code from} to {@code to}, both included. */
	public List<DayStatus> statuses(LocalDate from, LocalDate to) {
		int first = index(from);
		int last = index(to);
		List<DayStatus> result = new ArrayList<>(Math.max(0, last - first + 1));
		for (int i = first; i <= last; i++) {
			result.add(STATUSES[this.status[i]]);
		}
		return result;
	}

	/**
	 * The date {@code n} working days after {@code date}: the n-th working day strictly
	 * after it ({@code date} itself for n = 0).
	 * @throws CalendarRangeException if that day is beyond the covered range
	 */
	public LocalDate addWorkingDays(LocalDate date, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("negative number of working days: " + n);
		}
		if (n == 0) {
			return date;
		}
		int k = this.workingBefore[index(date) + 1] + n - 1;
		return LocalDate.ofEpochDay(BASE + workingDayAt(k));
	}

	/**
	 * The number of working days from {@code from} (included) to {@code toExclusive}
	 * (excluded).
	 */
	public int workingDaysBetween(LocalDate from, LocalDate toExclusive) {
		return workingBefore(index(toExclusive)) - workingBefore(index(from));
	}

	// ------------------------------------------------------------------ index, for
	// Deadlines

	int index(LocalDate date) {
		return index(date.toEpochDay());
	}

	int index(long epochDay) {
		long i = epochDay - BASE;
		if (i < 0 || i >= DAYS) {
			throw new CalendarRangeException(
					"date out of the range " + MIN + ".." + MAX + ": " + LocalDate.ofEpochDay(epochDay));
		}
		return (int) i;
	}

	boolean workingAt(int index) {
		return STATUSES[this.status[index]].working();
	}

	DayStatus statusAt(int index) {
		return STATUSES[this.status[index]];
	}

	int workingBefore(int index) {
		return this.workingBefore[index];
	}

	/** The day index of the k-th working day (0-based). */
	int workingDayAt(long k) {
		if (k < 0 || k >= this.workingDays.length) {
			throw new CalendarRangeException("beyond the range " + MIN + ".." + MAX);
		}
		return this.workingDays[(int) k];
	}

	static LocalDate dateAt(int index) {
		return LocalDate.ofEpochDay(BASE + index);
	}

}
