package vn.motcua.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.DayStatus;
import vn.motcua.calendar.ExplanationEntry;
import vn.motcua.calendar.Holiday;
import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.ScheduleEntry;
import vn.motcua.calendar.WorkingHours;

/**
 * Words for the calendar in the visitor's language (bundles {@code i18n/calendar_*}): why
 * a day is off or worked, each line of a due date's explanation, dates and times.
 */
@Component
public class CalendarTexts {

	private final MessageSource messages;

	CalendarTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale());
	}

	public String date(LocalDate date) {
		return DateTimeFormatter.ofPattern(message("calendar.format.date"), locale()).format(date);
	}

	/** "Tháng 2/2026", "February 2026". */
	public String month(YearMonth month) {
		return DateTimeFormatter.ofPattern(message("calendar.format.month"), locale()).format(month);
	}

	public String dateTime(LocalDateTime dateTime) {
		return DateTimeFormatter.ofPattern(message("calendar.format.date-time"), locale()).format(dateTime);
	}

	public String weekday(DayOfWeek day) {
		return message("calendar.weekday." + day.name());
	}

	public String holiday(Holiday holiday) {
		return message("calendar.holiday." + holiday.name());
	}

	/** "1/1 Bính Ngọ", "15/6 (nhuận) Ất Tỵ". */
	public String lunar(LunarDate lunar) {
		int[] sexagenary = LunarCalendar.sexagenary(lunar.year());
		String year = message("calendar.stem." + sexagenary[0]) + " " + message("calendar.branch." + sexagenary[1]);
		return message(lunar.leapMonth() ? "calendar.lunar.leap" : "calendar.lunar", lunar.day(), lunar.month(), year);
	}

	public String yearName(int lunarYear) {
		int[] sexagenary = LunarCalendar.sexagenary(lunarYear);
		return message("calendar.stem." + sexagenary[0]) + " " + message("calendar.branch." + sexagenary[1]);
	}

	/** Why a day is what it is; none for an ordinary working day. */
	public @Nullable String reason(LocalDate date, DayStatus status, @Nullable ScheduleEntry entry) {
		if (status == DayStatus.WORKING_DAY) {
			return null;
		}
		if (status == DayStatus.WEEKEND || entry == null) {
			return message("calendar.reason.weekend", weekday(date.getDayOfWeek()));
		}
		String holiday = (entry.holiday() == null || entry.holiday() == Holiday.OTHER)
				? ((entry.name() != null) ? entry.name() : message("calendar.holiday.OTHER"))
				: holiday(entry.holiday());
		return switch (status) {
			case HOLIDAY -> (entry.name() != null && entry.holiday() != Holiday.OTHER)
					? message("calendar.reason.holiday.detail", holiday, entry.name()) : holiday;
			case COMPENSATORY_DAY_OFF -> message("calendar.reason.compensatory", holiday);
			case SWAPPED_DAY_OFF ->
				(entry.pairedWith() != null) ? message("calendar.reason.swapped", holiday, date(entry.pairedWith()))
						: message("calendar.reason.swapped.plain", holiday);
			case ADDITIONAL_DAY_OFF -> message("calendar.reason.additional", holiday);
			case MAKE_UP_WORKING_DAY ->
				(entry.pairedWith() != null) ? message("calendar.reason.make-up", date(entry.pairedWith()))
						: message("calendar.reason.make-up.plain");
			default -> holiday;
		};
	}

	/** One line of a due date's explanation, as a sentence. */
	public String explanation(ExplanationEntry line, WorkingHours hours) {
		return switch (line.kind()) {
			case RECEIVED -> message("calendar.explain.RECEIVED", dateTime(required(line.at())), rule(line, hours));
			case COUNTING_STARTS -> message("calendar.explain.COUNTING_STARTS", dateTime(required(line.at())));
			case PAUSE -> message("calendar.explain.PAUSE", message("calendar.pause." + line.code()),
					dateTime(required(line.at())), dateTime(required(line.until())));
			case ROLLED_OVER -> message("calendar.explain.ROLLED_OVER", dateTime(required(line.until())));
			case DUE -> message("calendar.explain.DUE", dateTime(required(line.at())));
			case MAKE_UP_WORKING_DAY ->
				message("calendar.explain.counted", reason(line.date(), DayStatus.MAKE_UP_WORKING_DAY, line.entry()));
			default -> message("calendar.explain.skipped", reason(line.date(), status(line.kind()), line.entry()));
		};
	}

	private String rule(ExplanationEntry line, WorkingHours hours) {
		Object cutOff = (hours.cutOff() != null) ? hours.cutOff().toString() : "";
		return message("calendar.explain.rule." + line.code(), cutOff);
	}

	private static DayStatus status(ExplanationEntry.Kind kind) {
		return DayStatus.valueOf(kind.name());
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("explanation line without its instant");
		}
		return value;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
