package vn.motcua.calendar.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.calendar.CalendarChanged;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.DayStatus;
import vn.motcua.calendar.Holiday;
import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.ScheduleEntry;
import vn.motcua.calendar.ScheduleViolation;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.YearSchedule;
import vn.motcua.calendar.internal.ScheduleAdministration;
import vn.motcua.calendar.internal.ScheduleAdministration.DayChange;
import vn.motcua.calendar.internal.ScheduleAdministration.Edit;
import vn.motcua.calendar.internal.ScheduleAdministration.Preview;
import vn.motcua.shared.DomainException;

/**
 * System administrators edit a year's schedule: add days off or holidays (one day or a
 * run of days), swap a working day for a make-up Saturday, remove an entry. Each change
 * is first previewed — the entries added and removed, the days that change, the due dates
 * other modules say it would move, or the reasons it is refused — and only stored when
 * confirmed.
 */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class CalendarAdminPages {

	/** The longest run of days one "add" may cover. */
	static final int MAX_RUN = 31;

	/**
	 * The fields of the three edit forms, as typed (kept to show them back).
	 *
	 * @param op {@code add}, {@code swap} or {@code remove}
	 */
	record EditForm(@Nullable String op, @Nullable Integer baseVersion, @Nullable String kind, @Nullable String from,
			@Nullable String to, @Nullable String holiday, @Nullable String name, @Nullable String source,
			@Nullable Boolean confirmed, @Nullable String dayOff, @Nullable String makeUpDay, @Nullable String date) {

		static EditForm empty() {
			return new EditForm(null, null, null, null, null, null, null, null, true, null, null, null);
		}

		/** The non-empty fields, to carry from the preview to the confirmation. */
		Map<String, String> hidden() {
			Map<String, String> fields = new LinkedHashMap<>();
			put(fields, "op", this.op);
			put(fields, "baseVersion", (this.baseVersion != null) ? this.baseVersion.toString() : null);
			put(fields, "kind", this.kind);
			put(fields, "from", this.from);
			put(fields, "to", this.to);
			put(fields, "holiday", this.holiday);
			put(fields, "name", this.name);
			put(fields, "source", this.source);
			put(fields, "confirmed", Boolean.TRUE.equals(this.confirmed) ? "true" : "false");
			put(fields, "dayOff", this.dayOff);
			put(fields, "makeUpDay", this.makeUpDay);
			put(fields, "date", this.date);
			return fields;
		}

		private static void put(Map<String, String> fields, String key, @Nullable String value) {
			if (value != null && !value.isBlank()) {
				fields.put(key, value);
			}
		}

	}

	/** An entry as the edit page lists it. */
	record EntryRow(LocalDate date, String dateText, String weekday, String lunar, String kind, String reason,
			boolean confirmed, @Nullable String source) {
	}

	/** A changed day as the preview lists it. */
	record ChangeRow(String date, String before, String after, boolean workingChanged) {
	}

	private final ScheduleAdministration administration;

	private final CalendarTexts texts;

	private final Clock clock;

	CalendarAdminPages(ScheduleAdministration administration, CalendarTexts texts, Clock clock) {
		this.administration = administration;
		this.texts = texts;
		this.clock = clock;
	}

	@GetMapping
	String years(Model model) {
		int thisYear = LocalDate.now(this.clock).getYear();
		List<Map<String, Object>> years = new ArrayList<>();
		for (int year = thisYear - 3; year <= thisYear + 2; year++) {
			YearSchedule schedule = this.administration.schedule(year);
			years.add(Map.of("year", year, "version", schedule.version(), "provisional", schedule.provisional(),
					"entries", schedule.entries().size()));
		}
		model.addAttribute("years", years);
		model.addAttribute("thisYear", thisYear);
		return "calendar/admin/years";
	}

	@GetMapping("/open")
	String open(@RequestParam int year) {
		ScheduleAdministration.requireYear(year);
		return "redirect:/admin/calendar/" + year;
	}

	@GetMapping("/{year}")
	String year(@PathVariable int year, Model model) {
		return editPage(year, EditForm.empty(), Map.of(), List.of(), model);
	}

	@PostMapping("/{year}/preview")
	String preview(@PathVariable int year, @ModelAttribute EditForm form, Model model, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		Edit edit = edit(year, form, errors);
		if (edit == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return editPage(year, form, errors, List.of(), model);
		}
		Preview preview = this.administration.preview(edit);
		if (!preview.acceptable()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return editPage(year, form, errors, violations(preview.violations()), model);
		}
		model.addAttribute("year", year);
		model.addAttribute("hidden", form.hidden());
		model.addAttribute("added", preview.added().stream().map(this::row).toList());
		model.addAttribute("removed", preview.removed().stream().map(this::row).toList());
		model.addAttribute("changes", preview.changes().stream().map(this::change).toList());
		model.addAttribute("affected", preview.affected());
		model.addAttribute("dependents", this.administration.dependentCount());
		model.addAttribute("current", preview.current());
		model.addAttribute("nextVersion", preview.proposed().version());
		return "calendar/admin/preview";
	}

	@PostMapping("/{year}/confirm")
	String confirm(@PathVariable int year, @ModelAttribute EditForm form, Principal principal, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		Edit edit = edit(year, form, errors);
		if (edit == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return editPage(year, form, errors, List.of(), model);
		}
		try {
			CalendarChanged changed = this.administration.confirm(edit, principal.getName());
			redirect.addFlashAttribute("flash",
					this.texts.message("calendar.admin.saved", year, changed.version(), changed.changedDates().size()));
			return "redirect:/admin/calendar/" + year;
		}
		catch (DomainException ex) {
			response.setStatus((ex.kind() == DomainException.Kind.CONFLICT) ? HttpServletResponse.SC_CONFLICT
					: HttpServletResponse.SC_BAD_REQUEST);
			return editPage(year, form, errors, List.of(this.texts.message(ex.messageKey(), ex.arguments())), model);
		}
	}

	private String editPage(int year, EditForm form, Map<String, String> errors, List<String> refusals, Model model) {
		YearSchedule schedule = this.administration.schedule(year);
		model.addAttribute("year", year);
		model.addAttribute("schedule", schedule);
		model.addAttribute("entries", schedule.entries().stream().map(this::row).toList());
		model.addAttribute("revisions", this.administration.revisions(year));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("refusals", refusals);
		model.addAttribute("kinds", DayKind.values());
		model.addAttribute("holidays", Holiday.values());
		return "calendar/admin/year";
	}

	private @Nullable Edit edit(int year, EditForm form, Map<String, String> errors) {
		int base = (form.baseVersion() != null) ? form.baseVersion() : -1;
		String op = (form.op() != null) ? form.op() : "";
		switch (op) {
			case "add" -> {
				LocalDate from = date(errors, "from", form.from(), true);
				LocalDate to = date(errors, "to", form.to(), false);
				DayKind kind = parseEnum(errors, "kind", form.kind(), DayKind.class, true);
				Holiday holiday = parseEnum(errors, "holiday", form.holiday(), Holiday.class, false);
				if (from == null || kind == null || !errors.isEmpty()) {
					return null;
				}
				LocalDate last = (to != null) ? to : from;
				if (last.isBefore(from) || last.isAfter(from.plusDays(MAX_RUN - 1))) {
					errors.put("to", this.texts.message("error.calendar.form.run", MAX_RUN));
					return null;
				}
				List<ScheduleEntry> additions = new ArrayList<>();
				for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
					additions.add(new ScheduleEntry(day, kind, holiday, form.name(), null, form.source(),
							Boolean.TRUE.equals(form.confirmed())));
				}
				return new Edit(year, base, additions, List.of());
			}
			case "swap" -> {
				LocalDate dayOff = date(errors, "dayOff", form.dayOff(), true);
				LocalDate makeUp = date(errors, "makeUpDay", form.makeUpDay(), true);
				Holiday holiday = parseEnum(errors, "holiday", form.holiday(), Holiday.class, false);
				if (dayOff == null || makeUp == null || !errors.isEmpty()) {
					return null;
				}
				boolean confirmed = Boolean.TRUE.equals(form.confirmed());
				return new Edit(year, base,
						List.of(new ScheduleEntry(dayOff, DayKind.SWAPPED_DAY_OFF, holiday, form.name(), makeUp,
								form.source(), confirmed),
								new ScheduleEntry(makeUp, DayKind.MAKE_UP_WORKING_DAY, holiday, form.name(), dayOff,
										form.source(), confirmed)),
						List.of());
			}
			case "remove" -> {
				LocalDate date = date(errors, "date", form.date(), true);
				return (date != null) ? new Edit(year, base, List.of(), List.of(date)) : null;
			}
			default -> {
				errors.put("op", this.texts.message("error.calendar.form.op"));
				return null;
			}
		}
	}

	private @Nullable LocalDate date(Map<String, String> errors, String field, @Nullable String text,
			boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				errors.put(field, this.texts.message("error.calendar.form.required"));
			}
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, this.texts.message("error.calendar.form.malformed.date"));
			return null;
		}
	}

	private <E extends Enum<E>> @Nullable E parseEnum(Map<String, String> errors, String field, @Nullable String text,
			Class<E> type, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				errors.put(field, this.texts.message("error.calendar.form.required"));
			}
			return null;
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			errors.put(field, this.texts.message("error.calendar.form.required"));
			return null;
		}
	}

	private List<String> violations(List<ScheduleViolation> violations) {
		return violations.stream()
			.map((violation) -> this.texts.message("error." + violation.code(),
					(violation.date() != null) ? this.texts.date(violation.date()) : "",
					(violation.other() != null) ? this.texts.date(violation.other()) : ""))
			.distinct()
			.toList();
	}

	private EntryRow row(ScheduleEntry entry) {
		DayStatus status = switch (entry.kind()) {
			case HOLIDAY -> DayStatus.HOLIDAY;
			case COMPENSATORY_DAY_OFF -> DayStatus.COMPENSATORY_DAY_OFF;
			case SWAPPED_DAY_OFF -> DayStatus.SWAPPED_DAY_OFF;
			case ADDITIONAL_DAY_OFF -> DayStatus.ADDITIONAL_DAY_OFF;
			case MAKE_UP_WORKING_DAY -> DayStatus.MAKE_UP_WORKING_DAY;
		};
		String reason = this.texts.reason(entry.date(), status, entry);
		return new EntryRow(entry.date(), this.texts.date(entry.date()),
				this.texts.weekday(entry.date().getDayOfWeek()), this.texts.lunar(LunarCalendar.toLunar(entry.date())),
				this.texts.message("calendar.status." + status.name()), (reason != null) ? reason : "",
				entry.confirmed(), entry.source());
	}

	private ChangeRow change(DayChange change) {
		return new ChangeRow(
				this.texts.date(change.date()) + " (" + this.texts.weekday(change.date().getDayOfWeek()) + ")",
				describe(change.date(), change.before(), change.beforeEntry()),
				describe(change.date(), change.after(), change.afterEntry()), change.workingChanged());
	}

	private String describe(LocalDate date, DayStatus status, @Nullable ScheduleEntry entry) {
		String reason = this.texts.reason(date, status, entry);
		String what = this.texts.message("calendar.status." + status.name());
		return (reason != null && !reason.equals(what)) ? what + ": " + reason : what;
	}

}
