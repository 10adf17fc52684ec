package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One day of a yearly schedule that differs from the weekly pattern.
 *
 * @param date the day
 * @param kind what the day becomes
 * @param holiday the holiday this day is, compensates or belongs to (required for a
 * {@link DayKind#HOLIDAY})
 * @param name a name for an {@link Holiday#OTHER} day, or a precision ("ngày liền kề")
 * @param pairedWith for a swap, the other day of the pair
 * @param source the document or page the entry rests on (notice number, decision,
 * statute)
 * @param confirmed false when the sources found do not settle the entry (UNCONFIRMED):
 * shown as such on the public calendar
 */
public record ScheduleEntry(LocalDate date, DayKind kind, @Nullable Holiday holiday, @Nullable String name,
		@Nullable LocalDate pairedWith, @Nullable String source, boolean confirmed) {

	public ScheduleEntry {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		name = blankToNull(name);
		source = blankToNull(source);
	}

	public static ScheduleEntry holiday(LocalDate date, Holiday holiday, @Nullable String source, boolean confirmed) {
		return new ScheduleEntry(date, DayKind.HOLIDAY, holiday, null, null, source, confirmed);
	}

	public ScheduleEntry withDate(LocalDate newDate) {
		return new ScheduleEntry(newDate, this.kind, this.holiday, this.name, this.pairedWith, this.source,
				this.confirmed);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
