package vn.motcua.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import vn.motcua.calendar.AffectedDeadline;
import vn.motcua.calendar.CalendarChange;
import vn.motcua.calendar.CalendarChanged;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.DayStatus;
import vn.motcua.calendar.DeadlineDependents;
import vn.motcua.calendar.ScheduleEntry;
import vn.motcua.calendar.ScheduleRules;
import vn.motcua.calendar.ScheduleViolation;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.YearSchedule;
import vn.motcua.shared.DomainException;

/**
 * An administrator's changes to a year's schedule, in two steps: {@link #preview} shows
 * what the change does (entries added and removed, days whose status changes, the due
 * dates of other modules it would move, or why it is refused) and changes nothing;
 * {@link #confirm} stores it as a new version if the year has not changed meanwhile, and
 * publishes {@link CalendarChanged}. Nothing is recomputed silently.
 */
@Service
public class ScheduleAdministration {

	/**
	 * A proposed change: entries to add and dates whose entry to remove (removing one day
	 * of a swap removes its partner), against the version the administrator saw.
	 */
	public record Edit(int year, int baseVersion, List<ScheduleEntry> additions, List<LocalDate> removals) {

		public Edit {
			additions = List.copyOf(additions);
			removals = List.copyOf(removals);
		}

	}

	/** A day whose status or reason the change alters. */
	public record DayChange(LocalDate date, DayStatus before, DayStatus after, @Nullable ScheduleEntry beforeEntry,
			@Nullable ScheduleEntry afterEntry) {

		public boolean workingChanged() {
			return this.before.working() != this.after.working();
		}

	}

	/** What a change would do, or why it is refused. */
	public record Preview(Edit edit, YearSchedule current, YearSchedule proposed, List<ScheduleEntry> added,
			List<ScheduleEntry> removed, List<DayChange> changes, List<AffectedDeadline> affected,
			List<ScheduleViolation> violations) {

		public boolean acceptable() {
			return this.violations.isEmpty();
		}

	}

	public static final String STALE = "calendar.schedule.stale";

	public static final String NO_ENTRY = "calendar.schedule.no-entry";

	public static final String NOTHING = "calendar.schedule.nothing-to-change";

	private final DefaultWorkingCalendars calendars;

	private final CalendarStore store;

	private final ObjectProvider<DeadlineDependents> dependents;

	private final ApplicationEventPublisher events;

	private final TransactionOperations transactions;

	private final Clock clock;

