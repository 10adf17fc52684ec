package vn.motcua.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * The browser side of one test: isolated browser contexts (own cookies, so own login and
 * language) pointed at the application under test, and screenshots saved under
 * {@code target/screenshots/}. Everything opened here is closed after the test.
 */
public final class BrowserSession implements AutoCloseable {

	/** A phone held upright, the narrowest screen the portal supports. */
	public static final Viewport PHONE = new Viewport("phone", 360, 740);

	public static final Viewport DESKTOP = new Viewport("desktop", 1280, 800);

	private final Browser browser;

	private final String baseUrl;

	private final Path screenshots;

	private final List<BrowserContext> contexts = new ArrayList<>();

	private Page page;

	BrowserSession(Browser browser, String baseUrl, Path screenshots) {
		this.browser = browser;
		this.baseUrl = baseUrl;
		this.screenshots = screenshots;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	/** The page of a default context: desktop size, a Vietnamese browser. */
	public Page page() {
		if (this.page == null) {
			this.page = newPage(DESKTOP);
		}
		return this.page;
	}

	/**
	 * A page in a new context of the given size, as a visitor whose browser prefers
	 * Vietnamese.
	 */
	public Page newPage(Viewport viewport) {
		return newContext(viewport, (options) -> {
		}).newPage();
	}

	/**
	 * A new context (own cookies) of the given size; {@code customizer} may change the
	 * options, e.g. {@code setBypassCSP(true)} to inject test scripts.
	 */
	public BrowserContext newContext(Viewport viewport, Consumer<Browser.NewContextOptions> customizer) {
		Browser.NewContextOptions options = new Browser.NewContextOptions().setBaseURL(this.baseUrl)
			.setViewportSize(viewport.width(), viewport.height())
			.setLocale("vi-VN")
			.setTimezoneId("Asia/Ho_Chi_Minh");
		customizer.accept(options);
		BrowserContext context = this.browser.newContext(options);
		context.setDefaultTimeout(15_000);
		context.setDefaultNavigationTimeout(30_000);
		this.contexts.add(context);
		return context;
	}

	/**
	 * Saves a full-page screenshot as {@code target/screenshots/<name>.png} and returns
	 * its path.
	 */
	public Path screenshot(Page page, String name) {
		Path file = this.screenshots.resolve(name + ".png");
		try {
			Files.createDirectories(file.getParent());
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot create " + file.getParent(), ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	/**
	 * Saves a screenshot of the page as it is now and fails on serious or critical WCAG
	 * violations. axe is injected as a script, so it runs in a second window of the same
	 * session (same cookies) that allows it: the journey itself stays under the real
	 * Content Security Policy.
	 */
	public void screenshotAndCheck(Page page, String name) {
		screenshot(page, name);
		try (BrowserContext context = newContext(DESKTOP,
				(options) -> options.setBypassCSP(true).setStorageState(page.context().storageState()))) {
			Page copy = context.newPage();
			copy.navigate(page.url());
			List<Axe.Violation> blocking = Axe.blocking(Axe.check(copy));
			if (!blocking.isEmpty()) {
				throw new AssertionError("serious WCAG violations on " + page.url() + ":\n" + Axe.describe(blocking));
			}
		}
	}

	/**
	 * Collects the page's script errors and console errors from now on (not the "Failed
	 * to load resource" lines of pages a test asks for on purpose, such as a 403), for
	 * the test to assert empty at its end.
	 */
	public static List<String> watchForErrors(Page page) {
		List<String> errors = new ArrayList<>();
		page.onPageError((error) -> errors.add("page error: " + error));
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
				errors.add(message.text() + " at " + message.location());
			}
		});
		return errors;
	}

	void screenshotOpenPages(String prefix) {
		int n = 0;
		for (BrowserContext context : this.contexts) {
			for (Page open : context.pages()) {
				try {
					screenshot(open, prefix + "-" + (++n));
				}
				catch (RuntimeException ex) {
					// the page may be gone with the failure; the failure itself is what
					// matters
				}
			}
		}
	}

	@Override
	public void close() {
		for (BrowserContext context : this.contexts) {
			try {
				context.close();
			}
			catch (RuntimeException ex) {
				// already closed by the test
			}
		}
		this.contexts.clear();
		this.page = null;
	}

	/** A browser window size in CSS pixels. */
	public record Viewport(String name, int width, int height) {

	}

}
