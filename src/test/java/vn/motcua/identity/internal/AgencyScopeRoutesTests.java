package vn.motcua.identity.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Agency scope holds on every route, including those other modules add later: the routes
 * are read from Spring MVC at runtime, not listed here.
 * <ul>
 * <li>Every staff route (under {@code /admin}, {@code /workspace}, non-public
 * {@code /api/v1}) with a path variable {@code agencyCode}, called with every HTTP method
 * it maps (with a CSRF token) by a staff member of an unrelated commune holding every
 * role, is refused with 403 by the scope check.</li>
 * <li>Every route that is not public by the project's convention refuses anonymous
 * visitors: 401 for the API, the login page for pages.</li>
 * </ul>
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgencyScopeRoutesTests {

	/** The public routes as the project's convention (BRIEF) lists them. */
	private static final List<PathPattern> PUBLIC = patterns("/", "/agencies/**", "/procedures/**", "/calendar/**",
			"/track/**", "/transparency", "/login", "/register", "/error", "/css/**", "/js/**", "/webjars/**",
			"/api/v1/calendar/**", "/api/v1/auth/token", "/v3/api-docs/**", "/actuator/health/**", "/feedback",
			"/feedback/**", "/open311/**", "/api/v1/feedback", "/api/v1/feedback/tracking/**", "/rate/**", "/kiosk/**",
			"/survey/**", "/api/v1/ratings/**", "/api/v1/surveys/**");

	private static final List<PathPattern> PUBLIC_GET = patterns("/api/v1/agencies", "/api/v1/procedures/**",
			"/api/v1/tracking/**", "/api/v1/payments/vnpay/ipn", "/payments/vnpay/return",
			"/api/v1/satisfaction/index");

	private static final List<PathPattern> STAFF_AREAS = patterns("/admin/**", "/workspace/**", "/api/v1/**");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\*?)([^}:]+)(?::((?:[^{}]|\\{[^}]*\\})+))?\\}");

	/** Bình Liêu, a commune with nothing below it. */
	private static final String OWN_COMMUNE = "06838";

	/** Hà Tu, another commune of the province. */
	private static final String OTHER_COMMUNE = "06652";

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	StaffAccounts staffAccounts;

	@Autowired
	CitizenRegistration citizens;

	@Autowired
	AccountDirectory directory;

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new TestAccounts(this.staffAccounts, this.citizens, this.directory);
	}

	@Test
	void everyRouteForOneAgencyRefusesStaffOfAnUnrelatedCommune() throws Exception {
		List<Route> scoped = routes().stream()
			.filter((route) -> route.pattern().contains("{" + AgencyScopeInterceptor.VARIABLE))
			.filter((route) -> matchesAny(STAFF_AREAS, expand(route.pattern(), OTHER_COMMUNE)))
			.filter((route) -> !isPublic(route.method(), expand(route.pattern(), OTHER_COMMUNE)))
			.toList();
		assertThat(scoped).as("routes with {agencyCode}: without any, this test proves nothing").isNotEmpty();
		assertThat(scoped).extracting(Route::pattern).contains("/admin/agencies/{agencyCode}/accounts");

		// every role, and "includes sub-agencies": only the scope can refuse
		StaffPrincipal outsider = this.accounts.staff(OWN_COMMUNE, true, Role.values());
		List<String> failures = new ArrayList<>();
		for (Route route : scoped) {
			MvcResult result = this.mvc.perform(route.request(OTHER_COMMUNE).with(user(outsider)).with(csrf()))
				.andReturn();
			if (result.getResponse().getStatus() != 403 || !refusedByScope(result)) {
				failures.add(route + " → " + result.getResponse().getStatus() + " " + result.getResolvedException());
			}
		}
		assertThat(failures).as("routes that an outsider reached").isEmpty();

		// and the same routes are not refused by the scope for the staff member's own
		// agency
		List<String> wronglyRefused = new ArrayList<>();
		for (Route route : scoped) {
			if (route.method() != HttpMethod.GET) {
				continue; // no side effects on shared test data
			}
			MvcResult result = this.mvc.perform(route.request(OWN_COMMUNE).with(user(outsider)).with(csrf()))
				.andReturn();
			if (refusedByScope(result)) {
				wronglyRefused.add(route.toString());
			}
		}
		assertThat(wronglyRefused).as("routes refused for the staff member's own agency").isEmpty();
	}

	@Test
	void everyRouteThatIsNotPublicRefusesAnonymousVisitors() throws Exception {
		List<Route> routes = routes();
		assertThat(routes).hasSizeGreaterThan(5);
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (Route route : routes) {
			String path = expand(route.pattern(), OTHER_COMMUNE);
			if (isPublic(route.method(), path)) {
				continue;
			}
			checked++;
			MockHttpServletResponse response = this.mvc.perform(route.request(OTHER_COMMUNE).with(csrf()))
				.andReturn()
				.getResponse();
			boolean refused = path.startsWith("/api/") ? response.getStatus() == 401
					: response.getStatus() == 302 && "/login".equals(response.getRedirectedUrl());
			if (!refused) {
				failures.add(route + " → " + response.getStatus() + " " + response.getRedirectedUrl());
			}
		}
		assertThat(checked).as("non-public routes checked").isPositive();
		assertThat(failures).as("non-public routes that let anonymous visitors in").isEmpty();
	}

	@Test
	void aProvinceAdministratorWithSubAgenciesReachesTheCommunes() throws Exception {
		StaffPrincipal province = this.accounts.staff("22", true, Role.SYSTEM_ADMIN);
		StaffPrincipal provinceOnly = this.accounts.staff("22", false, Role.SYSTEM_ADMIN);

		MvcResult reached = this.mvc
			.perform(request(HttpMethod.GET, "/admin/agencies/" + OTHER_COMMUNE + "/accounts").with(user(province)))
			.andReturn();
		MvcResult refused = this.mvc
			.perform(request(HttpMethod.GET, "/admin/agencies/" + OTHER_COMMUNE + "/accounts").with(user(provinceOnly)))
			.andReturn();

		assertThat(reached.getResponse().getStatus()).isEqualTo(200);
		assertThat(refusedByScope(refused)).isTrue();
	}

	@Test
	void anUnknownAgencyIsNotFoundForEveryone() throws Exception {
		StaffPrincipal province = this.accounts.staff("22", true, Role.SYSTEM_ADMIN);
		StaffPrincipal commune = this.accounts.staff(OWN_COMMUNE, false, Role.SYSTEM_ADMIN);

		for (StaffPrincipal staff : List.of(province, commune)) {
			MvcResult result = this.mvc
				.perform(request(HttpMethod.GET, "/admin/agencies/99999/accounts").with(user(staff)))
				.andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(404);
		}
	}

	private static boolean refusedByScope(MvcResult result) {
		return result.getResolvedException() instanceof DomainException ex
				&& ex.code().equals("agency-scope.forbidden");
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			Set<RequestMethod> called = methods.isEmpty() ? EnumSet.of(RequestMethod.GET, RequestMethod.POST) : methods;
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : called) {
					routes.add(new Route(pattern, method.asHttpMethod(), info));
				}
			}
		}
		return routes;
	}

	private static boolean isPublic(HttpMethod method, String path) {
		return matchesAny(PUBLIC, path) || (method == HttpMethod.GET && matchesAny(PUBLIC_GET, path));
	}

	private static boolean matchesAny(List<PathPattern> patterns, String path) {
		PathContainer container = PathContainer.parsePath(path);
		return patterns.stream().anyMatch((pattern) -> pattern.matches(container));
	}

	private static List<PathPattern> patterns(String... patterns) {
		return java.util.Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
	}

	/**
	 * A concrete path for the pattern: the agency code for {@code {agencyCode}}, a value
	 * that satisfies the variable's regular expression (if any) for the others.
	 */
	static String expand(String pattern, String agencyCode) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(2);
			String regex = matcher.group(3);
			String value = AgencyScopeInterceptor.VARIABLE.equals(name) ? agencyCode : sample(regex);
			matcher.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(path);
		return path.toString().replace("/**", "/x").replace("/*", "/x");
	}

	private static String sample(String regex) {
		if (regex == null) {
			return "1";
		}
		for (String candidate : List.of("1", "2026", "x", "22", "2026-01-01", "abc")) {
			if (candidate.matches(regex)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No sample value for a path variable matching " + regex);
	}

	/** One HTTP method of one mapped pattern. */
	record Route(String pattern, HttpMethod method, RequestMappingInfo info) {

		MockHttpServletRequestBuilder request(String agencyCode) {
			MockHttpServletRequestBuilder builder = request(this.method, expand(this.pattern, agencyCode));
			Set<MediaType> consumes = this.info.getConsumesCondition().getConsumableMediaTypes();
			if (!consumes.isEmpty()) {
				builder.contentType(consumes.iterator().next()).content("{}");
			}
			Set<MediaType> produces = this.info.getProducesCondition().getProducibleMediaTypes();
			if (!produces.isEmpty()) {
				builder.accept(produces.iterator().next());
			}
			for (NameValueExpression<String> param : this.info.getParamsCondition().getExpressions()) {
				if (!param.isNegated()) {
					builder.param(param.getName(), (param.getValue() != null) ? param.getValue() : "1");
				}
			}
			for (NameValueExpression<String> header : this.info.getHeadersCondition().getExpressions()) {
				if (!header.isNegated()) {
					builder.header(header.getName(), (header.getValue() != null) ? header.getValue() : "1");
				}
			}
			return builder;
		}

		private static MockHttpServletRequestBuilder request(HttpMethod method, String path) {
			return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, path);
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
