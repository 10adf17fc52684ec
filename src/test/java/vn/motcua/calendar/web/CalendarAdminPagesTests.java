package vn.motcua.calendar.web;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.calendar.AffectedDeadline;
import vn.motcua.calendar.CalendarChanged;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.DayStatus;
import vn.motcua.calendar.DeadlineDependents;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.ScheduleEntry;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.WorkingHours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing a year's schedule: only system administrators; inconsistent edits refused with
 * the reason and nothing saved; an accepted edit previewed with its diff and the due
 * dates it moves (reported here by a dependent module written as the dossier module will
 * be), stored as a new version only when confirmed, with a {@link CalendarChanged} event.
 * Each test works on a year of its own, far in the future, so that nothing else in the
 * shared test database depends on it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(CalendarAdminPagesTests.DossiersOf2190.class)
class CalendarAdminPagesTests {

	/**
	 * A dependent module as the dossier module will be: three dossiers received in March
	 * 2190, whose due dates it recomputes with the proposed calendar. Also turns on
	 * method security, which identity's security configuration does in the application.
	 */
	@TestConfiguration
	@EnableMethodSecurity
	static class DossiersOf2190 {

		@Bean
		DeadlineDependents dossiersOf2190() {
			return (change) -> {
				List<AffectedDeadline> moved = new ArrayList<>();
				if (change.year() != 2190) {
					return moved;
				}
				Deadlines before = Deadlines.of(change.current(), WorkingHours.DEFAULT);
				Deadlines after = Deadlines.of(change.proposed(), WorkingHours.DEFAULT);
				for (int i = 1; i <= 3; i++) {
					LocalDateTime received = LocalDateTime.of(2190, 3, i * 5, 9, 30);
					LocalDateTime current = before.due(received, TimeLimit.workingDays(10));
					LocalDateTime proposed = after.due(received, TimeLimit.workingDays(10));
					if (!current.equals(proposed)) {
						moved.add(new AffectedDeadline("H22.99-2190030" + i + "-000" + i, "22.SNV", current, proposed));
					}
				}
				return moved;
			};
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingCalendars calendars;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	private static String page(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static MockHttpServletRequestBuilder preview(int year, String... params) {
		return form(post("/admin/calendar/" + year + "/preview"), params);
	}

	private static MockHttpServletRequestBuilder confirm(int year, String... params) {
		return form(post("/admin/calendar/" + year + "/confirm"), params);
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String... params) {
		request.with(TestUsers.systemAdmin()).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	private int storedVersion(int year) {
		return this.jdbc.sql("SELECT coalesce(max(version), 0) FROM calendar_year WHERE year = :year")
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	private static LocalDate first(int year, DayOfWeek day, WorkingCalendar calendar, boolean working) {
		LocalDate date = LocalDate.of(year, 6, 1);
		while (date.getDayOfWeek() != day || calendar.isWorkingDay(date) != working) {
			date = date.plusDays(1);
		}
		return date;
	}

	@Test
	void onlySystemAdministratorsMayOpenTheEditor() throws Exception {
		this.mvc.perform(get("/admin/calendar/2185").with(TestUsers.officer())).andExpect(status().isForbidden());
		this.mvc
			.perform(preview(2185, "op", "remove", "baseVersion", "0", "date", "2185-01-01").with(TestUsers.officer()))
			.andExpect(status().isForbidden());
		String html = page(
				this.mvc.perform(get("/admin/calendar/2185").with(TestUsers.systemAdmin())).andExpect(status().isOk()));
		assertThat(html).contains("Lịch làm việc năm 2185", "Phiên bản hiện tại: 0.", "id=\"add-form\"",
				"id=\"swap-form\"", "Tết Nguyên đán");
	}

	@Test
	void aMakeUpDayOnAHolidayIsRefused() throws Exception {
		WorkingCalendar calendar = this.calendars.current();
		ScheduleEntry weekendHoliday = calendar.schedule(2186)
			.entries()
			.stream()
			.filter((entry) -> entry.kind() == DayKind.HOLIDAY && WorkingCalendar.isWeekend(entry.date()))
			.findFirst()
			.orElseThrow();
		String html = page(this.mvc
			.perform(preview(2186, "op", "add", "baseVersion", "0", "kind", "MAKE_UP_WORKING_DAY", "from",
					weekendHoliday.date().toString()))
			.andExpect(status().isBadRequest()));
		assertThat(html).contains("id=\"refusals\"", "không thể đặt ngày làm bù vào đó");
		assertThat(storedVersion(2186)).isZero();
	}

	@Test
	void inconsistentEditsAreRefusedWithTheirReasons() throws Exception {
		WorkingCalendar calendar = this.calendars.current();
		LocalDate wednesday = first(2187, DayOfWeek.WEDNESDAY, calendar, true);
		LocalDate saturday = first(2187, DayOfWeek.SATURDAY, calendar, false);
		LocalDate newYear = LocalDate.of(2187, 1, 1);
		// a make-up day on a weekday
		assertThat(page(this.mvc
			.perform(preview(2187, "op", "swap", "baseVersion", "0", "dayOff", wednesday.plusDays(1).toString(),
					"makeUpDay", wednesday.toString()))
			.andExpect(status().isBadRequest()))).contains("chỉ làm bù vào ngày nghỉ hằng tuần");
		// a day off on a weekend day
		assertThat(page(this.mvc
			.perform(preview(2187, "op", "add", "baseVersion", "0", "kind", "ADDITIONAL_DAY_OFF", "from",
					saturday.toString(), "holiday", "OTHER", "name", "X"))
			.andExpect(status().isBadRequest()))).contains("đã là ngày nghỉ hằng tuần");
		// a date outside the year edited
		assertThat(page(this.mvc
			.perform(preview(2187, "op", "add", "baseVersion", "0", "kind", "ADDITIONAL_DAY_OFF", "from", "2188-03-03",
					"holiday", "OTHER", "name", "X"))
			.andExpect(status().isBadRequest()))).contains("không thuộc năm đang sửa");
		// overlapping entries: a run of days over New Year's Day
		assertThat(page(this.mvc
			.perform(preview(2187, "op", "add", "baseVersion", "0", "kind", "HOLIDAY", "holiday", "OTHER", "name",
					"Nghỉ thêm", "from", newYear.minusDays(0).toString(), "to", newYear.plusDays(2).toString()))
			.andExpect(status().isBadRequest()))).contains("đã có một mục");
		// a holiday without a name
		assertThat(page(this.mvc
			.perform(preview(2187, "op", "add", "baseVersion", "0", "kind", "HOLIDAY", "from", wednesday.toString()))
			.andExpect(status().isBadRequest()))).contains("cần chọn ngày lễ");
		// a version that is no longer current
		assertThat(page(this.mvc.perform(preview(2187, "op", "remove", "baseVersion", "3", "date", newYear.toString()))
			.andExpect(status().isBadRequest()))).contains("vừa được thay đổi ở nơi khác");
		// nothing to remove there
		assertThat(
				page(this.mvc.perform(preview(2187, "op", "remove", "baseVersion", "0", "date", wednesday.toString()))
					.andExpect(status().isBadRequest())))
			.contains("không có mục nào để xóa");
		// malformed input, kept next to its field
		assertThat(page(this.mvc
			.perform(preview(2187, "op", "add", "baseVersion", "0", "kind", "HOLIDAY", "from", "31/02/2187"))
			.andExpect(status().isBadRequest()))).contains("id=\"add-from-error\"", "value=\"31/02/2187\"");
		// confirming an inconsistent edit directly is refused too
		this.mvc
			.perform(confirm(2187, "op", "add", "baseVersion", "0", "kind", "MAKE_UP_WORKING_DAY", "from",
					wednesday.toString()))
			.andExpect(status().isBadRequest());
		assertThat(storedVersion(2187)).isZero();
		assertThat(this.events.stream(CalendarChanged.class)).isEmpty();
	}

	@Test
	void anAcceptedEditIsPreviewedWithTheDeadlinesItMovesThenStoredWhenConfirmed() throws Exception {
		WorkingCalendar before = this.calendars.current();
		int version = before.version(2190);
		LocalDate candidate = LocalDate.of(2190, 3, 12);
		while (!before.isWorkingDay(candidate)) {
			candidate = candidate.plusDays(1);
		}
		LocalDate dayOff = candidate;
		String[] edit = { "op", "add", "baseVersion", String.valueOf(version), "kind", "ADDITIONAL_DAY_OFF", "from",
				dayOff.toString(), "holiday", "OTHER", "name", "Ngày nghỉ đặc biệt", "source", "Quyết định thử nghiệm",
				"confirmed", "true" };

		String html = page(this.mvc.perform(preview(2190, edit)).andExpect(status().isOk()));
		assertThat(html).contains("id=\"changes\"", "Ngày nghỉ đặc biệt", "id=\"affected-list\"", "H22.99-219003",
				"id=\"confirm-form\"", "name=\"from\" value=\"" + dayOff + "\"");
		assertThat(storedVersion(2190)).isEqualTo(version);
		assertThat(this.calendars.current().isWorkingDay(dayOff)).isTrue();

		this.mvc.perform(confirm(2190, edit))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/calendar/2190"))
			.andExpect(flash().attributeExists("flash"));

		assertThat(storedVersion(2190)).isEqualTo(version + 1);
		assertThat(this.calendars.current().status(dayOff)).isEqualTo(DayStatus.ADDITIONAL_DAY_OFF);
		assertThat(this.calendars.current().version(2190)).isEqualTo(version + 1);
		assertThat(this.events.stream(CalendarChanged.class)).singleElement().satisfies((event) -> {
			assertThat(event.year()).isEqualTo(2190);
			assertThat(event.previousVersion()).isEqualTo(version);
			assertThat(event.version()).isEqualTo(version + 1);
			assertThat(event.changedDates()).containsExactly(dayOff);
			assertThat(event.auditActor()).isEqualTo("calendar-admin");
			assertThat(event.auditSubject()).isEqualTo("calendar:2190");
		});
		// the statutory candidates were kept, with the new day
		assertThat(this.calendars.current().schedule(2190).entries()).hasSizeGreaterThan(10);

		// confirming the same edit again against the old version is a conflict
		this.mvc.perform(confirm(2190, edit)).andExpect(status().isConflict());
		assertThat(storedVersion(2190)).isEqualTo(version + 1);

		// removing it again is the next version
		this.mvc
			.perform(confirm(2190, "op", "remove", "baseVersion", String.valueOf(version + 1), "date",
					dayOff.toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(storedVersion(2190)).isEqualTo(version + 2);
		assertThat(this.calendars.current().isWorkingDay(dayOff)).isTrue();
		// a due date computed with the version that had the day off can still be
		// reproduced
		assertThat(this.calendars.asOf("2190:" + (version + 1)).status(dayOff)).isEqualTo(DayStatus.ADDITIONAL_DAY_OFF);
		assertThat(this.calendars.asOf("2190:" + (version + 2) + ",2026:1").isWorkingDay(dayOff)).isTrue();
		String history = page(this.mvc.perform(get("/admin/calendar/2190").with(TestUsers.systemAdmin())));
		assertThat(history).contains("id=\"history\"", "Phiên bản " + (version + 2) + ": calendar-admin",
				"Phiên bản " + (version + 1) + ": calendar-admin");
	}

	@Test
	void aSwapIsStoredAsAPairAndRemovedAsAPair() throws Exception {
		WorkingCalendar calendar = this.calendars.current();
		int version = calendar.version(2191);
		LocalDate monday = first(2191, DayOfWeek.MONDAY, calendar, true);
		LocalDate saturday = monday.minusDays(2);
		this.mvc
			.perform(confirm(2191, "op", "swap", "baseVersion", String.valueOf(version), "dayOff", monday.toString(),
					"makeUpDay", saturday.toString(), "holiday", "OTHER", "source", "Thử nghiệm"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.calendars.current().status(monday)).isEqualTo(DayStatus.SWAPPED_DAY_OFF);
		assertThat(this.calendars.current().status(saturday)).isEqualTo(DayStatus.MAKE_UP_WORKING_DAY);

		String[] removal = { "op", "remove", "baseVersion", String.valueOf(version + 1), "date", saturday.toString() };
		String html = page(this.mvc.perform(preview(2191, removal)).andExpect(status().isOk()));
		assertThat(html).contains("id=\"removed\"", "Nghỉ hoán đổi", "Ngày làm bù");
		this.mvc.perform(confirm(2191, removal)).andExpect(status().is3xxRedirection());
		assertThat(this.calendars.current().isWorkingDay(monday)).isTrue();
		assertThat(this.calendars.current().status(saturday)).isEqualTo(DayStatus.WEEKEND);
	}

}
