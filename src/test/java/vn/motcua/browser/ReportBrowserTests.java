package vn.motcua.browser;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader opens the dashboard (charts drawn under the real Content Security Policy),
 * drills from a number to the dossiers behind it and on to one of them, then exports form
 * II.06a to Excel and finds the page's totals in the workbook.
 */
@BrowserTest
class ReportBrowserTests {

	@Test
	void aLeaderOpensTheDashboardDrillsToTheDossiersAndExportsExcel(BrowserSession browser) throws Exception {
		Page page = browser.page();
		List<String> errors = BrowserSession.watchForErrors(page);
		DemoLogin.logIn(page, "lanhdao.hatu");
		page.navigate("/workspace");
		page.locator("#nav-reports").click();
		page.locator("#tab-dashboard").click();
		assertThat(page.locator("h1")).hasText("Bảng điều hành");
		assertThat(page.locator("#chart-trend")).isVisible();
		assertThat(page.evaluate("() => Chart.getChart('chart-trend') !== undefined")).isEqualTo(true);
		browser.screenshot(page, "report-dashboard");
		String received = page.locator("#headline-received").textContent().strip();
		assertThat(Long.parseLong(received.replace(".", ""))).isPositive();

		page.locator("#headline-received").click();
		assertThat(page.locator("#drill-total")).hasText(received.replace(".", ""));
		assertThat(page.locator("#drill-dossiers tbody tr").first()).isVisible();
		String code = page.locator("#drill-dossiers tbody tr a").first().textContent().strip();
		page.locator("#drill-dossiers tbody tr a").first().click();
		assertThat(page.locator("main")).containsText(code);

		page.navigate("/workspace/reports");
		String total = page.locator("#form-total a[data-measure='received.total']").textContent().strip();
		String late = page.locator("#form-total a[data-measure='resolved.late']").textContent().strip();
		browser.screenshot(page, "report-form");
		Download download = page.waitForDownload(() -> page.locator("#export-xlsx").click());
		assertThat(download.failure()).isNull();
		assertThat(download.suggestedFilename()).isEqualTo("bao-cao-II06a-06652.xlsx");
		try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheet("II.06a");
			Row totals = null;
			for (Row row : sheet) {
				if (row.getCell(1) != null && "Tổng cộng".equals(row.getCell(1).getStringCellValue())) {
					totals = row;
				}
			}
			assertThat(totals).isNotNull();
			assertThat((long) totals.getCell(2).getNumericCellValue())
				.isEqualTo(Long.parseLong(total.replace(".", "")));
			assertThat((long) totals.getCell(9).getNumericCellValue()).isEqualTo(Long.parseLong(late.replace(".", "")));
		}
		assertThat(errors).as("script errors and blocked resources (CSP)").isEmpty();
	}

}
