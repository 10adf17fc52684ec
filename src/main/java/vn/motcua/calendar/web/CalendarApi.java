package vn.motcua.calendar.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.calendar.CalendarRangeException;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.ExplanationEntry;
import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.shared.DomainException;

/**
 * The public calendar API (stable contract): lunar dates, working days with their
 * reasons, and due dates with their explanation. All times are Vietnam wall-clock times
 * (Asia/Ho_Chi_Minh), whatever the server's zone.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

	/** The longest range {@code /days} answers: three years. */
	static final int MAX_YEARS = 3;

	/** The largest number of working days {@code /due} counts. */
	static final int MAX_WORKING_DAYS = 1000;

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	record LunarView(String date, int lunarDay, int lunarMonth, int lunarYear, boolean leapMonth) {
	}

	record DayView(String date, boolean working, @Nullable String reason) {
	}

	record ExplanationView(String date, String kind, String reason) {
	}

	record DueView(String due, List<ExplanationView> explanation) {
	}

	private final WorkingCalendars calendars;

	private final CalendarTexts texts;

	CalendarApi(WorkingCalendars calendars, CalendarTexts texts) {
		this.calendars = calendars;
		this.texts = texts;
	}

	@GetMapping("/lunar")
	LunarView lunar(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		requireInRange(date, "date");
		LunarDate lunar = LunarCalendar.toLunar(date);
		return new LunarView(date.toString(), lunar.day(), lunar.month(), lunar.year(), lunar.leapMonth());
	}

	@GetMapping("/days")
	List<DayView> days(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		requireInRange(from, "from");
		requireInRange(to, "to");
		if (to.isBefore(from)) {
			throw DomainException.invalid("calendar.range.reversed", "to", from, to);
		}
		if (!to.isBefore(from.plusYears(MAX_YEARS))) {
			throw DomainException.invalid("calendar.range.too-long", "to", MAX_YEARS);
		}
		WorkingCalendar calendar = this.calendars.current();
		List<DayView> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			var status = calendar.status(day);
			days.add(
					new DayView(day.toString(), status.working(), this.texts.reason(day, status, calendar.entry(day))));
		}
		return days;
	}

	@GetMapping("/due")
	DueView due(@RequestParam String start, @RequestParam int workingDays,
			@RequestParam(required = false) @Nullable String agency) {
		LocalDateTime received = parseStart(start);
		requireInRange(received.toLocalDate(), "start");
		if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
			throw DomainException.invalid("calendar.working-days.out-of-range", "workingDays", 0, MAX_WORKING_DAYS);
		}
		Deadlines deadlines = this.calendars.deadlines(agency);
		Deadline deadline;
		try {
			deadline = deadlines.compute(received, TimeLimit.workingDays(workingDays));
		}
		catch (CalendarRangeException ex) {
			throw DomainException.invalid("calendar.due.out-of-range", "workingDays", WorkingCalendar.MAX);
		}
		List<ExplanationView> lines = deadline.explanation()
			.stream()
			.map((line) -> explanation(line, deadlines))
			.toList();
		return new DueView(DATE_TIME.format(deadline.due()), lines);
	}

	private ExplanationView explanation(ExplanationEntry line, Deadlines deadlines) {
		return new ExplanationView(line.date().toString(), line.kind().name(),
				this.texts.explanation(line, deadlines.hours()));
	}

	/**
	 * A Vietnam wall-clock time, {@code 2026-02-10T09:30[:00]}; an instant with an offset
	 * ({@code …+07:00}, {@code …Z}) is converted to Vietnam time.
	 */
	static LocalDateTime parseStart(String start) {
		try {
			return LocalDateTime.parse(start);
		}
		catch (DateTimeParseException ex) {
			try {
				return OffsetDateTime.parse(start).atZoneSameInstant(Deadlines.VIETNAM).toLocalDateTime();
			}
			catch (DateTimeParseException again) {
				throw DomainException.invalid("calendar.start.malformed", "start", start);
			}
		}
	}

	static void requireInRange(LocalDate date, String field) {
		if (date.isBefore(WorkingCalendar.MIN) || date.isAfter(WorkingCalendar.MAX)) {
			throw DomainException.invalid("calendar.date.out-of-range", field, date, WorkingCalendar.MIN,
					WorkingCalendar.MAX);
		}
	}

}
