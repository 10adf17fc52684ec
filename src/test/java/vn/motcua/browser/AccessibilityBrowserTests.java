package vn.motcua.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ReducedMotion;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, in Vietnamese and in English, on a desktop and on a 360 px phone, as the
 * visitor it is meant for: axe-core finds no serious or critical violation of WCAG 2.x
 * A/AA, the page has its language, exactly one {@code h1}, no untranslated message key,
 * every control it reaches with the Tab key shows its focus, no small control is crammed
 * against another (2.5.8) and it does not scroll sideways on a phone. Pages are found
 * from the request mappings ({@link SiteMap}); pages with path variables and error pages
 * are listed here.
 */
@BrowserTest
class AccessibilityBrowserTests {

	/**
	 * Sample values of path variables: every page whose variables all have one is found
	 * and visited without being listed. {@code agencyCode} is the province, which the
	 * province's system administrator may open.
	 */
	static final Map<String, String> SAMPLES = Map.of("agencyCode", "22");

	/** Pages with other path variables, pages for other visitors, and error pages. */
	static final List<Visit> KNOWN_PAGES = List
		.of(new Visit("/agencies/22", Visitor.ANONYMOUS, 200), new Visit("/agencies/06652", Visitor.ANONYMOUS, 200),
				new Visit("/procedures/khong-ton-tai/trang-khong-co", Visitor.ANONYMOUS, 404),
				new Visit("/procedures/1.001193", Visitor.ANONYMOUS, 200),
				new Visit("/procedures/1.013978", Visitor.ANONYMOUS, 200),
				new Visit("/procedures/1.012812", Visitor.ANONYMOUS, 200),
				new Visit("/agencies/22.SNNMT", Visitor.ANONYMOUS, 200),
				new Visit("/agencies/06652?q=ket+hon", Visitor.ANONYMOUS, 200),
				new Visit("/procedures/1.001193/forms/khong-co.pdf", Visitor.ANONYMOUS, 404),
				new Visit("/admin/procedures/1.001193/edit", Visitor.STAFF, 200),
				new Visit("/admin/agencies/06838/edit", Visitor.COMMUNE_ADMIN, 403),
				new Visit("/track/06652-261102-0001", Visitor.ANONYMOUS, 200),
				new Visit("/track?code=06652-261102-0001&phone4=0000", Visitor.ANONYMOUS, 404),
				new Visit("/account/dossiers/new?procedure=1.001193", Visitor.CITIZEN, 200),
				new Visit("/workspace/dossiers?tab=all&q=nguyen", Visitor.STAFF, 200),
				new Visit("/workspace/dossiers/06652-000000-0000", Visitor.STAFF, 404),
				new Visit("/account/notifications", Visitor.CITIZEN, 200),
				new Visit("/workspace/dossiers/tracking-book", Visitor.STAFF, 200),
				new Visit("/workspace/dossiers/tracking-book?agency=22&from=2026-11-30&to=2026-11-01", Visitor.STAFF,
						400),
				new Visit("/feedback/track?code=PA-000000-AAAAAA&check=0000", Visitor.ANONYMOUS, 404),
				new Visit("/feedback/answers/PA-000000-AAAAAA", Visitor.ANONYMOUS, 404),
				new Visit("/workspace/feedback?status=PUBLISHED", Visitor.STAFF, 200),
				new Visit("/workspace/feedback/PA-000000-AAAAAA", Visitor.STAFF, 404),
				new Visit("/workspace/payments/cash-report", Visitor.STAFF, 200),
				new Visit("/workspace/payments/reconciliation", Visitor.STAFF, 200),
				new Visit("/payments/vnpay/return?vnp_TxnRef=1-x&vnp_SecureHash=00", Visitor.ANONYMOUS, 200),
				new Visit("/rate/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", Visitor.ANONYMOUS, 404),
				new Visit("/workspace/satisfaction", Visitor.STAFF, 200),
				new Visit("/workspace/satisfaction/results", Visitor.STAFF, 200),
				new Visit("/workspace/reports?agency=22&sub=true", Visitor.STAFF, 200),
				new Visit("/workspace/reports/dossiers?agency=06652&measure=resolved.late", Visitor.STAFF, 200),
				new Visit("/workspace/reports?agency=06652&from=2026-03-10&to=2026-03-01", Visitor.STAFF, 200));

