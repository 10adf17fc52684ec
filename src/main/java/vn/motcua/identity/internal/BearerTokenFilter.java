package vn.motcua.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.motcua.identity.AccountPrincipal;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}, for this
 * request only (no session). An unknown or expired token is refused with 401 at once. Not
 * a bean: the security configuration adds it to the bearer filter chain only.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String PREFIX = "Bearer ";

	private final AccessTokens tokens;

	private final ProblemResponses problems;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(AccessTokens tokens, ProblemResponses problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	static boolean hasBearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		String token = (header != null && header.length() > PREFIX.length()) ? header.substring(PREFIX.length()).strip()
				: "";
		Optional<AccountPrincipal> principal = this.tokens.authenticate(token);
		if (principal.isEmpty()) {
			this.problems.invalidToken(request, response);
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
				principal.get().getAuthorities()));
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

}
