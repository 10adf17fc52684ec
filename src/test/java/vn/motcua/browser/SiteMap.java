package vn.motcua.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.boot.webmvc.error.ErrorController;

/**
 * The pages of the running application, found from its request mappings so that a page
 * added by any module is checked without touching the tests: every {@code GET} handler of
 * a {@code @Controller} that renders a view (no {@code @ResponseBody}), may produce HTML,
 * needs no header (htmx fragments do) and has no variable in its path. Pages with path
 * variables are added by hand where they are visited.
 */
public final class SiteMap {

	/** A path variable, {@code {name}} or {@code {name:regex}}. */
	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

	private static final List<String> NOT_PAGES = List.of("/api/", "/actuator", "/v3/", "/webjars/", "/error");

	private SiteMap() {
	}

	/**
	 * The paths of the pages, with each path variable replaced by its sample value; pages
	 * with a variable that has no sample are left out.
	 */
	public static Set<String> pages(RequestMappingHandlerMapping mapping, Map<String, String> samples) {
		Set<String> pages = new TreeSet<>();
		mapping.getHandlerMethods().forEach((info, method) -> {
			if (rendersAPage(info, method)) {
				for (String pattern : info.getPatternValues()) {
					String path = fill(pattern, samples);
					if (path != null && NOT_PAGES.stream().noneMatch(path::startsWith)) {
						pages.add(path);
					}
				}
			}
		});
		return pages;
	}

	static @Nullable String fill(String pattern, Map<String, String> samples) {
		if (pattern.contains("*")) {
			return null;
		}
		Matcher variable = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			String sample = samples.get(variable.group(1));
			if (sample == null) {
				return null;
			}
			variable.appendReplacement(path, Matcher.quoteReplacement(sample));
		}
		variable.appendTail(path);
		return path.toString();
	}

	static boolean rendersAPage(RequestMappingInfo info, HandlerMethod method) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
			return false;
		}
		Class<?> type = method.getBeanType();
		if (!AnnotatedElementUtils.hasAnnotation(type, Controller.class) || ErrorController.class.isAssignableFrom(type)
				|| AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)
				|| method.hasMethodAnnotation(ResponseBody.class)) {
			return false;
		}
		if (!info.getHeadersCondition().isEmpty() || !info.getParamsCondition().isEmpty()) {
			return false;
		}
		Set<MediaType> produces = info.getProducesCondition().getProducibleMediaTypes();
		return produces.isEmpty() || produces.stream().anyMatch(MediaType.TEXT_HTML::isCompatibleWith);
	}

	/**
	 * Who should look at a page: staff pages need a staff member, citizens' pages a
	 * citizen.
	 */
	public static Audience audienceOf(String path) {
		if (path.startsWith("/workspace") || path.startsWith("/admin")) {
			return Audience.STAFF;
		}
		if (path.startsWith("/account")) {
			return Audience.CITIZEN;
		}
		return Audience.PUBLIC;
	}

	public static List<String> of(Set<String> pages, Audience audience) {
		List<String> matching = new ArrayList<>();
		for (String page : pages) {
			if (audienceOf(page) == audience) {
				matching.add(page);
			}
		}
		return matching;
	}

	public enum Audience {

		PUBLIC, STAFF, CITIZEN

	}

}
