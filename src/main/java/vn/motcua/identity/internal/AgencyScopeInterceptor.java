package vn.motcua.identity.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.AgencyScoped;
import vn.motcua.shared.DomainException;

/**
 * The one place where agency scope is enforced: every staff route (under
 * {@code /admin/**}, {@code /workspace/**} and the non-public {@code /api/v1/**}) whose
 * path has a variable named {@code agencyCode} is refused with 403 unless that agency is
 * within the signed-in staff member's scope (see {@link AgencyScope}). Routes added by
 * any module are covered as soon as they follow the naming convention.
 */
@Component
class AgencyScopeInterceptor implements HandlerInterceptor {

	static final String VARIABLE = "agencyCode";

	static final String[] PATHS = { "/admin/**", "/workspace/**", "/api/v1/**" };

	private final AgencyScope scope;

	private final Agencies agencies;

	AgencyScopeInterceptor(AgencyScope scope, Agencies agencies) {
		this.scope = scope;
		this.agencies = agencies;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod)) {
			return true;
		}
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (!(variables instanceof Map<?, ?> map) || !map.containsKey(VARIABLE) || PublicRoutes.isPublic(request)) {
			return true;
		}
		String agencyCode = String.valueOf(map.get(VARIABLE));
		if (!this.agencies.exists(agencyCode)) {
			// agencies are public knowledge; an unknown one is simply not found, for
			// everyone
			throw DomainException.notFound("account.agency-unknown", agencyCode);
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AgencyScoped staff
				&& this.scope.covers(staff, agencyCode)) {
			return true;
		}
		throw DomainException.forbidden("agency-scope.forbidden");
	}

}
