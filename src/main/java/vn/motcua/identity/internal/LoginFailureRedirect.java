package vn.motcua.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page with the reason: wrong credentials, throttled (with the minutes
 * to wait) or disabled. Nothing is kept in the session.
 */
class LoginFailureRedirect implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String query;
		if (exception instanceof LoginThrottledException throttled) {
			query = "error=throttled&minutes=" + throttled.retryAfterMinutes();
		}
		else if (exception instanceof DisabledException) {
			query = "error=disabled";
		}
		else {
			query = "error=credentials";
		}
		response.sendRedirect(request.getContextPath() + "/login?" + query);
	}

}
