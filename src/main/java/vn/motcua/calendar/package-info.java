/**
 * Calendar: the Vietnamese lunar calendar (computed astronomically at UTC+7), statutory
 * holidays and the yearly official schedules of days off and make-up working days,
 * working hours per agency, and deadline arithmetic in working days or hours with pauses
 * and explanations.
 * <p>
 * The computation types ({@link vn.motcua.calendar.LunarCalendar},
 * {@link vn.motcua.calendar.WorkingCalendar}, {@link vn.motcua.calendar.Deadlines}) are
 * pure Java, free of Spring; {@link vn.motcua.calendar.WorkingCalendars} is the bean
 * other modules ask for the calendar in force, and
 * {@link vn.motcua.calendar.DeadlineDependents} is the extension point through which
 * modules that count deadlines tell the calendar which due dates a schedule change would
 * move.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization" })
@NullMarked
package vn.motcua.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
