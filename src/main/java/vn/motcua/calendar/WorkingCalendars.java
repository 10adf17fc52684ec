package vn.motcua.calendar;

import org.jspecify.annotations.Nullable;

/**
 * The calendar in force, for other modules: the current {@link WorkingCalendar} snapshot,
 * an agency's working hours, and deadline arithmetic with both.
 */
public interface WorkingCalendars {

	/** The working days in force now (refreshed when an administrator changes a year). */
	WorkingCalendar current();

	/**
	 * The working hours of an agency's desk: its own, else those of the nearest agency
	 * above it that has some, else the configured default; the default for none.
	 * @throws vn.motcua.shared.DomainException {@code calendar.agency.unknown} for an
	 * unknown agency code
	 */
	WorkingHours hoursOf(@Nullable String agencyCode);

	/**
	 * The calendar as it was for a computation, from the versions it recorded
	 * ({@link Deadline#calendarVersion()}, e.g. {@code 2025:2,2026:1}): reproduces a due
	 * date after its years' schedules changed. Years not named are as in force now.
	 * @throws vn.motcua.shared.DomainException {@code calendar.version.unknown} for a
	 * version never stored
	 */
	WorkingCalendar asOf(String calendarVersion);

	/** Deadline arithmetic with the calendar in force and the agency's hours. */
	default Deadlines deadlines(@Nullable String agencyCode) {
		return Deadlines.of(current(), hoursOf(agencyCode));
	}

}
