package vn.motcua.reporting.web;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.calendar.Deadlines;
import vn.motcua.feedback.FeedbackReports;
import vn.motcua.feedback.FeedbackStatistics;
import vn.motcua.organization.Agencies;
import vn.motcua.reporting.ProcessingReport;
import vn.motcua.reporting.internal.ProcessingReports;
import vn.motcua.shared.AgencyScoped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report pages on the demo data: form II.06a with links behind its numbers, the
 * drill-down, the dashboard, rankings with the formula, targets, the public page and the
 * exports (a real .xlsx with the same numbers, a PDF).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessingReports reports;

	@Autowired
	Clock clock;

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(Deadlines.VIETNAM));
	}

	@Test
	@WithUserDetails("lanhdao.hatu")
	void theFormShowsThirteenColumnsWithLinksAndIndicators() throws Exception {
		this.mvc.perform(get("/workspace/reports"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-06a\"")))
			.andExpect(content().string(containsString("measure=resolved.late")))
			.andExpect(content().string(containsString("Biểu số II.06a/VPCP/KSTT")))
			.andExpect(content().string(containsString("id=\"indicators\"")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"electronic-share\">[0-9.]+ % .*")));
		this.mvc.perform(get("/workspace/reports/dossiers?agency=06652&measure=received.online"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/workspace/dossiers/06652-")));
		// a mistake is shown beside the field, with the input kept
		this.mvc.perform(get("/workspace/reports?agency=06652&from=2026-03-10&to=2026-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2026-03-10\"")))
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(not(containsString("id=\"form-06a\""))));
		this.mvc.perform(get("/workspace/reports?agency=06838"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-error\"")));
		this.mvc.perform(get("/workspace/reports/dashboard"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-charts\"")))
			.andExpect(content().string(containsString("chart.umd.min.js")));
	}

	@Autowired
	FeedbackReports feedback;

	@Autowired
	Agencies agencies;

	@Test
	@WithUserDetails("admin")
	void theDashboardShowsTheFeedbackOfThePeriodAndUnits() throws Exception {
		LocalDate to = today();
		LocalDate from = to.minusMonths(11).withDayOfMonth(1);
		FeedbackStatistics.Counts expected = this.feedback.statistics(from, to, this.agencies.withDescendants("22"))
			.total();
		assertThat(expected.received()).as("the demo feedback").isPositive();
		this.mvc.perform(get("/workspace/reports/dashboard?agency=22&sub=true&from=" + from + "&to=" + to))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"feedback-received\">" + expected.received() + "<")))
			.andExpect(content().string(containsString("id=\"feedback-on-time\">" + expected.answeredOnTime() + "<")))
			.andExpect(content().string(containsString("id=\"feedback-late\">" + expected.answeredLate() + "<")));
	}

	@Test
	@WithUserDetails("admin")
	void exportsCarryTheSameNumbersAsThePage() throws Exception {
		LocalDate to = today().minusDays(1);
		LocalDate from = to.minusMonths(2);
		String query = "?agency=22&sub=true&from=" + from + "&to=" + to;
		byte[] xlsx = this.mvc.perform(get("/workspace/reports/export.xlsx" + query))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("bao-cao-II06a-22.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		AgencyScoped admin = new AgencyScoped() {
			@Override
			public String agencyCode() {
				return "22";
			}

			@Override
			public boolean includesSubAgencies() {
				return true;
			}
		};
		ProcessingReport report = this.reports.report(this.reports.scope(admin, "22", from, to, true));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheet("II.06a");
			int last = -1;
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				if (sheet.getRow(r) != null && sheet.getRow(r).getCell(1) != null
						&& "Tổng cộng".equals(sheet.getRow(r).getCell(1).getStringCellValue())) {
					last = r;
				}
			}
			assertThat(last).isPositive();
			assertThat((long) sheet.getRow(last).getCell(2).getNumericCellValue()).isEqualTo(report.received().total());
			assertThat((long) sheet.getRow(last).getCell(9).getNumericCellValue()).isEqualTo(report.resolved().late());
			assertThat((long) sheet.getRow(last).getCell(12).getNumericCellValue())
				.isEqualTo(report.inProgress().overdue());
			assertThat(sheet.getMergedRegions()).isNotEmpty();
		}
		byte[] pdf = this.mvc.perform(get("/workspace/reports/export.pdf" + query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		this.mvc.perform(get("/workspace/reports/rankings"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ranking-communes\"")))
			.andExpect(content().string(containsString("id=\"ranking-departments\"")))
			.andExpect(content().string(containsString("20 × (")));
		// targets: a commitment above what was achieved marks the unit at risk
		this.mvc
			.perform(post("/workspace/reports/targets").with(csrf())
				.param("agency", "06652")
				.param("year", String.valueOf(today().getYear()))
				.param("onTime", "100")
				.param("online", "99.5")
				.param("satisfaction", "90"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/workspace/reports/targets"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("table-warning")))
			.andExpect(content().string(containsString("99.5 %")));
		this.mvc
			.perform(post("/workspace/reports/targets").with(csrf())
				.param("agency", "06652")
				.param("year", String.valueOf(today().getYear()))
				.param("onTime", "120"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void thePublicPageShowsEachAgencysHeadlineWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/transparency"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"transparency\"")))
			.andExpect(content().string(containsString("Phường Hà Tu")));
		this.mvc.perform(get("/workspace/reports")).andExpect(status().is3xxRedirection());
	}

}
