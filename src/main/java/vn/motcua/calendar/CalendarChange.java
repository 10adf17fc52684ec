package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A change to one year's schedule that an administrator proposes: what modules counting
 * deadlines need to find the due dates it would move.
 *
 * @param year the year changed
 * @param fromVersion the version of the schedule being replaced (0 for a provisional one)
 * @param changedDates the days whose working status or reason changes
 * @param current the calendar in force
 * @param proposed the calendar as it would be after the change; recompute with it
 */
public record CalendarChange(int year, int fromVersion, List<LocalDate> changedDates, WorkingCalendar current,
		WorkingCalendar proposed) {

	public CalendarChange {
		changedDates = List.copyOf(changedDates);
	}

	/** Whether working days change at all (a renamed holiday moves no due date). */
	public boolean movesWorkingDays() {
		for (LocalDate date : this.changedDates) {
			if (this.current.isWorkingDay(date) != this.proposed.isWorkingDay(date)) {
				return true;
			}
		}
		return false;
	}

}
