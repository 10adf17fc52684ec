package vn.motcua.browser;

import com.microsoft.playwright.Page;

/**
 * Logs in through the login page as one of the demo accounts (all share the demo
 * password), the way a person does.
 */
public final class DemoLogin {

	public static final String PASSWORD = "MotCua@2026";

	private DemoLogin() {
	}

	public static void logIn(Page page, String username) {
		page.navigate("/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(PASSWORD);
		page.locator("form:has(#password) [type=submit]").first().click();
		page.waitForLoadState();
		if (page.url().contains("/login")) {
			throw new AssertionError("could not log in as " + username + ", still on " + page.url());
		}
	}

	public static void logOut(Page page) {
		page.locator("#nav-logout").click();
		page.waitForLoadState();
	}

}
