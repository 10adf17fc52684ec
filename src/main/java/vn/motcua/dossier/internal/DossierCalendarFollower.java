package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.AffectedDeadline;
import vn.motcua.calendar.CalendarChange;
import vn.motcua.calendar.CalendarChanged;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.DeadlineDependents;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierAction;

/**
 * Keeps appointments right when the official schedule of days off changes: before an
 * administrator confirms, lists the running dossiers whose appointment would move; once
 * confirmed, moves them and writes it in each dossier's history (never silently). A date
 * promised in an apology letter is a fixed date and does not move; paused dossiers get
 * their new date when the clock resumes.
 */
@Component
class DossierCalendarFollower implements DeadlineDependents {

	private final DossierStore store;

	private final DossierWorkflow workflow;

	private final WorkingCalendars calendars;

	private final Clock clock;

	DossierCalendarFollower(DossierStore store, DossierWorkflow workflow, WorkingCalendars calendars, Clock clock) {
		this.store = store;
		this.workflow = workflow;
		this.calendars = calendars;
		this.clock = clock;
	}

	@Override
	public List<AffectedDeadline> affectedBy(CalendarChange change) {
		if (!change.movesWorkingDays() || change.changedDates().isEmpty()) {
			return List.of();
		}
		List<AffectedDeadline> affected = new ArrayList<>();
		for (Dossier dossier : candidates(change.changedDates())) {
			Deadlines hours = this.workflow.deadlines(dossier);
			Instant current = due(dossier, Deadlines.of(change.current(), hours.hours()));
			Instant proposed = due(dossier, Deadlines.of(change.proposed(), hours.hours()));
			if (current != null && proposed != null && !current.equals(proposed)) {
				affected.add(new AffectedDeadline(dossier.requireCode(), dossier.agencyCode,
						DossierWorkflow.local(current), DossierWorkflow.local(proposed)));
			}
		}
		return affected;
	}

	@ApplicationModuleListener
	void on(CalendarChanged changed) {
		WorkingCalendar calendar = this.calendars.asOf(changed.year() + ":" + changed.version());
		for (Dossier dossier : candidates(changed.changedDates())) {
			Deadlines deadlines = Deadlines.of(calendar, this.workflow.deadlines(dossier).hours());
			Deadline deadline = DossierWorkflow.computeDue(dossier, deadlines);
			if (deadline == null) {
				continue;
			}
			Instant due = DossierWorkflow.instant(deadline.due());
			if (due.equals(dossier.dueAt) || !this.store.claim(dossier)) {
				continue;
			}
			Instant before = dossier.dueAt;
			dossier.dueAt = due;
			dossier.calendarVersion = deadline.calendarVersion();
			if (this.store.update(dossier)) {
				this.workflow.record(dossier, DossierAction.DUE_MOVED, dossier.status, dossier.currentStep,
						Actor.system(), this.clock.instant(), "Lịch nghỉ năm " + changed.year() + " (phiên bản "
								+ changed.version() + "): " + local(before) + " → " + local(due));
			}
		}
	}

	/**
	 * Running, unpaused dossiers without an apology whose counting window may include one
	 * of the changed days.
	 */
	private List<Dossier> candidates(List<LocalDate> changedDates) {
		LocalDate first = Collections.min(changedDates);
		LocalDate last = Collections.max(changedDates);
		return this.store.findRunning(last.plusDays(1).atStartOfDay(Deadlines.VIETNAM).toInstant(),
				first.minusDays(1).atStartOfDay(Deadlines.VIETNAM).toInstant());
	}

	private static @Nullable Instant due(Dossier dossier, Deadlines deadlines) {
		Deadline deadline = DossierWorkflow.computeDue(dossier, deadlines);
		return (deadline != null) ? DossierWorkflow.instant(deadline.due()) : null;
	}

	private static String local(@Nullable Instant instant) {
		if (instant == null) {
			return "-";
		}
		LocalDateTime local = DossierWorkflow.local(instant);
		return local.toLocalDate() + " " + local.toLocalTime();
	}

}
