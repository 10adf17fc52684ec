package vn.motcua.browser;

import java.io.IOException;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen finds a procedure without typing accents, opens it and downloads its form:
 * the download is a PDF under the expected name, with the form's title inside.
 */
@BrowserTest
class ProcedureFormsBrowserTests {

	@Test
	void aCitizenSearchesWithoutAccentsOpensTheProcedureAndDownloadsItsForm(BrowserSession browser) throws IOException {
		Page page = browser.page();
		page.navigate("/procedures");

		page.locator("#procedure-q").fill("dang ky khai sinh");
		page.locator("form[role=search] .input-group button[type=submit]").click();

		Locator first = page.locator("ol.list-group > li a").first();
		assertThat(first).hasText("Thủ tục đăng ký khai sinh");
		first.click();

		assertThat(page.locator("h1")).hasText("Thủ tục đăng ký khai sinh");
		assertThat(page.locator("#submit-online")).hasAttribute("href", "/account/dossiers/new?procedure=1.001193");
		Locator form = page.locator("a.form-download").first();
		assertThat(form).containsText("Tờ khai đăng ký khai sinh");
		browser.screenshot(page, "procedure-forms");

		Download download = page.waitForDownload(form::click);

		assertThat(download.failure()).isNull();
		assertThat(download.suggestedFilename()).isEqualTo("to-khai-dang-ky-khai-sinh.pdf");
		byte[] bytes = Files.readAllBytes(download.path());
		assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("TỜ KHAI ĐĂNG KÝ KHAI SINH");
		}
	}

}
