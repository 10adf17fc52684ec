package vn.motcua.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo as a newcomer walks through it (issue 2, browser journey): the home page, the
 * language switch and back, then each demo role logs in, sees its own workspace (staff)
 * or account (citizen), is refused another agency's administration page and logs out.
 * Runs with the real Content Security Policy: any script error or blocked resource fails
 * it. Screenshots of every step: {@code target/screenshots/journey-*.png}.
 */
@BrowserTest
class DemoJourneyBrowserTests {

	/** A commune (Xã Bình Liêu) that only the province's administrator may administer. */
	static final String OTHER_AGENCY_ADMIN_PAGE = "/admin/agencies/06838/edit";

	/** One demo account per role and agency type (docs/demo-accounts.md). */
	static final List<DemoAccount> ACCOUNTS = List.of(
			DemoAccount.staff("admin", "Trần Quốc Hùng", "22", Role.SYSTEM_ADMIN),
			DemoAccount.staff("thanhtra", "Hoàng Văn Bình", "22", Role.INSPECTOR),
			DemoAccount.staff("tiepnhan.tinh", "Nguyễn Thị Lan", "22.TTPVHCC", Role.ONE_STOP_OFFICER),
			DemoAccount.staff("chuyenvien.stp", "Phạm Minh Tuấn", "22.STP", Role.SPECIALIST),
			DemoAccount.staff("truongphong.stp", "Lê Thị Hồng", "22.STP", Role.DEPARTMENT_LEADER),
			DemoAccount.staff("lanhdao.stp", "Đỗ Văn Thành", "22.STP", Role.AGENCY_LEADER),
			DemoAccount.staff("khaosat.snv", "Vũ Thị Mai", "22.SNV", Role.SURVEY_MANAGER),
			DemoAccount.staff("quantri.hatu", "Bùi Đức Long", "06652", Role.SYSTEM_ADMIN),
			DemoAccount.staff("tiepnhan.hatu", "Đặng Thị Thu", "06652", Role.ONE_STOP_OFFICER),
			DemoAccount.citizen("congdan", "Nguyễn Văn An"));

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Autowired
	Agencies agencies;

	@Autowired
	MessageSource messages;

	private int step;

	@Test
	void everyDemoRoleLogsInSeesItsOwnWorkspaceIsRefusedAnotherAgencyAndLogsOut(BrowserSession browser) {
		Page page = browser.page();
		List<String> consoleErrors = BrowserSession.watchForErrors(page);

		page.navigate("/");
		assertThat(page.locator("h1")).hasText("Dịch vụ hành chính công một cửa");
		screenshot(browser, page, "home-vi");

		page.locator("#lang-en").click();
		assertThat(page.locator("h1")).hasText("One-stop public administrative services");
		assertThat(page).hasURL(browser.baseUrl() + "/?lang=en");
		screenshot(browser, page, "home-en");
		page.locator("#lang-vi").click();
		assertThat(page.locator("h1")).hasText("Dịch vụ hành chính công một cửa");

		for (DemoAccount account : ACCOUNTS) {
			logIn(page, account);
			if (account.role() != null) {
				seesOwnWorkspace(browser, page, account);
			}
			else {
				seesOwnAccount(browser, page, account);
			}
			isRefusedAnotherAgency(browser, page, account);
			logOut(browser, page, account);
		}

		assertThat(consoleErrors).as("script errors and blocked resources (CSP)").isEmpty();
	}

	@Test
	void theJourneyCoversEveryRoleAndOnlyDocumentedAccounts() throws IOException {
		assertThat(ACCOUNTS).extracting(DemoAccount::role)
			.filteredOn(Objects::nonNull)
			.containsAll(List.of(Role.values()));
		assertThat(ACCOUNTS).anyMatch((account) -> account.role() == null);
		String documented = Files.readString(Paths.get("docs", "demo-accounts.md"));
		assertThat(ACCOUNTS).allSatisfy((account) -> assertThat(documented).contains("`" + account.username() + "`"));
	}

