package vn.motcua.browser;

import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page checkers themselves: each must see what it is meant to catch. */
@BrowserTest
class PageChecksBrowserTests {

	@Test
	void reportsSeriousAndCriticalViolations(BrowserSession browser) {
		Page page = browser.newContext(BrowserSession.DESKTOP, (options) -> options.setBypassCSP(true)).newPage();
		page.setContent("""
				<!DOCTYPE html><html><head><title>x</title></head><body>
				<main><h1>Trang thử</h1><img src="/favicon.svg">
				<p style="color:#999;background:#fff">Chữ mờ khó đọc</p>
				<input type="text"></main></body></html>
				""");

		List<Axe.Violation> blocking = Axe.blocking(Axe.check(page));

		assertThat(blocking).extracting(Axe.Violation::rule)
			.contains("html-has-lang", "image-alt", "color-contrast", "label");
	}

	@Test
	void findsNothingOnACleanPage(BrowserSession browser) {
		Page page = browser.newContext(BrowserSession.DESKTOP, (options) -> options.setBypassCSP(true)).newPage();
		page.setContent("""
				<!DOCTYPE html><html lang="vi"><head><title>Trang thử</title></head><body>
				<main><h1>Trang thử</h1><img src="/favicon.svg" alt="Biểu tượng">
				<label for="q">Tìm thủ tục</label><input id="q" type="text"></main></body></html>
				""");

		assertThat(Axe.blocking(Axe.check(page))).isEmpty();
	}

	@Test
	void findsElementsWiderThanAPhone(BrowserSession browser) {
		Page page = browser.newPage(BrowserSession.PHONE);
		page.setContent("""
				<!DOCTYPE html><html lang="vi"><head><style>.wide { width: 500px }</style></head>
				<body><main><h1>Trang thử</h1><div class="wide" id="bang">rộng</div></main></body></html>
				""");

		assertThat(Layout.overflowingElements(page)).singleElement().asString().startsWith("div#bang.wide");

		page.setContent("""
				<!DOCTYPE html><html lang="vi"><body><main><h1>Trang thử</h1><p>vừa</p></main></body></html>
				""");
		assertThat(Layout.overflowingElements(page)).isEmpty();
	}

	@Test
	void findsSmallControlsCrampedTogetherButNotLinksInText(BrowserSession browser) {
		Page page = browser.page();
		page.setContent("""
				<!DOCTYPE html><html lang="vi"><head><style>
				button { width: 12px; height: 12px; padding: 0; margin: 0; border: 0; }
				</style></head><body><main><h1>Trang thử</h1>
				<div><button id="a">a</button><button id="b">b</button></div>
				<p>Xem <a href="/agencies">danh sách cơ quan</a> và <a href="/calendar">lịch</a>.</p>
				</main></body></html>
				""");

		assertThat(Layout.crampedTargets(page)).hasSize(2).allSatisfy((html) -> assertThat(html).startsWith("<button"));
	}

	@Test
	void findsControlsWithoutAVisibleFocus(BrowserSession browser) {
		Page page = browser.page();
		page.setContent("""
				<!DOCTYPE html><html lang="vi"><head><style>
				#hidden-focus:focus { outline: none; box-shadow: none; }
				</style></head><body><main><h1>Trang thử</h1>
				<a href="/a" id="shown">hiện</a> <a href="/b" id="hidden-focus">ẩn</a>
				</main></body></html>
				""");

		assertThat(Layout.focusWithoutIndicator(page, 10)).singleElement().asString().contains("hidden-focus");
	}

}
