package vn.motcua.identity.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.motcua.identity.Authorities;

/**
 * Who may open what, by URL — the project's convention in one place. Public: the portal
 * pages, sign-in and registration, static files, the error page, the public API
 * ({@code GET /api/v1/agencies}, {@code /api/v1/calendar/**}, the token endpoint, the
 * satisfaction index, ratings and survey answers by their unguessable tokens), the API
 * description and health; the payment gateway’s callback and return page (signed by the
 * gateway, checked by the payment module); the feedback portal ({@code /feedback/**}),
 * its open API ({@code /api/v1/feedback}, {@code /api/v1/feedback/tracking/**}) and
 * Open311 ({@code /open311/**}). Staff only: {@code /workspace/**}, {@code /admin/**} and
 * the rest of {@code /api/v1/**} except the dossier API ({@code /api/v1/dossiers/**}),
 * open to any signed-in account. Citizens: {@code /account/**}. Anything else needs a
 * signed-in user. Finer rules (roles) are on the controllers' methods; agency scope is
 * checked by {@link AgencyScopeInterceptor}.
 */
final class PublicRoutes {

	/** Public for every HTTP method. */
	static final List<String> PUBLIC = List.of("/", "/agencies/**", "/procedures/**", "/calendar/**", "/track/**",
			"/transparency", "/login", "/register", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**",
			"/favicon.svg", "/favicon.ico", "/robots.txt", "/api/v1/calendar/**", "/api/v1/auth/token",
			"/v3/api-docs/**", "/actuator/health/**", "/feedback", "/feedback/**", "/open311/**", "/api/v1/feedback",
			"/api/v1/feedback/tracking/**", "/rate/**", "/kiosk/**", "/survey/**", "/api/v1/ratings/**",
			"/api/v1/surveys/**");

	/** Public for GET only. */
	static final List<String> PUBLIC_GET = List.of("/api/v1/agencies", "/api/v1/procedures/**", "/api/v1/tracking/**",
			"/api/v1/payments/vnpay/ipn", "/payments/vnpay/return", "/api/v1/satisfaction/index");

	/**
	 * Any signed-in account, staff or citizen: a citizen submits and follows their own
	 * dossiers through the API; the dossier module checks who may see and do what.
	 */
	static final String[] SIGNED_IN = { "/api/v1/dossiers", "/api/v1/dossiers/**" };

	static final String[] STAFF = { "/workspace/**", "/admin/**", "/api/v1/**" };

	static final String[] CITIZEN = { "/account/**" };

	static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

	/**
	 * Public APIs called by other systems without a session: no CSRF token (they act for
	 * no signed-in account).
	 */
	static final RequestMatcher OPEN_APIS = new OrRequestMatcher(
			PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/feedback"),
			PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/feedback/tracking/**"),
			PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/open311/**"));

	private static final RequestMatcher ANY_PUBLIC = anyPublic();

	private PublicRoutes() {
	}

	static boolean isPublic(HttpServletRequest request) {
		return ANY_PUBLIC.matches(request);
	}

	static void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(PUBLIC.toArray(String[]::new))
			.permitAll()
			.requestMatchers(HttpMethod.GET, PUBLIC_GET.toArray(String[]::new))
			.permitAll()
			.requestMatchers(SIGNED_IN)
			.authenticated()
			.requestMatchers(STAFF)
			.hasAuthority(Authorities.STAFF)
			.requestMatchers(CITIZEN)
			.hasAuthority(Authorities.CITIZEN)
			.anyRequest()
			.authenticated();
	}

	private static RequestMatcher anyPublic() {
		List<RequestMatcher> matchers = new ArrayList<>();
		PUBLIC.forEach((pattern) -> matchers.add(PathPatternRequestMatcher.pathPattern(pattern)));
		PUBLIC_GET.forEach((pattern) -> matchers.add(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, pattern)));
		return new OrRequestMatcher(matchers);
	}

}
