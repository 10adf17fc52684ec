package vn.motcua.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Switches the visitor's language on {@code ?lang=vi} or {@code ?lang=en} and keeps it;
 * any other value is ignored, so a mistyped link never resets a choice already made. Also
 * offers the layout, as the request attribute {@value #LINKS_ATTRIBUTE}, a link to the
 * page being shown (same path and query) in each supported language, so that switching
 * keeps the visitor where they are, even on an error page.
 */
class LanguageSwitch implements HandlerInterceptor {

	static final String PARAMETER = "lang";

	static final String LINKS_ATTRIBUTE = "languageLinks";

	/**
	 * The path of the page being shown (the failed one on an error page), for the
	 * navigation.
	 */
	static final String PATH_ATTRIBUTE = "currentPath";

	private final LocaleResolver localeResolver;

	private final List<Locale> supported;

	LanguageSwitch(LocaleResolver localeResolver, List<Locale> supported) {
		this.localeResolver = localeResolver;
		this.supported = supported;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		supportedLocale(request.getParameter(PARAMETER))
			.ifPresent((locale) -> this.localeResolver.setLocale(request, response, locale));
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			// the API takes the language too, but has no page to link to in another one
			return true;
		}
		Map<String, String> links = new LinkedHashMap<>();
		for (Locale locale : this.supported) {
			links.put(locale.getLanguage(), link(request, locale.getLanguage()));
		}
		request.setAttribute(LINKS_ATTRIBUTE, links);
		request.setAttribute(PATH_ATTRIBUTE, pathInApplication(request));
		return true;
	}

	Optional<Locale> supportedLocale(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String language = value.strip().toLowerCase(Locale.ROOT);
		return this.supported.stream().filter((locale) -> locale.getLanguage().equals(language)).findFirst();
	}

	/**
	 * The page being shown with {@code lang} set; relative to the server, never to
	 * another host.
	 */
	static String link(HttpServletRequest request, String language) {
		String path = currentPath(request);
		String query = currentQuery(request);
		try {
			UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
			if (query != null && !query.isEmpty()) {
				builder.query(query);
			}
			return builder.replaceQueryParam(PARAMETER, language).build(true).toUriString();
		}
		catch (IllegalArgumentException ex) {
			// a query we cannot re-encode safely: keep the page, drop its query
			return path + "?" + PARAMETER + "=" + language;
		}
	}

	private static String pathInApplication(HttpServletRequest request) {
		String path = currentPath(request);
		String contextPath = request.getContextPath();
		return (!contextPath.isEmpty() && path.startsWith(contextPath)) ? path.substring(contextPath.length()) : path;
	}

	private static String currentPath(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (original instanceof String uri) ? uri : request.getRequestURI();
		if (path == null || path.isEmpty() || !path.startsWith("/")) {
			return "/";
		}
		// "//host" would be read by the browser as another site
		return path.replaceFirst("^/+", "/");
	}

	private static @Nullable String currentQuery(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			Object query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
			return (query instanceof String string) ? string : null;
		}
		return request.getQueryString();
	}

}