	private void logIn(Page page, DemoAccount account) {
		page.locator("#nav-login").click();
		assertThat(page.locator("h1")).hasText("Đăng nhập");
		page.locator("#username").fill(account.username());
		page.locator("#password").fill(DemoLogin.PASSWORD);
		page.locator("#login-form [type=submit]").click();
		page.waitForLoadState();
		assertThat(page.locator("#nav-user")).containsText(account.username());
	}

	private void seesOwnWorkspace(BrowserSession browser, Page page, DemoAccount account) {
		assertThat(page).hasURL(browser.baseUrl() + "/workspace");
		assertThat(page.locator("h1")).hasText("Xin chào, " + account.fullName());
		String agencyName = this.agencies.findByCode(account.agencyCode())
			.map(AgencyView::name)
			.orElseThrow(() -> new AssertionError("demo agency " + account.agencyCode() + " missing"));
		assertThat(page.locator("#workspace-agency")).hasText(agencyName);
		assertThat(page.locator("#workspace-roles"))
			.containsText(this.messages.getMessage("role." + account.role().name(), null, VIETNAMESE));
		assertThat(page.locator("#nav-workspace")).hasAttribute("aria-current", "page");
		screenshot(browser, page, account.username() + "-workspace");
	}

	private void seesOwnAccount(BrowserSession browser, Page page, DemoAccount account) {
		assertThat(page).hasURL(browser.baseUrl() + "/account");
		assertThat(page.locator("h1")).hasText("Xin chào, " + account.fullName());
		assertThat(page.locator("#nav-workspace")).hasCount(0);
		screenshot(browser, page, account.username() + "-account");

		Response workspace = page.navigate("/workspace");
		assertThat(workspace.status()).as("a citizen opening the staff workspace").isEqualTo(403);
		assertThat(page.locator("h1")).hasText("Không có quyền truy cập");
	}

	private void isRefusedAnotherAgency(BrowserSession browser, Page page, DemoAccount account) {
		Response response = page.navigate(OTHER_AGENCY_ADMIN_PAGE);
		if (account.username().equals("admin")) {
			// the province's administrator administers every commune of the province
			assertThat(response.status()).isEqualTo(200);
			return;
		}
		assertThat(response.status()).as("%s opening %s", account.username(), OTHER_AGENCY_ADMIN_PAGE).isEqualTo(403);
		assertThat(page.locator("h1")).hasText("Không có quyền truy cập");
		assertThat(page.locator("#error-status")).hasText("Mã lỗi 403");
		assertThat(page.locator("#nav-user")).containsText(account.username());
		screenshot(browser, page, account.username() + "-403");
		if (account.username().equals("quantri.hatu")) {
			// but the commune's administrator administers their own commune
			assertThat(page.navigate("/admin/agencies/" + account.agencyCode() + "/edit").status()).isEqualTo(200);
		}
	}

	private void logOut(BrowserSession browser, Page page, DemoAccount account) {
		page.locator("#nav-logout").click();
		page.waitForLoadState();
		assertThat(page.locator("#nav-login")).isVisible();
		assertThat(page.locator("#nav-user")).hasCount(0);
		Response home = page.navigate((account.role() != null) ? "/workspace" : "/account");
		assertThat(page).hasURL(browser.baseUrl() + "/login");
		assertThat(home.status()).isEqualTo(200);
		// that visit left a saved request which would take the next account back there
		page.context().clearCookies();
		page.navigate("/");
	}

	private void screenshot(BrowserSession browser, Page page, String name) {
		browser.screenshot(page, String.format("journey-%02d-%s", ++this.step, name));
	}

	/** A demo account: staff have a role and an agency, citizens neither. */
	record DemoAccount(String username, String fullName, @Nullable String agencyCode, @Nullable Role role) {

		static DemoAccount staff(String username, String fullName, String agencyCode, Role role) {
			return new DemoAccount(username, fullName, agencyCode, role);
		}

		static DemoAccount citizen(String username, String fullName) {
			return new DemoAccount(username, fullName, null, null);
		}

	}

}
