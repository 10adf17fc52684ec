package vn.motcua.calendar.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar API contract: exact fields, Vietnam times whatever the JVM zone (the test
 * JVM runs in UTC), and 400 problems naming the field for bad input. (A mock user signs
 * in because, until identity's security configuration is merged, every route needs one;
 * {@code /api/v1/calendar/**} is public in the agreed rules.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser
class CalendarApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void lunarDateHasExactlyTheContractFields() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/lunar").param("date", "2026-02-17"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(content().json("""
					{"date":"2026-02-17","lunarDay":1,"lunarMonth":1,"lunarYear":2026,"leapMonth":false}""", true))
			.andExpect(jsonPath("$.keys()", contains("date", "lunarDay", "lunarMonth", "lunarYear", "leapMonth")));
	}

	@Test
	void lunarDateInALeapMonth() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/lunar").param("date", "2025-08-08"))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"date":"2025-08-08","lunarDay":15,"lunarMonth":6,"lunarYear":2025,"leapMonth":true}""", true));
	}

	@Test
	void daysListEveryDateWithItsWorkingStatusAndReason() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/days").param("from", "2026-01-01").param("to", "2026-12-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(365)))
			.andExpect(jsonPath("$[0].keys()", contains("date", "working", "reason")))
			.andExpect(jsonPath("$[0].date").value("2026-01-01"))
			.andExpect(jsonPath("$[0].working").value(false))
			.andExpect(jsonPath("$[0].reason").value("Tết Dương lịch"))
			// 2 January 2026: an ordinary working day has a null reason
			.andExpect(jsonPath("$[1].working").value(true))
			.andExpect(jsonPath("$[1].reason", nullValue()))
			.andExpect(jsonPath("$[2].reason").value("Nghỉ hằng tuần (Thứ Bảy)"))
			// 17 February 2026 (day 48): mùng 1 Tết
			.andExpect(jsonPath("$[47].date").value("2026-02-17"))
			.andExpect(jsonPath("$[47].reason").value("Tết Nguyên đán (Mùng 1 Tết)"));
	}

	@Test
	void daysNameMakeUpWorkingDaysAndSwaps() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/days").param("from", "2024-04-29").param("to", "2024-05-04"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(6)))
			.andExpect(jsonPath("$[0].working").value(false))
			.andExpect(jsonPath("$[0].reason").value(startsWith("Nghỉ hoán đổi")))
			.andExpect(jsonPath("$[5].date").value("2024-05-04"))
			.andExpect(jsonPath("$[5].working").value(true))
			.andExpect(jsonPath("$[5].reason").value("Ngày làm bù cho ngày nghỉ 29/04/2024"));
	}

	@Test
	void reasonsFollowTheChosenLanguage() throws Exception {
		this.mvc.perform(
				get("/api/v1/calendar/days").param("from", "2026-02-17").param("to", "2026-02-17").param("lang", "en"))
			.andExpect(jsonPath("$[0].reason").value("Lunar New Year (Tết) (Mùng 1 Tết)"));
	}

	@Test
	void dueDateWithItsExplanation() throws Exception {
		this.mvc.perform(get("/api/v1/calendar/due").param("start", "2026-02-10T09:30:00").param("workingDays", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.keys()", contains("due", "explanation")))
			.andExpect(jsonPath("$.due").value("2026-02-24T09:30:00"))
			.andExpect(jsonPath("$.explanation[0].keys()", contains("date", "kind", "reason")))
			.andExpect(jsonPath("$.explanation[0].kind").value("RECEIVED"))
			.andExpect(jsonPath("$.explanation[?(@.date == '2026-02-17')].kind", contains("HOLIDAY")))
			.andExpect(jsonPath("$.explanation[?(@.date == '2026-02-17')].reason",
					contains("Không tính: Tết Nguyên đán (Mùng 1 Tết).")))
			.andExpect(jsonPath("$.explanation[-1].kind").value("DUE"))
			.andExpect(jsonPath("$.explanation[-1].reason").value("Hạn giải quyết: 09:30 ngày 24/02/2026."));
	}

	@Test
	void dueDateAcceptsAnInstantWithAnOffset() throws Exception {
		// 02:30 UTC is 09:30 in Vietnam
		this.mvc.perform(get("/api/v1/calendar/due").param("start", "2026-02-10T02:30:00Z").param("workingDays", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value("2026-02-24T09:30:00"));
	}

	@Test
	void anAgencysOwnHoursAreUsed() throws Exception {
		// the provincial service centre opens at 07:00 (demo data): received at 07:10,
		// one working day later
		this.mvc
			.perform(get("/api/v1/calendar/due").param("start", "2026-03-03T07:10:00")
				.param("workingDays", "1")
				.param("agency", "22.TTPVHCC"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value("2026-03-04T07:10:00"));
		// a department without hours of its own uses its parent's, then the default:
		// 07:30 opening
		this.mvc
			.perform(get("/api/v1/calendar/due").param("start", "2026-03-03T07:10:00")
				.param("workingDays", "1")
				.param("agency", "22.SNV"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value("2026-03-03T17:00:00"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					/api/v1/calendar/lunar?date=1899-12-31                                   | date        | calendar.date.out-of-range
					/api/v1/calendar/lunar?date=2200-01-01                                   | date        | calendar.date.out-of-range
					/api/v1/calendar/lunar?date=2026-02-30                                   | date        | request.malformed-parameter
					/api/v1/calendar/lunar                                                   | date        | request.missing-parameter
					/api/v1/calendar/days?from=2026-03-01&to=2026-02-01                      | to          | calendar.range.reversed
					/api/v1/calendar/days?from=2020-01-01&to=2023-01-01                      | to          | calendar.range.too-long
					/api/v1/calendar/days?from=1800-01-01&to=1800-01-02                      | from        | calendar.date.out-of-range
					/api/v1/calendar/days?from=yesterday&to=2026-01-01                       | from        | request.malformed-parameter
					/api/v1/calendar/due?start=2026-02-10T25:30:00&workingDays=5             | start       | calendar.start.malformed
					/api/v1/calendar/due?start=10/02/2026&workingDays=5                      | start       | calendar.start.malformed
					/api/v1/calendar/due?start=1899-02-10T09:30:00&workingDays=5             | start       | calendar.date.out-of-range
					/api/v1/calendar/due?start=2026-02-10T09:30:00&workingDays=-1            | workingDays | calendar.working-days.out-of-range
					/api/v1/calendar/due?start=2026-02-10T09:30:00&workingDays=1001          | workingDays | calendar.working-days.out-of-range
					/api/v1/calendar/due?start=2026-02-10T09:30:00&workingDays=five          | workingDays | request.malformed-parameter
					/api/v1/calendar/due?start=2199-12-01T09:30:00&workingDays=900           | workingDays | calendar.due.out-of-range
					/api/v1/calendar/due?start=2026-02-10T09:30:00&workingDays=5&agency=NOPE | agency      | calendar.agency.unknown
					""")
	void badInputIsA400ProblemNamingTheField(String url, String field, String code) throws Exception {
		this.mvc.perform(get(url))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	@Test
	void problemDetailsAreInTheVisitorsLanguage() throws Exception {
		this.mvc
			.perform(get("/api/v1/calendar/due").param("start", "2026-02-10T09:30:00")
				.param("workingDays", "5000")
				.param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The number of working days must be between 0 and 1000."));
		this.mvc.perform(get("/api/v1/calendar/lunar").param("date", "1899-12-31"))
			.andExpect(jsonPath("$.detail", containsString("1899-12-31")));
	}

}
