package vn.motcua.calendar;

import java.time.LocalDate;

/**
 * One month of the lunar calendar: from the day of a new moon to the day before the next.
 *
 * @param year the lunar year it belongs to
 * @param month its number, 1–12
 * @param leap whether it is the leap month
 * @param firstDay the solar date of its first day (mùng 1)
 * @param length 29 or 30 days
 */
public record LunarMonth(int year, int month, boolean leap, LocalDate firstDay, int length) {

	public LocalDate lastDay() {
		return this.firstDay.plusDays(this.length - 1L);
	}

}
