package vn.motcua.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives browser tests a real Chromium: one headless browser per test JVM (started on
 * first use, closed when the JVM's tests are done), a fresh {@link BrowserSession}
 * (isolated cookies, base URL of the application under test) per test method, and a
 * screenshot under {@code target/screenshots/failures/} of every page still open when a
 * test fails.
 * <p>
 * Uses Debian's {@code /usr/bin/chromium} when it exists, Playwright's own browser
 * otherwise. Needs the Spring test context of {@link BrowserTest} for the port.
 */
public class PlaywrightExtension implements ParameterResolver, AfterEachCallback {

	static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");

	static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(PlaywrightExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return type == BrowserSession.class || type == Page.class || type == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
			throws ParameterResolutionException {
		Class<?> type = parameterContext.getParameter().getType();
		if (type == Browser.class) {
			return browser(extensionContext);
		}
		BrowserSession session = session(extensionContext);
		return (type == Page.class) ? session.page() : session;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		BrowserSession session = context.getStore(NAMESPACE).remove(BrowserSession.class, BrowserSession.class);
		if (session != null) {
			context.getExecutionException()
				.ifPresent((failure) -> session
					.screenshotOpenPages("failures/" + context.getRequiredTestClass().getSimpleName() + "-"
							+ context.getRequiredTestMethod().getName()));
			session.close();
		}
	}

	private BrowserSession session(ExtensionContext context) {
		return context.getStore(NAMESPACE)
			.computeIfAbsent(BrowserSession.class,
					(key) -> new BrowserSession(browser(context), baseUrl(context), screenshotDirectory()),
					BrowserSession.class);
	}

	private static Browser browser(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Chromium.class, (key) -> Chromium.launch(), Chromium.class)
			.browser();
	}

	private static String baseUrl(ExtensionContext context) {
		ApplicationContext application = SpringExtension.getApplicationContext(context);
		String port = application.getEnvironment().getProperty("local.server.port");
		if (port == null) {
			throw new IllegalStateException("browser tests need a running server: use @BrowserTest");
		}
		return "http://localhost:" + port;
	}

	static Path screenshotDirectory() {
		Path directory = Paths.get("target", "screenshots");
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot create " + directory.toAbsolutePath(), ex);
		}
		return directory;
	}

	/**
	 * One Playwright driver and one browser for the whole test JVM; JUnit closes it at
	 * the end.
	 */
	record Chromium(Playwright playwright, Browser browser) implements AutoCloseable {

		static Chromium launch() {
			boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
			Playwright.CreateOptions createOptions = new Playwright.CreateOptions();
			if (system) {
				createOptions.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
			}
			Playwright playwright = Playwright.create(createOptions);
			try {
				BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
					.setArgs(CHROMIUM_ARGS);
				if (system) {
					options.setExecutablePath(SYSTEM_CHROMIUM);
				}
				return new Chromium(playwright, playwright.chromium().launch(options));
			}
			catch (RuntimeException ex) {
				playwright.close();
				throw ex;
			}
		}

		@Override
		public void close() {
			try {
				this.browser.close();
			}
			finally {
				this.playwright.close();
			}
		}

	}

}
