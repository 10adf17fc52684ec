package vn.motcua.calendar;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Why a yearly schedule is inconsistent.
 *
 * @param code the machine code; the message key is {@code error.<code>}
 * @param date the day at fault, if one
 * @param other the other day involved (the duplicate, the missing partner), if any
 */
public record ScheduleViolation(String code, @Nullable LocalDate date, @Nullable LocalDate other) {

	public static final String OUTSIDE_YEAR = "calendar.schedule.outside-year";

	public static final String DUPLICATE_DATE = "calendar.schedule.duplicate-date";

	public static final String MAKE_UP_ON_DAY_OFF = "calendar.schedule.make-up-on-day-off";

	public static final String MAKE_UP_NOT_WEEKEND = "calendar.schedule.make-up-not-weekend";

	public static final String DAY_OFF_ON_WEEKEND = "calendar.schedule.day-off-on-weekend";

	public static final String HOLIDAY_UNNAMED = "calendar.schedule.holiday-unnamed";

	public static final String SWAP_UNPAIRED = "calendar.schedule.swap-unpaired";

	public static final String OUT_OF_RANGE = "calendar.schedule.year-out-of-range";

}