	ScheduleAdministration(DefaultWorkingCalendars calendars, CalendarStore store,
			ObjectProvider<DeadlineDependents> dependents, ApplicationEventPublisher events,
			TransactionOperations transactions, Clock clock) {
		this.calendars = calendars;
		this.store = store;
		this.dependents = dependents;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The schedule of a year as it stands, with its version (0: provisional). */
	public YearSchedule schedule(int year) {
		requireYear(year);
		return this.calendars.current().schedule(year);
	}

	public List<CalendarStore.Revision> revisions(int year) {
		requireYear(year);
		return this.store.revisions(year);
	}

	/** How many modules are asked about the deadlines a change would move. */
	public int dependentCount() {
		return (int) this.dependents.orderedStream().count();
	}

	/** What the change would do; changes nothing. */
	public Preview preview(Edit edit) {
		requireYear(edit.year());
		WorkingCalendar current = this.calendars.current();
		YearSchedule schedule = current.schedule(edit.year());
		List<ScheduleViolation> violations = new ArrayList<>();
		if (edit.baseVersion() != schedule.version()) {
			violations.add(new ScheduleViolation(STALE, null, null));
		}
		if (edit.additions().isEmpty() && edit.removals().isEmpty()) {
			violations.add(new ScheduleViolation(NOTHING, null, null));
		}
		Map<LocalDate, ScheduleEntry> byDate = new TreeMap<>();
		schedule.entries().forEach((entry) -> byDate.put(entry.date(), entry));
		Set<LocalDate> toRemove = new HashSet<>();
		for (LocalDate date : edit.removals()) {
			ScheduleEntry entry = byDate.get(date);
			if (entry == null) {
				violations.add(new ScheduleViolation(NO_ENTRY, date, null));
				continue;
			}
			toRemove.add(date);
			boolean swap = entry.kind() == DayKind.SWAPPED_DAY_OFF || entry.kind() == DayKind.MAKE_UP_WORKING_DAY;
			if (swap && entry.pairedWith() != null && byDate.containsKey(entry.pairedWith())) {
				toRemove.add(entry.pairedWith());
			}
		}
		List<ScheduleEntry> removed = new ArrayList<>();
		List<ScheduleEntry> entries = new ArrayList<>();
		for (ScheduleEntry entry : schedule.entries()) {
			if (toRemove.contains(entry.date())) {
				removed.add(entry);
			}
			else {
				entries.add(entry);
			}
		}
		entries.addAll(edit.additions());
		YearSchedule proposed = new YearSchedule(edit.year(), schedule.version() + 1, false,
				schedule.provisional() ? null : schedule.source(), entries);
		violations.addAll(ScheduleRules.check(proposed));
		if (!violations.isEmpty()) {
			return new Preview(edit, schedule, proposed, edit.additions(), removed, List.of(), List.of(),
					List.copyOf(violations));
		}
		WorkingCalendar next = current.with(proposed);
		List<DayChange> changes = new ArrayList<>();
		for (LocalDate day = LocalDate.of(edit.year(), 1, 1); day.getYear() == edit.year(); day = day.plusDays(1)) {
			DayStatus before = current.status(day);
			DayStatus after = next.status(day);
			ScheduleEntry beforeEntry = current.entry(day);
			ScheduleEntry afterEntry = next.entry(day);
			if (before != after || !Objects.equals(beforeEntry, afterEntry)) {
				changes.add(new DayChange(day, before, after, beforeEntry, afterEntry));
			}
		}
		CalendarChange change = new CalendarChange(edit.year(), schedule.version(),
				changes.stream().map(DayChange::date).toList(), current, next);
		List<AffectedDeadline> affected = this.dependents.orderedStream()
			.flatMap((dependent) -> dependent.affectedBy(change).stream())
			.toList();
		return new Preview(edit, schedule, proposed, edit.additions(), removed, changes, affected, List.of());
	}

	/**
	 * Stores the change as the year's next version and publishes {@link CalendarChanged}.
	 * @throws DomainException if the change is inconsistent, or the year changed since
	 * the administrator saw it
	 */
	public CalendarChanged confirm(Edit edit, String actor) {
		Preview preview = preview(edit);
		if (!preview.acceptable()) {
			ScheduleViolation first = preview.violations().get(0);
			if (STALE.equals(first.code())) {
				throw DomainException.conflict(STALE, "baseVersion");
			}
			throw DomainException.invalid(first.code(), "date", (first.date() != null) ? first.date() : "");
		}
		CalendarChanged changed = new CalendarChanged(edit.year(), preview.current().version(),
				preview.proposed().version(), preview.changes().stream().map(DayChange::date).toList(), actor,
				summary(preview));
		this.transactions.executeWithoutResult((status) -> {
			if (!this.store.replace(preview.proposed(), preview.current().version(), actor, this.clock.instant(),
					changed.summary())) {
				throw DomainException.conflict(STALE, "baseVersion");
			}
			this.events.publishEvent(changed);
		});
		this.calendars.reload();
		return changed;
	}

	private static String summary(Preview preview) {
		StringJoiner joiner = new StringJoiner("; ");
		preview.removed().forEach((entry) -> joiner.add("-" + entry.date() + " " + entry.kind()));
		preview.added()
			.forEach((entry) -> joiner.add("+" + entry.date() + " " + entry.kind()
					+ ((entry.holiday() != null) ? " " + entry.holiday() : "")));
		return joiner.toString();
	}

	public static void requireYear(int year) {
		if (year < WorkingCalendar.MIN.getYear() || year > WorkingCalendar.MAX.getYear()) {
			throw DomainException.invalid("calendar.year.out-of-range", "year", year, WorkingCalendar.MIN.getYear(),
					WorkingCalendar.MAX.getYear());
		}
	}

}
