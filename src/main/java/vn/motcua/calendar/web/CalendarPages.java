package vn.motcua.calendar.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.calendar.CalendarRangeException;
import vn.motcua.calendar.DayStatus;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.ScheduleEntry;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.WorkingHours;
import vn.motcua.calendar.YearSchedule;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.DomainException;

/**
 * The public pages: the working calendar of a year (holidays, make-up days, provisional
 * and unconfirmed entries, lunar dates) and the "when will my dossier be due" calculator.
 */
@Controller
class CalendarPages {

	/** One day in a month grid. */
	record DayCell(LocalDate date, int day, String lunar, String css, @Nullable String reason, boolean today) {
	}

	/** One month grid: weeks from Monday to Sunday, blanks outside the month. */
	record MonthView(String id, String title, List<List<@Nullable DayCell>> weeks) {
	}

	/** One entry of the year's schedule. */
	record EntryView(LocalDate date, String dateText, String weekday, String lunar, String kind, String reason,
			boolean working, boolean confirmed, @Nullable String source) {
	}

	/** One line of a due date's explanation. */
	record LineView(String date, String kind, String text) {
	}

	private final WorkingCalendars calendars;

	private final Agencies agencies;

	private final CalendarTexts texts;

	private final Clock clock;

	CalendarPages(WorkingCalendars calendars, Agencies agencies, CalendarTexts texts, Clock clock) {
		this.calendars = calendars;
		this.agencies = agencies;
		this.texts = texts;
		this.clock = clock;
	}

