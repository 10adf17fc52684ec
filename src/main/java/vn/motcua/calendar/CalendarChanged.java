package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.shared.AuditableEvent;

/**
 * An administrator confirmed a change to one year's schedule of days off.
 *
 * @param year the year changed
 * @param previousVersion the version replaced (0 for a provisional schedule)
 * @param version the new version
 * @param changedDates the days whose working status or reason changed
 * @param actor who confirmed it
 * @param summary what changed, in short
 */
public record CalendarChanged(int year, int previousVersion, int version, List<LocalDate> changedDates, String actor,
		String summary) implements AuditableEvent {

	public CalendarChanged {
		changedDates = List.copyOf(changedDates);
	}

	@Override
	public String auditAction() {
		return "calendar.changed";
	}

	@Override
	public String auditSubject() {
		return "calendar:" + this.year;
	}

	@Override
	public String auditActor() {
		return this.actor;
	}

	@Override
	public String auditDetails() {
		return "version " + this.previousVersion + " → " + this.version + ": " + this.summary;
	}

}