	/** Language and screen combinations: every page is checked in each. */
	static final List<Sweep> SWEEPS = List.of(new Sweep("vi", BrowserSession.DESKTOP),
			new Sweep("en", BrowserSession.DESKTOP), new Sweep("vi", BrowserSession.PHONE),
			new Sweep("en", BrowserSession.PHONE));

	static final String REPORT = "target/screenshots/a11y/report.txt";

	private static final Pattern UNRESOLVED_MESSAGE = Pattern.compile("\\?\\?[\\w.\\-]+_(vi|en)\\?\\?");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@TestFactory
	Stream<DynamicNode> noPageHasASeriousAccessibilityProblem(BrowserSession browser) {
		List<Visit> visits = visits();
		report("# Accessibility sweep: " + visits.size() + " page visits x " + SWEEPS.size() + " sweeps\n", false);
		Map<String, Object> pages = new HashMap<>();
		List<DynamicNode> sweeps = new ArrayList<>();
		for (Sweep sweep : SWEEPS) {
			List<DynamicTest> tests = new ArrayList<>();
			for (Visit visit : visits) {
				tests.add(DynamicTest.dynamicTest(visit.visitor().label() + " " + visit.path(),
						() -> checkAndReport(browser, pages, sweep, visit)));
			}
			sweeps.add(DynamicContainer.dynamicContainer(sweep.name(), tests));
		}
		return sweeps.stream();
	}

	private List<Visit> visits() {
		Set<String> discovered = SiteMap.pages(this.mapping, SAMPLES);
		Map<String, Visit> visits = new LinkedHashMap<>();
		for (String path : discovered) {
			Visitor visitor = switch (SiteMap.audienceOf(path)) {
				case PUBLIC -> Visitor.ANONYMOUS;
				case STAFF -> Visitor.STAFF;
				case CITIZEN -> Visitor.CITIZEN;
			};
			visits.put(visitor + path, new Visit(path, visitor, null));
		}
		// the navigation bar differs when logged in
		visits.putIfAbsent(Visitor.STAFF + "/", new Visit("/", Visitor.STAFF, null));
		visits.putIfAbsent(Visitor.CITIZEN + "/", new Visit("/", Visitor.CITIZEN, null));
		KNOWN_PAGES.forEach((visit) -> visits.put(visit.visitor() + visit.path(), visit));
		System.out
			.println("Accessibility check covers " + visits.size() + " page visits per sweep: " + visits.values());
		return new ArrayList<>(visits.values());
	}

	/**
	 * One logged-in page per visitor and sweep; a failed login is reported once, not
	 * retried.
	 */
	private static Page page(Map<String, Object> pages, BrowserSession browser, Sweep sweep, Visitor visitor) {
		Object page = pages.computeIfAbsent(sweep.name() + visitor, (key) -> {
			try {
				return open(browser, sweep, visitor);
			}
			catch (RuntimeException | AssertionError ex) {
				return new AssertionError("cannot open a page as " + visitor.label() + ": " + ex.getMessage(), ex);
			}
		});
		if (page instanceof AssertionError failure) {
			throw failure;
		}
		return (Page) page;
	}

	private static Page open(BrowserSession browser, Sweep sweep, Visitor visitor) {
		BrowserContext context = browser.newContext(sweep.viewport(), (options) -> options.setBypassCSP(true)
			// no transitions: axe and the focus check see final colours, not a fade
			.setReducedMotion(ReducedMotion.REDUCE));
		Page page = context.newPage();
		if (visitor.username() != null) {
			DemoLogin.logIn(page, visitor.username());
		}
		page.navigate("/?lang=" + sweep.language());
		return page;
	}

