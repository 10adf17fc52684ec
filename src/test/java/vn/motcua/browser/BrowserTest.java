package vn.motcua.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test that drives the running application in headless Chromium: starts the whole
 * application on a random port (real database, demo data) and injects a Playwright
 * {@link com.microsoft.playwright.Page} or a {@link BrowserSession} into test methods.
 *
 * @see PlaywrightExtension
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(PlaywrightExtension.class)
public @interface BrowserTest {

}
