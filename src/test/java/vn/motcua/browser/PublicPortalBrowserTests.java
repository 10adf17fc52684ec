package vn.motcua.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public portal as an anonymous visitor sees it: Vietnamese first, English on request
 * without losing the page, usable from 360 px wide and with the keyboard.
 */
@BrowserTest
class PublicPortalBrowserTests {

	@Test
	void homePageIsVietnameseAndFitsAPhone(BrowserSession browser) {
		Page desktop = browser.page();
		desktop.navigate("/");

		assertThat(desktop.locator("html")).hasAttribute("lang", "vi");
		assertThat(desktop.locator("h1")).hasText("Dịch vụ hành chính công một cửa");
		assertThat(desktop.getByRole(AriaRole.SEARCH)).isVisible();
		browser.screenshot(desktop, "home-vi");

		Page phone = browser.newPage(BrowserSession.PHONE);
		phone.navigate("/");
		assertThat(phone.locator("h1")).isVisible();
		assertThat(Layout.overflowingElements(phone)).as("elements wider than 360 px").isEmpty();
		browser.screenshot(phone, "home-vi-phone");
	}

	@Test
	void switchingLanguageKeepsThePageAndTheChoice(BrowserSession browser) {
		Page page = browser.page();
		page.navigate("/?q=khai+sinh");

		page.locator("#lang-en").click();

		assertThat(page).hasURL(browser.baseUrl() + "/?q=khai+sinh&lang=en");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText("One-stop public administrative services");
		assertThat(page.locator("#lang-en")).hasAttribute("aria-current", "true");
		browser.screenshot(page, "home-en");

		page.navigate("/");
		assertThat(page.locator("h1")).hasText("One-stop public administrative services");

		page.navigate("/?lang=fr");
		assertThat(page.locator("html")).hasAttribute("lang", "en");

		page.locator("#lang-vi").click();
		assertThat(page).hasURL(browser.baseUrl() + "/?lang=vi");
		assertThat(page.locator("h1")).hasText("Dịch vụ hành chính công một cửa");
	}

	@Test
	void languageSwitchOnAnErrorPageStaysOnThatPage(BrowserSession browser) {
		Page page = browser.page();
		page.navigate("/procedures/khong-ton-tai/trang-khong-co");
		assertThat(page.locator("h1")).hasText("Không tìm thấy trang");

		page.locator("#lang-en").click();

		assertThat(page).hasURL(browser.baseUrl() + "/procedures/khong-ton-tai/trang-khong-co?lang=en");
		assertThat(page.locator("h1")).hasText("Page not found");
		browser.screenshot(page, "error-404-en");
	}

	@Test
	void keyboardUsersCanSkipTheNavigation(BrowserSession browser) {
		Page page = browser.page();
		page.navigate("/");

		page.keyboard().press("Tab");
		Locator skip = page.locator(".skip-link");
		assertThat(skip).isFocused();
		assertThat(skip).isInViewport();
		assertThat(skip).hasText("Bỏ qua điều hướng, đến nội dung chính");

		page.keyboard().press("Enter");
		assertThat(page.locator("main")).isFocused();
	}

	@Test
	void languageAndLoginStayInReachOnAPhoneAndTheMenuOpens(BrowserSession browser) {
		Page phone = browser.newPage(BrowserSession.PHONE);
		phone.navigate("/");
		assertThat(phone.locator("#lang-en")).isVisible();
		assertThat(phone.locator("#nav-login")).isVisible();
		Locator agencies = phone.locator("#main-nav a[href='/agencies']");
		assertThat(agencies).isHidden();

		phone.locator(".navbar-toggler").click();

		phone.locator("#main-nav.collapse.show").waitFor();
		assertThat(agencies).isVisible();
		assertThat(phone.locator(".navbar-toggler")).hasAttribute("aria-expanded", "true");
		assertThat(Layout.overflowingElements(phone)).isEmpty();
		browser.screenshot(phone, "menu-vi-phone");
	}

}
