package vn.motcua.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** Every problem code the error view can give has its message in both languages. */
class ErrorCodesTests {

	@Test
	void everyStatusHasACodeWithAMessageInBothLanguages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		for (HttpStatus status : HttpStatus.values()) {
			if (status.isError()) {
				String key = "error." + ErrorPages.code(status);
				for (Locale locale : WebConfiguration.SUPPORTED) {
					assertThatNoException().as("%s (%s) in %s", key, status, locale)
						.isThrownBy(() -> messages.getMessage(key, null, locale));
				}
			}
		}
	}

	@Test
	void userMistakesAreNotReportedAsServerErrors() {
		assertThat(ErrorPages.code(HttpStatus.NOT_FOUND)).isEqualTo("request.not-found");
		assertThat(ErrorPages.code(HttpStatus.FORBIDDEN)).isEqualTo("request.forbidden");
		assertThat(ErrorPages.code(HttpStatus.CONFLICT)).isEqualTo("request.failed");
		assertThat(ErrorPages.code(HttpStatus.SERVICE_UNAVAILABLE)).isEqualTo("server.error");
	}

}
