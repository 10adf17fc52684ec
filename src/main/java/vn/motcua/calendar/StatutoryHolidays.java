package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The candidate days off of a year under the Labour Code 2019 (45/2019/QH14), for the
 * years without an official schedule. Art. 112 fixes the holidays; Art. 112(3) leaves the
 * five Tết days and the day next to 2 September to the Prime Minister's yearly decision,
 * so those are <b>guesses</b> and the whole schedule is provisional:
 * <ul>
 * <li>Tết: the last day of the old lunar year and the first four days of the new one (the
 * placement of the 2025 and 2026 decisions);</li>
 * <li>Quốc khánh: the weekday next to 2 September that joins it to a weekend when there
 * is one (Friday 1/9 in 2023, Tuesday 3/9 in 2024, Monday 1/9 in 2025), otherwise 1
 * September;</li>
 * <li>Art. 111(3): each holiday that falls on a weekly rest day (Saturday or Sunday for
 * public servants) gives a compensatory day off on the next working day after the run of
 * holidays; a day holding two holidays gives one as well.</li>
 * </ul>
 */
public final class StatutoryHolidays {

	/** The legal basis written into each generated entry. */
	public static final String SOURCE = "BLLĐ 2019 Đ.111–112";

	private StatutoryHolidays() {
	}

	/** The provisional schedule of a year: version 0, every entry unconfirmed. */
	public static YearSchedule candidates(int year) {
		Map<LocalDate, List<Holiday>> holidays = new TreeMap<>();
		add(holidays, LocalDate.of(year, Month.JANUARY, 1), Holiday.NEW_YEAR);
		LocalDate tet = LunarCalendar.newYear(year);
		for (int i = -1; i <= 3; i++) {
			add(holidays, tet.plusDays(i), Holiday.LUNAR_NEW_YEAR);
		}
		add(holidays, LunarCalendar.toSolar(LunarDate.of(year, 3, 10)), Holiday.HUNG_KINGS);
		add(holidays, LocalDate.of(year, Month.APRIL, 30), Holiday.REUNIFICATION_DAY);
		add(holidays, LocalDate.of(year, Month.MAY, 1), Holiday.LABOUR_DAY);
		LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
		add(holidays, nationalDay, Holiday.NATIONAL_DAY);
		add(holidays, adjacentNationalDay(nationalDay), Holiday.NATIONAL_DAY);

		List<ScheduleEntry> entries = new ArrayList<>();
		Set<LocalDate> taken = new HashSet<>(holidays.keySet());
		for (Map.Entry<LocalDate, List<Holiday>> day : holidays.entrySet()) {
			LocalDate date = day.getKey();
			Holiday first = day.getValue().get(0);
			entries.add(new ScheduleEntry(date, DayKind.HOLIDAY, first, null, null, SOURCE, false));
			// a weekend holiday is owed a day; so is each further holiday on the same
			// date
			int firstOwed = WorkingCalendar.isWeekend(date) ? 0 : 1;
			for (int i = firstOwed; i < day.getValue().size(); i++) {
				Holiday compensated = day.getValue().get(i);
				LocalDate off = nextFreeWeekday(date, taken);
				taken.add(off);
				entries
					.add(new ScheduleEntry(off, DayKind.COMPENSATORY_DAY_OFF, compensated, null, date, SOURCE, false));
			}
		}
		entries.removeIf((entry) -> entry.date().getYear() != year);
		return new YearSchedule(year, 0, true, SOURCE, entries);
	}

	static LocalDate adjacentNationalDay(LocalDate nationalDay) {
		DayOfWeek day = nationalDay.getDayOfWeek();
		return switch (day) {
			case MONDAY, THURSDAY, SUNDAY -> nationalDay.plusDays(1);
			default -> nationalDay.minusDays(1);
		};
	}

	private static void add(Map<LocalDate, List<Holiday>> holidays, LocalDate date, Holiday holiday) {
		holidays.computeIfAbsent(date, (d) -> new ArrayList<>(2)).add(holiday);
	}

	private static LocalDate nextFreeWeekday(LocalDate date, Set<LocalDate> taken) {
		LocalDate next = date.plusDays(1);
		while (WorkingCalendar.isWeekend(next) || taken.contains(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

}
