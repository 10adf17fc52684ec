package vn.motcua.browser;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicReference;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Submission;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.Role;
import vn.motcua.payment.GatewaySimulator;
import vn.motcua.payment.internal.VnpayProperties;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fees in the browser on the demo commune of Hà Tu: the desk asks for payment from the
 * staff dossier page, takes the cash and prints the receipt, and finds it in the day's
 * cash report; a citizen pays online from their dossier page through VNPAY (the gateway's
 * page is simulated by intercepting its address, the IPN callback and the return are
 * signed like the gateway's), and the dossier resumes. Every page on the way has no
 * serious WCAG violation (axe). Screenshots: {@code target/screenshots/payment-*.png}.
 */
@BrowserTest
class PaymentBrowserTests {

	@Autowired
	Dossiers dossiers;

	@Autowired
	UserDetailsService users;

	@Autowired
	VnpayProperties vnpay;

	private int step;

	static Actor officer() {
		return new Actor(Actor.Kind.STAFF, "tiepnhan.hatu", "Cán bộ Hà Tu", Set.of(Role.ONE_STOP_OFFICER), "06652",
				false, null, "127.0.0.1");
	}

	@Test
	void theDeskTakesCashAndPrintsTheReceipt(BrowserSession browser) {
		String code = this.dossiers
			.register(
					new Submission("1.004884", 0, "06652",
							new Applicant("Phạm Thị Lan", null, "0912349903", null, "Hà Tu"), null, null, null),
					Channel.COUNTER, officer())
			.code();
		Page page = browser.page();
		DemoLogin.logIn(page, "tiepnhan.hatu");
		page.navigate("/workspace/dossiers/" + code);
		page.locator("#f-request-payment-amount").fill("12000");
		page.locator("#f-request-payment-reason").fill("Lệ phí theo Nghị quyết của HĐND tỉnh");
		page.locator("#do-request-payment").click();
		assertThat(page.locator("#dossier-status")).hasAttribute("data-status", "6");
		assertThat(page.locator("#payable")).containsText("12.000");
		checked(browser, page, "desk-due");
		page.locator("#take-cash").click();
		assertThat(page.locator("#payable .alert-success")).containsText("06652-");
		String receipt = page.locator("#payable a[href*='/workspace/payments/receipts/']").first().innerText();
		checked(browser, page, "desk-paid");
		// the dossier leaves status 6 once the payment is recorded
		for (int i = 0; i < 40 && !"2".equals(page.locator("#dossier-status").getAttribute("data-status")); i++) {
			page.waitForTimeout(500);
			page.reload();
		}
		assertThat(page.locator("#dossier-status")).hasAttribute("data-status", "2");
		APIResponse pdf = page.request()
			.get(page.locator("#payable a[href*='/workspace/payments/receipts/']").first().getAttribute("href"));
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
		// the day of the counter lists it, with its receipt and a link back to the
		// dossier
		page.navigate("/workspace/payments");
		assertThat(page.locator("#day-entries")).containsText(code);
		assertThat(page.locator("#day-entries")).containsText("P*** T*** Lan");
		assertThat(page.locator("#day-entries a[href='/workspace/dossiers/" + code + "']")).hasCount(1);
		String receiptNumber = receipt.substring(receipt.indexOf("06652-"));
		assertThat(page.locator("#day-entries a[href='/workspace/payments/receipts/" + receiptNumber + "']"))
			.hasCount(1);
		assertThat(receipt).contains("06652-");
		checked(browser, page, "cash-report");
	}

	@Test
	void theCitizenPaysOnlineThroughTheGateway(BrowserSession browser) {
		CitizenPrincipal congdan = (CitizenPrincipal) this.users.loadUserByUsername("congdan");
		Actor citizen = new Actor(Actor.Kind.CITIZEN, "congdan", congdan.fullName(), Set.of(), null, false,
				congdan.accountId(), "127.0.0.1");
		String code = this.dossiers
			.submit(new Submission("1.004884", 0, "06652",
					new Applicant("Nguyễn Văn An", null, "0912349904", null, "Hà Tu"), null, null, null), citizen, null)
			.dossier()
			.code();
		this.dossiers.act(code, DossierAction.RECEIVE, ActionInput.none(), officer());
		this.dossiers.act(code, DossierAction.REQUEST_PAYMENT, new ActionInput("Lệ phí đăng ký lại khai sinh", null,
				null, null, null, null, 15_000L, null, null, null), officer());

		Page page = browser.page();
		// the gateway is not reachable from here: its page is simulated
		AtomicReference<String> order = new AtomicReference<>();
		page.route(this.vnpay.payUrl() + "**", (Route route) -> {
			order.set(route.request().url());
			route.fulfill(new Route.FulfillOptions().setContentType("text/html; charset=utf-8")
				.setBody("<!DOCTYPE html><html lang=\"vi\"><head><title>VNPAY</title></head>"
						+ "<body><main><h1>Cổng thanh toán (mô phỏng)</h1></main></body></html>"));
		});
		DemoLogin.logIn(page, "congdan");
		page.navigate("/account/dossiers/" + code);
		assertThat(page.locator("#payable")).containsText("15.000");
		checked(browser, page, "citizen-due");
		page.locator("#pay-online").click();
		assertThat(page.locator("#go-to-gateway")).isVisible();
		checked(browser, page, "citizen-checkout");
		page.locator("#go-to-gateway").click();
		page.waitForURL(this.vnpay.payUrl() + "**");
		Map<String, String> query = query(order.get());
		assertThat(query).containsEntry("vnp_Amount", "1500000").containsKey("vnp_SecureHash");

		// the gateway tells the system (IPN), then sends the citizen back
		Map<String, String> callback = GatewaySimulator.signed(
				GatewaySimulator.callback(this.vnpay.tmnCode(), query.get("vnp_TxnRef"), 15_000, "14079999", "00"),
				this.vnpay.hashSecret());
		APIResponse ipn = page.request().get(browser.baseUrl() + "/api/v1/payments/vnpay/ipn?" + encode(callback));
		assertThat(ipn.text()).contains("\"RspCode\":\"00\"");
		page.navigate(browser.baseUrl() + "/payments/vnpay/return?" + encode(callback));
		assertThat(page.locator("#return-success")).containsText(code);
		checked(browser, page, "citizen-returned");
		page.locator("main a.btn").click();
		for (int i = 0; i < 40 && !"2".equals(page.locator("#dossier-status").getAttribute("data-status")); i++) {
			page.waitForTimeout(500);
			page.reload();
		}
		assertThat(page.locator("#dossier-status")).hasAttribute("data-status", "2");
		assertThat(page.locator("#payable a[href*='/account/payments/receipts/']")).hasCount(1);
		checked(browser, page, "citizen-paid");
	}

	private static Map<String, String> query(String url) {
		Map<String, String> query = new LinkedHashMap<>();
		for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
			int eq = pair.indexOf('=');
			query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return query;
	}

	private static String encode(Map<String, String> parameters) {
		StringJoiner out = new StringJoiner("&");
		parameters.forEach((name, value) -> out.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return out.toString();
	}

	private void checked(BrowserSession browser, Page page, String name) {
		browser.screenshotAndCheck(page, String.format("payment-%02d-%s", ++this.step, name));
	}

}
