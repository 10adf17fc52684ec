package vn.motcua.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors that reach the servlet container, over real HTTP (MockMvc does not dispatch to
 * the error page): browsers get the error page in their language, API clients a problem
 * detail — and so does anything under {@code /api/}, whatever it accepts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTests.FailingEndpoints.class)
class ErrorPagesTests {

	/** What Chromium sends when the user opens a page. */
	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	/** Under public prefixes, so that no login is needed to see how they fail. */
	static final String UNKNOWN_PAGE = "/procedures/khong-ton-tai/trang-khong-co";

	static final String UNKNOWN_API = "/api/v1/calendar/khong-ton-tai/khong-co/nua";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void unknownPageShowsTheNotFoundPageInVietnamese() throws Exception {
		HttpResponse<String> response = get(UNKNOWN_PAGE, BROWSER_ACCEPT, null);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("<html lang=\"vi\"")
			.contains("Không tìm thấy trang")
			.contains("Mã lỗi 404")
			.contains("Về trang chủ")
			.doesNotContain("Exception");
	}

	@Test
	void unknownPageSpeaksEnglishToVisitorsWhoChoseIt() throws Exception {
		HttpResponse<String> response = get(UNKNOWN_PAGE, BROWSER_ACCEPT, "motcua-lang=en");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"en\"").contains("Page not found").contains("Error code 404");
	}

	@Test
	void errorPageOffersTheOtherLanguageForTheSamePage() throws Exception {
		HttpResponse<String> response = get(UNKNOWN_PAGE + "?tab=1", BROWSER_ACCEPT, null);

		assertThat(response.body()).contains("href=\"" + UNKNOWN_PAGE + "?tab=1&amp;lang=en\"");
	}

	@Test
	void unknownApiPathGivesAProblemDetailEvenToABrowser() throws Exception {
		HttpResponse<String> response = get(UNKNOWN_API, BROWSER_ACCEPT, null);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(404);
		assertThat(problem.path("code").asString()).isEqualTo("request.not-found");
		assertThat(problem.path("detail").asString()).isEqualTo("Không tìm thấy tài nguyên được yêu cầu.");
		assertThat(problem.path("instance").asString()).isEqualTo(UNKNOWN_API);
	}

	@Test
	void unknownApiPathGivesAProblemDetailToAJsonClientInItsLanguage() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(url(UNKNOWN_API))
			.header("Accept", "application/json")
			.header("Accept-Language", "en")
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(404);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo("request.not-found");
		assertThat(problem.path("detail").asString()).isEqualTo("The requested resource was not found.");
	}

	@Test
	void nonHtmlClientsGetAProblemDetailForPagesToo() throws Exception {
		HttpResponse<String> response = get(UNKNOWN_PAGE, "application/json", null);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(this.json.readTree(response.body()).path("code").asString()).isEqualTo("request.not-found");
	}

	@Test
	void failureWhileRenderingAPageShowsThe500PageWithoutInternals() throws Exception {
		HttpResponse<String> response = get(FailingEndpoints.PAGE, BROWSER_ACCEPT, null);

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Hệ thống gặp sự cố")
			.doesNotContain(FailingEndpoints.SECRET)
			.doesNotContain("IllegalStateException");
	}

	@Test
	void failureInAnApiGivesAProblemDetailWithoutInternals() throws Exception {
		HttpResponse<String> response = get(FailingEndpoints.API, "application/json", null);

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain(FailingEndpoints.SECRET);
		assertThat(this.json.readTree(response.body()).path("code").asString()).isEqualTo("server.error");
	}

	private HttpResponse<String> get(String path, String accept, String cookie)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Accept", accept);
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@Import({ FailingEndpoints.FailingPage.class, FailingEndpoints.FailingApi.class })
	static class FailingEndpoints {

		static final String PAGE = "/procedures/__test/hong";

		static final String API = "/api/v1/calendar/__test/hong";

		static final String SECRET = "bí mật nội bộ";

		@Controller
		static class FailingPage {

			@GetMapping(PAGE)
			String fail() {
				throw new IllegalStateException(SECRET);
			}

		}

		@RestController
		static class FailingApi {

			@GetMapping(API)
			String fail() {
				throw new IllegalStateException(SECRET);
			}

		}

	}

}
