package vn.motcua.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchTests {

	private final CookieLocaleResolver resolver = (CookieLocaleResolver) new WebConfiguration().localeResolver();

	private final LanguageSwitch languageSwitch = new LanguageSwitch(this.resolver, WebConfiguration.SUPPORTED);

	@Test
	void switchesToASupportedLanguageAndRemembersItInACookie() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/agencies");
		request.setParameter("lang", "en");
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.languageSwitch.preHandle(request, response, new Object());

		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
		assertThat(response.getCookie("motcua-lang")).isNotNull();
		assertThat(response.getCookie("motcua-lang").getValue()).isEqualTo("en");
	}

	@Test
	void ignoresAnUnsupportedLanguageInsteadOfResettingTheChoice() {
		for (String value : new String[] { "fr", "xx", "", "  ", "en_<script>", "vi-VN-x-evil" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
			request.setParameter("lang", value);
			MockHttpServletResponse response = new MockHttpServletResponse();

			this.languageSwitch.preHandle(request, response, new Object());

			assertThat(response.getCookie("motcua-lang")).as("cookie after lang=%s", value).isNull();
		}
	}

	@Test
	void acceptsTheLanguageInAnyCase() {
		assertThat(this.languageSwitch.supportedLocale("EN")).contains(Locale.ENGLISH);
		assertThat(this.languageSwitch.supportedLocale(" vi ")).contains(WebConfiguration.VIETNAMESE);
	}

	@Test
	void linksToTheSamePageKeepingItsQuery() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/procedures");
		request.setQueryString("q=khai%20sinh&page=2&lang=vi");

		this.languageSwitch.preHandle(request, new MockHttpServletResponse(), new Object());

		assertThat(links(request)).containsEntry("vi", "/procedures?q=khai%20sinh&page=2&lang=vi")
			.containsEntry("en", "/procedures?q=khai%20sinh&page=2&lang=en");
	}

	@Test
	void linksFromAnErrorPageToThePageThatFailed() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/agencies/khong-co");
		request.setAttribute(RequestDispatcher.ERROR_QUERY_STRING, "tab=desk");

		this.languageSwitch.preHandle(request, new MockHttpServletResponse(), new Object());

		assertThat(links(request)).containsEntry("en", "/agencies/khong-co?tab=desk&lang=en");
	}

	@Test
	void tellsTheNavigationWhichPageIsShown() {
		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/motcua/agencies/22");
		page.setContextPath("/motcua");
		this.languageSwitch.preHandle(page, new MockHttpServletResponse(), new Object());
		assertThat(page.getAttribute(LanguageSwitch.PATH_ATTRIBUTE)).isEqualTo("/agencies/22");
		assertThat(links(page)).containsEntry("en", "/motcua/agencies/22?lang=en");

		MockHttpServletRequest error = new MockHttpServletRequest("GET", "/error");
		error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/procedures/khong-co");
		this.languageSwitch.preHandle(error, new MockHttpServletResponse(), new Object());
		assertThat(error.getAttribute(LanguageSwitch.PATH_ATTRIBUTE)).isEqualTo("/procedures/khong-co");
	}

	@Test
	void neverLinksToAnotherHost() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "//evil.example/x");

		this.languageSwitch.preHandle(request, new MockHttpServletResponse(), new Object());

		assertThat(links(request).get("en")).isEqualTo("/evil.example/x?lang=en");
	}

	@Test
	void keepsThePageWhenItsQueryCannotBeReused() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/procedures");
		request.setQueryString("q={x}");

		this.languageSwitch.preHandle(request, new MockHttpServletResponse(), new Object());

		assertThat(links(request).get("en")).isEqualTo("/procedures?lang=en");
	}

	@Test
	void apiClientsMayAskForEnglishWithAcceptLanguage() {
		MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/v1/agencies");
		api.addHeader("Accept-Language", "en-US,en;q=0.9");
		assertThat(this.resolver.resolveLocale(api)).isEqualTo(Locale.ENGLISH);

		MockHttpServletRequest failedApiCall = new MockHttpServletRequest("GET", "/error");
		failedApiCall.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/khong-co");
		failedApiCall.addHeader("Accept-Language", "en");
		assertThat(this.resolver.resolveLocale(failedApiCall)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void pagesStayVietnameseWhateverTheBrowserPrefers() {
		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/agencies");
		page.addHeader("Accept-Language", "en-US,en;q=0.9");
		assertThat(this.resolver.resolveLocale(page)).isEqualTo(WebConfiguration.VIETNAMESE);
	}

	@Test
	void apiClientsGetVietnameseForOtherOrMalformedLanguages() {
		for (String header : new String[] { "fr-FR", "*", "en;q=bad", "" }) {
			MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/v1/agencies");
			api.addHeader("Accept-Language", header);
			assertThat(this.resolver.resolveLocale(api)).as(header).isEqualTo(WebConfiguration.VIETNAMESE);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> links(MockHttpServletRequest request) {
		return (Map<String, String>) request.getAttribute(LanguageSwitch.LINKS_ATTRIBUTE);
	}

}
