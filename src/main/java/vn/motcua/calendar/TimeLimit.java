package vn.motcua.calendar;

import java.util.Objects;

/**
 * A processing time as stated in a procedure: so many working days, working hours or
 * calendar days.
 *
 * @param amount how many units, 0 or more (0 working days: within the counting day)
 * @param unit the unit
 */
public record TimeLimit(int amount, Unit unit) {

	/** The units in which Vietnamese procedures state their processing times. */
	public enum Unit {

		/** Ngày làm việc: each one a full working day of the agency's hours. */
		WORKING_DAYS,

		/** Giờ làm việc: hours within the agency's working hours. */
		WORKING_HOURS,

		/**
		 * Ngày (calendar days); a period ending on a non-working day ends on the next
		 * working day.
		 */
		CALENDAR_DAYS

	}

	public TimeLimit {
		Objects.requireNonNull(unit, "unit");
		if (amount < 0) {
			throw new IllegalArgumentException("negative time limit: " + amount);
		}
	}

	public static TimeLimit workingDays(int days) {
		return new TimeLimit(days, Unit.WORKING_DAYS);
	}

	public static TimeLimit workingHours(int hours) {
		return new TimeLimit(hours, Unit.WORKING_HOURS);
	}

	public static TimeLimit calendarDays(int days) {
		return new TimeLimit(days, Unit.CALENDAR_DAYS);
	}

}
