package vn.motcua.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Vietnamese first: every visitor sees Vietnamese until they choose English with
 * {@code ?lang=en}; the choice is kept in a cookie. API clients (paths under
 * {@code /api/}) without that cookie may ask for English with {@code Accept-Language}
 * instead; browsers' own {@code Accept-Language} does not change the portal's language.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("motcua-lang");
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	static Locale defaultLocale(HttpServletRequest request) {
		String acceptLanguage = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (acceptLanguage == null || acceptLanguage.isBlank() || !isApi(request)) {
			return VIETNAMESE;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
			return (best != null) ? best : VIETNAMESE;
		}
		catch (IllegalArgumentException ex) {
			return VIETNAMESE;
		}
	}

	private static boolean isApi(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (original instanceof String uri) ? uri : request.getRequestURI();
		return path != null && path.startsWith(request.getContextPath() + "/api/");
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch(localeResolver(), SUPPORTED));
	}

}