	@GetMapping("/calendar")
	String year(@RequestParam(required = false) @Nullable Integer year, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		int shown = (year != null) ? year : today.getYear();
		if (shown < WorkingCalendar.MIN.getYear() || shown > WorkingCalendar.MAX.getYear()) {
			throw DomainException.invalid("calendar.year.out-of-range", "year", shown, WorkingCalendar.MIN.getYear(),
					WorkingCalendar.MAX.getYear());
		}
		WorkingCalendar calendar = this.calendars.current();
		YearSchedule schedule = calendar.schedule(shown);
		List<EntryView> entries = new ArrayList<>();
		for (ScheduleEntry entry : schedule.entries()) {
			DayStatus status = calendar.status(entry.date());
			entries.add(new EntryView(entry.date(), this.texts.date(entry.date()),
					this.texts.weekday(entry.date().getDayOfWeek()),
					this.texts.lunar(LunarCalendar.toLunar(entry.date())),
					this.texts.message("calendar.status." + status.name()),
					this.texts.reason(entry.date(), status, entry), status.working(), entry.confirmed(),
					entry.source()));
		}
		List<MonthView> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			months.add(month(YearMonth.of(shown, month), calendar, today));
		}
		model.addAttribute("year", shown);
		model.addAttribute("yearName", this.texts.yearName(shown));
		model.addAttribute("tet", this.texts.date(LunarCalendar.newYear(shown)));
		model.addAttribute("schedule", schedule);
		model.addAttribute("entries", entries);
		model.addAttribute("unconfirmed", entries.stream().anyMatch((entry) -> !entry.confirmed()));
		model.addAttribute("months", months);
		model.addAttribute("weekdays", weekdays());
		model.addAttribute("previousYear", (shown > WorkingCalendar.MIN.getYear()) ? shown - 1 : null);
		model.addAttribute("nextYear", (shown < WorkingCalendar.MAX.getYear()) ? shown + 1 : null);
		return "calendar/year";
	}

	private MonthView month(YearMonth month, WorkingCalendar calendar, LocalDate today) {
		List<List<@Nullable DayCell>> weeks = new ArrayList<>();
		List<@Nullable DayCell> week = new ArrayList<>();
		for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
			week.add(null);
		}
		for (int day = 1; day <= month.lengthOfMonth(); day++) {
			LocalDate date = month.atDay(day);
			DayStatus status = calendar.status(date);
			LunarDate lunar = LunarCalendar.toLunar(date);
			String lunarText = (lunar.day() == 1)
					? lunar.day() + "/" + lunar.month()
							+ (lunar.leapMonth() ? this.texts.message("calendar.leap-mark") : "")
					: String.valueOf(lunar.day());
			week.add(new DayCell(date, day, lunarText, "day-" + status.name().toLowerCase().replace('_', '-'),
					this.texts.reason(date, status, calendar.entry(date)), date.equals(today)));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(null);
			}
			weeks.add(week);
		}
		return new MonthView("month-" + month.getMonthValue(), this.texts.month(month), weeks);
	}

	private List<Map<String, String>> weekdays() {
		List<Map<String, String>> days = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			days.add(Map.of("short", this.texts.message("calendar.weekday.short." + day.name()), "long",
					this.texts.weekday(day)));
		}
		return days;
	}

	@GetMapping("/calendar/due")
	String due(@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String time,
			@RequestParam(required = false) @Nullable String workingDays,
			@RequestParam(required = false) @Nullable String agency, Model model, HttpServletResponse response) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		boolean submitted = date != null || time != null || workingDays != null;
		model.addAttribute("date", (date != null) ? date : now.toLocalDate().toString());
		model.addAttribute("time", (time != null) ? time : "08:00");
		model.addAttribute("workingDays", (workingDays != null) ? workingDays : "");
		model.addAttribute("agency", (agency != null) ? agency : "");
		model.addAttribute("agencies", this.agencies.all());
		Map<String, String> errors = new LinkedHashMap<>();
		model.addAttribute("errors", errors);
		if (!submitted) {
			return "calendar/due";
		}
		LocalDate day = parse(errors, "date", date, LocalDate::parse);
		if (day != null && (day.isBefore(WorkingCalendar.MIN) || day.isAfter(WorkingCalendar.MAX))) {
			errors.put("date", this.texts.message("error.calendar.date.out-of-range", day, WorkingCalendar.MIN,
					WorkingCalendar.MAX));
		}
		LocalTime at = parse(errors, "time", time, LocalTime::parse);
		Integer days = parse(errors, "workingDays", workingDays, Integer::valueOf);
		if (days != null && (days < 0 || days > CalendarApi.MAX_WORKING_DAYS)) {
			errors.put("workingDays",
					this.texts.message("error.calendar.working-days.out-of-range", 0, CalendarApi.MAX_WORKING_DAYS));
		}
		String agencyCode = (agency == null || agency.isBlank()) ? null : agency;
		if (agencyCode != null && !this.agencies.exists(agencyCode)) {
			errors.put("agency", this.texts.message("error.calendar.agency.unknown", agencyCode));
		}
		if (errors.isEmpty() && day != null && at != null && days != null) {
			Deadlines deadlines = this.calendars.deadlines(agencyCode);
			try {
				Deadline deadline = deadlines.compute(LocalDateTime.of(day, at), TimeLimit.workingDays(days));
				model.addAttribute("due", this.texts.dateTime(deadline.due()));
				model.addAttribute("dueWeekday", this.texts.weekday(deadline.due().getDayOfWeek()));
				model.addAttribute("dueLunar", this.texts.lunar(LunarCalendar.toLunar(deadline.due().toLocalDate())));
				model.addAttribute("lines", lines(deadline, deadlines.hours()));
				model.addAttribute("hours", deadlines.hours());
				model.addAttribute("version", deadline.calendarVersion());
			}
			catch (CalendarRangeException ex) {
				errors.put("workingDays", this.texts.message("error.calendar.due.out-of-range", WorkingCalendar.MAX));
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return "calendar/due";
	}

	private List<LineView> lines(Deadline deadline, WorkingHours hours) {
		return deadline.explanation()
			.stream()
			.map((line) -> new LineView(this.texts.date(line.date()),
					line.kind().name().toLowerCase().replace('_', '-'), this.texts.explanation(line, hours)))
			.toList();
	}

	private interface Parser<T> {

		T parse(String text);

	}

	private <T> @Nullable T parse(Map<String, String> errors, String field, @Nullable String text, Parser<T> parser) {
		if (text == null || text.isBlank()) {
			errors.put(field, this.texts.message("error.calendar.form.required"));
			return null;
		}
		try {
			return parser.parse(text.strip());
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			errors.put(field, this.texts.message("error.calendar.form.malformed." + field));
			return null;
		}
	}

}
