package vn.motcua.browser;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import vn.motcua.document.SampleFiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier journey of issue 5 in the browser, on the demo commune of Hà Tu, with the
 * real Content Security Policy: the citizen {@code congdan} fills the birth registration
 * form with files, saves a draft, comes back and submits; the desk
 * ({@code tiepnhan.hatu}) receives it (receipt with the appointment and the QR code) and
 * hands it to the specialist; the specialist ({@code chuyenvien.hatu}) asks for a
 * supplement; the citizen uploads it; the specialist forwards; the leader
 * ({@code lanhdao.hatu}) approves; the desk marks the result ready and returns it; public
 * tracking shows status 10. Every page on the way has no serious WCAG violation (axe).
 * Screenshots: {@code target/screenshots/dossier-*.png}.
 */
@BrowserTest
class DossierJourneyBrowserTests {

	private int step;

	@Test
	void aDossierGoesFromTheOnlineFormToTheResultReturnedAndTheCitizenSeesStatus10(BrowserSession browser) {
		Page page = browser.page();
		List<String> errors = BrowserSession.watchForErrors(page);

		// the citizen: the procedure page leads to the form
		DemoLogin.logIn(page, "congdan");
		page.navigate("/procedures/1.001193");
		page.locator("#apply-online").click();
		assertThat(page.locator("h1")).hasText("Nộp hồ sơ trực tuyến");
		// prefilled from the account or its last dossier (other tests of this JVM file
		// some
		// as congdan): not empty, and set here to the name this journey expects
		assertThat(page.locator("#applicant-name")).not().hasValue("");
		page.locator("#applicant-name").fill("Nguyễn Văn An");
		page.locator("#form-agency").selectOption("06652");
		page.locator("#applicant-phone").fill("0912345678");
		page.locator("#applicant-idNumber").fill("022085001234");
		page.locator("#file-0").setInputFiles(new FilePayload("to-khai.pdf", "application/pdf", SampleFiles.pdf()));
		checked(browser, page, "citizen-form");
		// save a draft and come back to it
		page.locator("#form-draft").click();
		assertThat(page.locator("#draft-notice")).isVisible();
		assertThat(page.locator("#dossier-form")).containsText("to-khai.pdf");
		page.navigate("/account/dossiers");
		page.locator("#drafts a").first().click();
		assertThat(page.locator("#draft-notice")).isVisible();
		page.locator("#file-1").setInputFiles(new FilePayload("giay-chung-sinh.png", "image/png", SampleFiles.png()));
		page.locator("#form-submit").click();
		assertThat(page.locator("#dossier-status")).hasAttribute("data-status", "1");
		String code = page.locator("#dossier-code").innerText().strip();
		assertThat(code).matches("06652-\\d{6}-\\d{4}");
		assertThat(page.locator("#papers-table")).containsText("to-khai.pdf");
		assertThat(page.locator("#papers-table")).containsText("giay-chung-sinh.png");
		checked(browser, page, "citizen-submitted");
		DemoLogin.logOut(page);

		// the desk: finds it among the new dossiers, receives it, hands it on
		DemoLogin.logIn(page, "tiepnhan.hatu");
		page.navigate("/workspace/dossiers?tab=new&q=" + code);
		checked(browser, page, "desk-queue");
		page.locator("#queue-table a", new Page.LocatorOptions().setHasText(code)).click();
		assertThat(page.locator("#dossier-code")).hasText(code);
		checked(browser, page, "desk-dossier");
		page.locator("#do-receive").click();
		assertThat(page.locator("#dossier-status")).hasAttribute("data-status", "2");
		assertThat(page.locator("#receipt")).isVisible();
		assertThat(page.locator("#receipt-code")).hasText(code);
		assertThat(page.locator("#receipt-due")).containsText("ngày");
		assertThat(page.locator("#receipt img.receipt-qr")).isVisible();
		checked(browser, page, "desk-receipt");
		page.locator("#f-forward-assignee").fill("chuyenvien.hatu");
		page.locator("#do-forward").click();
		assertThat(page.locator("#dossier-status")).hasAttribute("data-status", "4");
		DemoLogin.logOut(page);

		// the specialist: "my steps", then a supplement request naming the paper and why
		DemoLogin.logIn(page, "chuyenvien.hatu");
		page.navigate("/workspace/dossiers?tab=mine&q=" + code);
		page.locator("#queue-table a", new Page.LocatorOptions().setHasText(code)).click();
		// the step's forms, the refusal after appraisal among them (reasons, legal basis)
		assertThat(page.locator("#f-refuse-legal-basis")).isVisible();
		checked(browser, page, "specialist-step");
		page.locator("#f-request-supplement-name-0").fill("Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh");
		page.locator("#f-request-supplement-why-0").fill("Bản chụp bị mờ, không đọc được số giấy chứng sinh");
		page.locator("#do-request-supplement").click();
		assertThat(page.locator("#dossier-status")).hasAttribute("data-status", "5");
		checked(browser, page, "specialist-supplement");
		DemoLogin.logOut(page);

		// the citizen supplies it
		DemoLogin.logIn(page, "congdan");
		page.navigate("/account/dossiers");
		page.locator("#mine-table a", new Page.LocatorOptions().setHasText(code)).click();
		assertThat(page.locator("#supplement-form")).containsText("Bản chụp bị mờ");
		checked(browser, page, "citizen-supplement");
		page.locator("#supplement-file-0")
			.setInputFiles(new FilePayload("giay-chung-sinh-ro.jpg", "image/jpeg", SampleFiles.jpeg()));
		page.locator("#supplement-submit").click();
		assertThat(page.locator("#dossier-status")).hasAttribute("data-status", "4");
		assertThat(page.locator("#papers-table")).containsText("giay-chung-sinh-ro.jpg");
		DemoLogin.logOut(page);

		// the specialist forwards to the leader, who approves
		actAs(browser, page, "chuyenvien.hatu", code, "forward", "4");
		actAs(browser, page, "lanhdao.hatu", code, "approve", "4");

		// the desk: result ready, then returned
		DemoLogin.logIn(page, "tiepnhan.hatu");
		page.navigate("/workspace/dossiers/" + code);
		page.locator("#do-result-ready").click();
		assertThat(page.locator("#dossier-status")).hasAttribute("data-status", "9");
		page.navigate("/workspace/dossiers?tab=return&q=" + code);
		assertThat(page.locator("#queue-table")).containsText(code);
		page.locator("#queue-table a", new Page.LocatorOptions().setHasText(code)).click();
		page.locator("#f-return-result-DIRECT").check();
		page.locator("#do-return-result").click();
		assertThat(page.locator("#dossier-status")).hasAttribute("data-status", "10");
		checked(browser, page, "desk-returned");
		DemoLogin.logOut(page);

		// the citizen tracks it publicly
		DemoLogin.logIn(page, "congdan");
		page.navigate("/account/dossiers/" + code);
		page.locator("a[href='/track/" + code + "']").click();
		assertThat(page.locator("#track-code")).hasValue(code);
		page.locator("#track-phone4").fill("5678");
		page.locator("#track-submit").click();
		assertThat(page.locator("#track-status")).hasAttribute("data-status", "10");
		assertThat(page.locator("#track-status")).hasText("Đã trả kết quả");
		assertThat(page.locator("#track-applicant")).not().containsText("Nguyễn");
		Locator steps = page.locator("#track-steps li");
		assertThat(steps.count()).isGreaterThanOrEqualTo(9);
		checked(browser, page, "tracking");

		assertThat(errors).as("script errors and blocked resources (CSP)").isEmpty();
	}

	private void actAs(BrowserSession browser, Page page, String username, String code, String action, String status) {
		DemoLogin.logIn(page, username);
		page.navigate("/workspace/dossiers/" + code);
		page.locator("#do-" + action).click();
		assertThat(page.locator("#dossier-status")).hasAttribute("data-status", status);
		assertThat(page.locator("#history-table")).containsText(username);
		checked(browser, page, username + "-" + action);
		DemoLogin.logOut(page);
	}

	private void checked(BrowserSession browser, Page page, String name) {
		browser.screenshotAndCheck(page, String.format("dossier-%02d-%s", ++this.step, name));
	}

}
