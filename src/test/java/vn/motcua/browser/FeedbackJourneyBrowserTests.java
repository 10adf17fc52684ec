package vn.motcua.browser;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import vn.motcua.document.SampleFiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback journey of issue 9 in the browser, under the real Content Security Policy:
 * the citizen {@code congdan} files feedback typed without accents, with a file, naming
 * themselves and an officer and giving a phone and an e-mail in the text; the Department
 * of Justice ({@code chuyenvien.stp}) classifies it and forwards it to Hà Tu; Hà Tu’s
 * specialist ({@code chuyenvien.hatu}) answers with the legal basis; the leader
 * ({@code lanhdao.hatu}) approves; anyone then reads the question and the answer on the
 * portal with the personal data removed, and the citizen says the answer solved it. Every
 * page on the way has no serious WCAG violation (axe). Screenshots:
 * {@code target/screenshots/feedback-*.png}.
 */
@BrowserTest
class FeedbackJourneyBrowserTests {

	private int step;

	@Test
	void aCitizensFeedbackIsRoutedAnsweredApprovedAndPublishedWithoutPersonalData(BrowserSession browser) {
		Page page = browser.page();
		List<String> errors = BrowserSession.watchForErrors(page);

		// the citizen files it, without accents
		DemoLogin.logIn(page, "congdan");
		page.navigate("/feedback");
		page.locator("#fb-new").click();
		assertThat(page.locator("h1")).hasText("Gửi phản ánh, kiến nghị");
		assertThat(page.locator("#fb-name")).hasValue("Nguyễn Văn An");
		page.locator("#fb-title").fill("Bi yeu cau nop them giay to khi dang ky khai sinh");
		page.locator("#fb-content")
			.fill("Toi la Nguyen Van An, so CCCD 022085001234. Ngay 03/11 can bo Tran Thi Mai yeu cau toi nop them"
					+ " ban sao so ho khau. Lien he 0912 345 678 hoac an.nguyen@example.com.");
		page.locator("#fb-topic").selectOption("conduct");
		page.locator("#fb-address").fill("To 3, phuong Ha Tu");
		page.locator("#fb-phone").fill("0912345678");
		page.locator("#fb-files").setInputFiles(new FilePayload("anh-chup.png", "image/png", SampleFiles.png()));
		checked(browser, page, "citizen-form");
		page.locator("#feedback-submit").click();
		String code = page.locator("#fb-sent-code strong").innerText().strip();
		assertThat(code).matches("PA-\\d{6}-[A-Z0-9]{6}");
		assertThat(page.locator("#fb-track-code")).hasValue(code);
		checked(browser, page, "citizen-sent");
		DemoLogin.logOut(page);

		// the Department of Justice classifies it and forwards it to the commune
		DemoLogin.logIn(page, "chuyenvien.stp");
		page.navigate("/workspace/feedback");
		checked(browser, page, "stp-queue");
		page.locator("#fb-queue a", new Page.LocatorOptions().setHasText(code)).click();
		assertThat(page.locator("#fb-status")).hasAttribute("data-status", "RECEIVED");
		assertThat(page.locator("#fb-files")).containsText("anh-chup.png");
		checked(browser, page, "stp-item");
		page.locator("#route-topic").selectOption("conduct");
		page.locator("#route-agency").selectOption("06652");
		page.locator("#route-note").fill("Thuoc tham quyen phuong");
		page.locator("#fb-route").click();
		assertThat(page.locator("#fb-queue-empty, #fb-queue").first()).isVisible();
		assertThat(page.locator("main")).not().containsText(code);
		DemoLogin.logOut(page);

		// the commune’s specialist answers
		DemoLogin.logIn(page, "chuyenvien.hatu");
		page.navigate("/workspace/feedback");
		page.locator("#fb-queue a", new Page.LocatorOptions().setHasText(code)).click();
		assertThat(page.locator("#fb-status")).hasAttribute("data-status", "IN_PROGRESS");
		assertThat(page.locator("#fb-history")).containsText("Chuyển cơ quan có thẩm quyền");
		page.locator("#answer-text")
			.fill("Ho so dang ky khai sinh khong yeu cau so ho khau. Phuong da nhac nho can bo.");
		page.locator("#fb-answer").click();
		// the legal basis is required: the answer typed is kept
		assertThat(page.locator("#fb-error")).containsText("căn cứ pháp lý");
		assertThat(page.locator("#answer-text"))
			.hasValue("Ho so dang ky khai sinh khong yeu cau so ho khau. Phuong da nhac nho can bo.");
		page.locator("#answer-basis").fill("Luật Hộ tịch 2014, Điều 16; Nghị định 123/2015/NĐ-CP");
		page.locator("#fb-answer").click();
		assertThat(page.locator("#fb-status")).hasAttribute("data-status", "ANSWERED");
		checked(browser, page, "hatu-answered");
		DemoLogin.logOut(page);

		// the leader approves: the preview shows what will be published
		DemoLogin.logIn(page, "lanhdao.hatu");
		page.navigate("/workspace/feedback/" + code);
		assertThat(page.locator("#fb-preview")).not().containsText("Nguyen Van An");
		assertThat(page.locator("#fb-preview")).not().containsText("0912 345 678");
		checked(browser, page, "leader-preview");
		page.locator("#fb-approve").click();
		assertThat(page.locator("#fb-status")).hasAttribute("data-status", "PUBLISHED");
		DemoLogin.logOut(page);

		// anyone reads it on the portal, without personal data
		page.navigate("/feedback");
		page.locator("#fb-answers a[href$='" + code + "']").click();
		assertThat(page.locator("#fb-public-answer")).containsText("khong yeu cau so ho khau");
		assertThat(page.locator("#fb-public-answer")).containsText("Luật Hộ tịch 2014");
		String published = page.locator("main").innerText();
		assertThat(published).contains("nop them ban sao so ho khau")
			.doesNotContain("Nguyen Van An")
			.doesNotContain("Nguyễn Văn An")
			.doesNotContain("Tran Thi Mai")
			.doesNotContain("022085001234")
			.doesNotContain("0912 345 678")
			.doesNotContain("0912345678")
			.doesNotContain("an.nguyen@example.com")
			.doesNotContain("To 3");
		checked(browser, page, "public-answer");

		// the citizen follows it and says it solved the matter
		page.navigate("/feedback/track");
		page.locator("#fb-track-code").fill(code);
		page.locator("#fb-track-check").fill("5678");
		page.locator("#fb-track-submit").click();
		assertThat(page.locator("#fb-status")).hasAttribute("data-status", "PUBLISHED");
		page.locator("#fb-resolved-yes").click();
		assertThat(page.locator("#fb-resolved")).isVisible();
		checked(browser, page, "citizen-resolved");

		assertThat(errors).as("errors in the browser console").isEmpty();
	}

	private void checked(BrowserSession browser, Page page, String name) {
		browser.screenshotAndCheck(page, String.format("feedback-%02d-%s", ++this.step, name));
	}

}
