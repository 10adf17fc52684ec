package vn.motcua.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import vn.motcua.identity.CitizenPrincipal;

/**
 * After signing in: back to the page that asked for it, else staff to their workspace and
 * citizens to their account.
 */
class SignedInRedirect extends SavedRequestAwareAuthenticationSuccessHandler {

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		return homeOf(authentication);
	}

	static String homeOf(Authentication authentication) {
		return (authentication.getPrincipal() instanceof CitizenPrincipal) ? "/account" : "/workspace";
	}

}
