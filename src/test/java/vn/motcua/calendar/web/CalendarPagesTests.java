package vn.motcua.calendar.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public calendar pages, in both languages, and what an administrator sees before
 * confirming a change while no module reports deadlines.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser
class CalendarPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static String page(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theYearPageListsTheOfficialDaysOffWithSourcesAndUnconfirmedMarks() throws Exception {
		String html = page(this.mvc.perform(get("/calendar").param("year", "2026")).andExpect(status().isOk()));
		assertThat(html).contains("<h1", "Lịch làm việc năm 2026", "Bính Ngọ", "id=\"official-note\"",
				"id=\"entry-2026-02-17\"", "Tết Nguyên đán (Mùng 1 Tết)", "9441/TB-BNV", "Chưa xác nhận",
				"id=\"unconfirmed-note\"", "id=\"month-1\"", "id=\"month-12\"", "1/1 năm Bính Ngọ");
		assertThat(html).doesNotContain("id=\"provisional-note\"");
		assertThat(html).containsOnlyOnce("<h1");
	}

	@Test
	void aYearWithoutAnOfficialScheduleIsMarkedProvisional() throws Exception {
		String html = page(this.mvc.perform(get("/calendar").param("year", "2031").param("lang", "en"))
			.andExpect(status().isOk()));
		assertThat(html).contains("Working calendar of 2031", "id=\"provisional-note\"", "Provisional",
				"Lunar New Year (Tết)");
	}

	@Test
	void makeUpDaysAreShownInTheMonthGrid() throws Exception {
		String html = page(this.mvc.perform(get("/calendar").param("year", "2024")).andExpect(status().isOk()));
		assertThat(html).contains("class=\"day-make-up-working-day\"", "Ngày làm bù cho ngày nghỉ 29/04/2024",
				"5015/TB-LĐTBXH");
	}

	@Test
	void aYearOutOfRangeIsABadRequest() throws Exception {
		this.mvc.perform(get("/calendar").param("year", "1800")).andExpect(status().isBadRequest());
	}

	@Test
	void theCalculatorShowsTheDueDateAndWhy() throws Exception {
		String html = page(this.mvc
			.perform(get("/calendar/due").param("date", "2026-02-10").param("time", "09:30").param("workingDays", "5"))
			.andExpect(status().isOk()));
		assertThat(html).contains("id=\"result\"", "Thứ Ba, 09:30 ngày 24/02/2026", "Không tính: Tết Nguyên đán",
				"Nghỉ hằng tuần (Thứ Bảy)", "id=\"explanation\"", "2026:1");
	}

	@Test
	void theCalculatorShowsEachMistakeNextToItsFieldAndKeepsTheInput() throws Exception {
		String html = page(this.mvc
			.perform(get("/calendar/due").param("date", "2026-02-10")
				.param("time", "25:99")
				.param("workingDays", "abc")
				.param("agency", "NOPE"))
			.andExpect(status().isBadRequest()));
		assertThat(html).contains("id=\"form-errors\"", "id=\"time-error\"", "id=\"workingDays-error\"",
				"id=\"agency-error\"", "aria-describedby=\"workingDays-help workingDays-error\"", "value=\"abc\"",
				"value=\"2026-02-10\"", "is-invalid");
		assertThat(html).doesNotContain("id=\"result\"", "id=\"date-error\"");
	}

	@Test
	void theCalculatorUsesTheAgencysHoursInEnglish() throws Exception {
		String html = page(this.mvc
			.perform(get("/calendar/due").param("date", "2026-03-07")
				.param("time", "09:00")
				.param("workingDays", "1")
				.param("agency", "22.TTPVHCC")
				.param("lang", "en"))
			.andExpect(status().isOk()));
		assertThat(html).contains("Monday, 2026-03-09 17:00", "On a non-working day", "Office hours used: 07:00–11:30");
	}

	@Test
	void pagesCarryNoInlineScriptsOrStyles() throws Exception {
		for (String url : new String[] { "/calendar?year=2025",
				"/calendar/due?date=2026-02-10&time=09:30&workingDays=5" }) {
			String html = page(this.mvc.perform(get(url)).andExpect(status().isOk()));
			assertThat(html).doesNotContain(" style=", "<script>", " onclick=", " onload=");
		}
	}

	@Test
	void thePreviewSaysSoWhenNoDossierIsAffected() throws Exception {
		String html = page(this.mvc
			.perform(post("/admin/calendar/2184/preview").with(TestUsers.systemAdmin())
				.with(csrf())
				.param("op", "add")
				.param("baseVersion", "0")
				.param("kind", "ADDITIONAL_DAY_OFF")
				.param("from", "2184-03-15")
				.param("holiday", "OTHER")
				.param("name", "Ngày thử nghiệm"))
			.andExpect(status().isOk()));
		// the dossier module counts deadlines, and has no dossier running in 2184
		assertThat(html).contains("id=\"affected-none\"", "Không có hồ sơ nào", "id=\"confirm-form\"",
				"Ngày thử nghiệm");
		assertThat(this.jdbc.sql("SELECT count(*) FROM calendar_year WHERE year = 2184").query(Integer.class).single())
			.isZero();
	}

	@Test
	void theShippedSchedulesAreStoredOnceWhateverTheNumberOfStarts() {
		assertThat(this.jdbc.sql(
				"SELECT year FROM calendar_year WHERE origin = 'DATA_FILE' AND data_version = 1 AND year BETWEEN 2023 AND 2026 ORDER BY year")
			.query(Integer.class)
			.list()).containsExactly(2023, 2024, 2025, 2026);
		assertThat(this.jdbc.sql("SELECT count(*) FROM calendar_year_revision WHERE year = 2024 AND version = 1")
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM calendar_entry WHERE year = 2026").query(Integer.class).single())
			.isEqualTo(12);
	}

}
