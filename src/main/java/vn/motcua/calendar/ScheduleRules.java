package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The consistency rules of a yearly schedule. A schedule that breaks one is refused
 * whole, with the reasons; nothing is saved half-way.
 * <ul>
 * <li>every entry lies in the schedule's year, which lies in 1900–2199;</li>
 * <li>one entry per date (no overlapping entries); in particular a make-up working day
 * cannot fall on a holiday or another day off;</li>
 * <li>a make-up working day is a weekend day (a weekday is already worked);</li>
 * <li>a compensatory, swapped or additional day off is a weekday (a weekend day is
 * already off); a holiday may fall on any day;</li>
 * <li>a holiday says which one ({@link Holiday#OTHER} needs a name);</li>
 * <li>a swap is a pair: a swapped day off and a make-up working day of the same year
 * pointing at each other.</li>
 * </ul>
 */
public final class ScheduleRules {

	private ScheduleRules() {
	}

	public static List<ScheduleViolation> check(YearSchedule schedule) {
		List<ScheduleViolation> violations = new ArrayList<>();
		int year = schedule.year();
		if (year < LunarCalendar.MIN.getYear() || year > LunarCalendar.MAX.getYear()) {
			violations.add(new ScheduleViolation(ScheduleViolation.OUT_OF_RANGE, null, null));
			return violations;
		}
		Map<LocalDate, ScheduleEntry> byDate = new HashMap<>();
		for (ScheduleEntry entry : schedule.entries()) {
			LocalDate date = entry.date();
			if (date.getYear() != year) {
				violations.add(new ScheduleViolation(ScheduleViolation.OUTSIDE_YEAR, date, null));
				continue;
			}
			ScheduleEntry previous = byDate.putIfAbsent(date, entry);
			if (previous != null) {
				boolean makeUpClash = previous.kind().working() != entry.kind().working();
				violations.add(new ScheduleViolation(
						makeUpClash ? ScheduleViolation.MAKE_UP_ON_DAY_OFF : ScheduleViolation.DUPLICATE_DATE, date,
						null));
			}
			boolean weekend = WorkingCalendar.isWeekend(date);
			switch (entry.kind()) {
				case MAKE_UP_WORKING_DAY -> {
					if (!weekend) {
						violations.add(new ScheduleViolation(ScheduleViolation.MAKE_UP_NOT_WEEKEND, date, null));
					}
				}
				case COMPENSATORY_DAY_OFF, SWAPPED_DAY_OFF, ADDITIONAL_DAY_OFF -> {
					if (weekend) {
						violations.add(new ScheduleViolation(ScheduleViolation.DAY_OFF_ON_WEEKEND, date, null));
					}
				}
				case HOLIDAY -> {
					if (entry.holiday() == null || (entry.holiday() == Holiday.OTHER && entry.name() == null)) {
						violations.add(new ScheduleViolation(ScheduleViolation.HOLIDAY_UNNAMED, date, null));
					}
				}
			}
		}
		for (ScheduleEntry entry : schedule.entries()) {
			DayKind partnerKind = switch (entry.kind()) {
				case SWAPPED_DAY_OFF -> DayKind.MAKE_UP_WORKING_DAY;
				case MAKE_UP_WORKING_DAY -> DayKind.SWAPPED_DAY_OFF;
				default -> null;
			};
			if (partnerKind == null || entry.date().getYear() != year) {
				continue;
			}
			ScheduleEntry partner = (entry.pairedWith() != null) ? byDate.get(entry.pairedWith()) : null;
			if (partner == null || partner.kind() != partnerKind || !entry.date().equals(partner.pairedWith())) {
				violations
					.add(new ScheduleViolation(ScheduleViolation.SWAP_UNPAIRED, entry.date(), entry.pairedWith()));
			}
		}
		return violations;
	}

}
