package vn.motcua.calendar;

import java.util.List;

/**
 * Extension point for the modules that count deadlines with this calendar (dossiers,
 * feedback): before an administrator confirms a schedule change, the calendar asks every
 * bean implementing this interface which of its due dates the change would move, and
 * shows the list. Once confirmed, {@link CalendarChanged} is published; recomputing is
 * the dependent's job, never done silently by the calendar.
 */
public interface DeadlineDependents {

	/** The deadlines the change would move; empty when none. Must not change anything. */
	List<AffectedDeadline> affectedBy(CalendarChange change);

}
