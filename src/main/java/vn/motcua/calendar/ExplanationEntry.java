package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One line of the explanation of a due date: a day skipped and why, a make-up working day
 * counted, a pause, how the start was set.
 *
 * @param date the day concerned
 * @param kind what happened
 * @param at the instant concerned (receipt, start of counting, start of a pause, due)
 * @param until the end of a pause, or the date a due date was moved from
 * @param entry the schedule entry behind a holiday, day off or make-up day
 * @param code the {@link StartRule} of a receipt or the {@link Pause.Reason} of a pause
 */
public record ExplanationEntry(LocalDate date, Kind kind, @Nullable LocalDateTime at, @Nullable LocalDateTime until,
		@Nullable ScheduleEntry entry, @Nullable String code) {

	/** What a line of an explanation says. */
	public enum Kind {

		RECEIVED, COUNTING_STARTS, WEEKEND, HOLIDAY, COMPENSATORY_DAY_OFF, SWAPPED_DAY_OFF, ADDITIONAL_DAY_OFF,
		MAKE_UP_WORKING_DAY, PAUSE, ROLLED_OVER, DUE;

		static Kind of(DayStatus status) {
			return switch (status) {
				case WEEKEND -> WEEKEND;
				case HOLIDAY -> HOLIDAY;
				case COMPENSATORY_DAY_OFF -> COMPENSATORY_DAY_OFF;
				case SWAPPED_DAY_OFF -> SWAPPED_DAY_OFF;
				case ADDITIONAL_DAY_OFF -> ADDITIONAL_DAY_OFF;
				case MAKE_UP_WORKING_DAY -> MAKE_UP_WORKING_DAY;
				case WORKING_DAY -> throw new IllegalArgumentException("an ordinary working day needs no explanation");
			};
		}

	}

}