	private static void checkAndReport(BrowserSession browser, Map<String, Object> pages, Sweep sweep, Visit visit) {
		try {
			check(browser, page(pages, browser, sweep, visit.visitor()), sweep, visit);
		}
		catch (AssertionError ex) {
			report(sweep.name() + " " + visit + " FAILED: "
					+ String.valueOf(ex.getMessage()).strip().lines().limit(3).toList() + "\n", true);
			throw ex;
		}
	}

	private static void check(BrowserSession browser, Page page, Sweep sweep, Visit visit) {
		Response response = page.navigate(visit.path());
		assertThat(response).as("response for %s", visit.path()).isNotNull();
		if (visit.expectedStatus() != null) {
			assertThat(response.status()).as("status of %s", visit.path()).isEqualTo(visit.expectedStatus());
		}
		else {
			assertThat(response.status()).as("status of %s", visit.path()).isLessThan(500);
		}
		String contentType = response.headerValue("content-type");
		Assumptions.assumeTrue(contentType != null && contentType.startsWith("text/html"),
				() -> visit.path() + " is not an HTML page: " + contentType);
		Assumptions.assumeTrue(response.text().toLowerCase().contains("<html"),
				() -> visit.path() + " renders a fragment, not a page");

		browser.screenshot(page, "a11y/" + sweep.name() + "-" + visit.visitor().label() + slug(visit.path()));

		assertThat(page.locator("html").getAttribute("lang")).as("lang of %s", visit.path())
			.isEqualTo(sweep.language());
		assertThat(page.locator("h1").count()).as("h1 elements on %s", visit.path()).isEqualTo(1);
		assertThat(page.title()).as("title of %s", visit.path()).isNotBlank();
		String text = page.locator("body").innerText();
		assertThat(UNRESOLVED_MESSAGE.matcher(text + page.title()).find())
			.as("untranslated message key on %s: %s", visit.path(), text)
			.isFalse();
		if (sweep.viewport().width() < 576) {
			assertThat(Layout.overflowingElements(page)).as("elements wider than the screen on %s", visit.path())
				.isEmpty();
		}
		assertThat(Layout.crampedTargets(page)).as("controls under 24 px too close to others on %s", visit.path())
			.isEmpty();
		List<Axe.Violation> violations = Axe.check(page);
		List<Axe.Violation> blocking = Axe.blocking(violations);
		report(sweep.name() + " " + visit + " -> " + response.status() + ", axe: "
				+ (violations.isEmpty() ? "no violation" : "\n" + Axe.describe(violations)) + "\n", true);
		assertThat(blocking)
			.as("serious or critical WCAG violations on %s (%s):\n%s", visit.path(), sweep.name(),
					Axe.describe(blocking))
			.isEmpty();
		// last: tabbing leaves a control focused, which changes its colours
		assertThat(Layout.focusWithoutIndicator(page, 40)).as("controls without a visible focus on %s", visit.path())
			.isEmpty();
	}

	/**
	 * Appends to {@value #REPORT}: every page checked, with the minor violations that do
	 * not fail.
	 */
	private static void report(String text, boolean append) {
		try {
			Files.createDirectories(Paths.get(REPORT).getParent());
			Files.writeString(Paths.get(REPORT), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String slug(String path) {
		String slug = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
		return slug.isEmpty() || slug.equals("-") ? "-home" : slug;
	}

	/** Who looks at the page. */
	enum Visitor {

		ANONYMOUS(null), STAFF("admin"), CITIZEN("congdan"), COMMUNE_ADMIN("quantri.hatu");

		private final @Nullable String username;

		Visitor(@Nullable String username) {
			this.username = username;
		}

		@Nullable String username() {
			return this.username;
		}

		String label() {
			return (this.username != null) ? this.username : "anonymous";
		}

	}

	record Visit(String path, Visitor visitor, @Nullable Integer expectedStatus) {

		@Override
		public String toString() {
			return this.visitor.label() + " " + this.path;
		}

	}

	record Sweep(String language, BrowserSession.Viewport viewport) {

		String name() {
			return this.language + "-" + this.viewport.name();
		}

	}

}
