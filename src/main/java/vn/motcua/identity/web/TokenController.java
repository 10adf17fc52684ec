package vn.motcua.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.identity.AccountPrincipal;
import vn.motcua.identity.internal.AccessTokens;
import vn.motcua.identity.internal.AccessTokens.IssuedToken;
import vn.motcua.identity.internal.LoginDetails;
import vn.motcua.identity.internal.LoginThrottledException;
import vn.motcua.identity.internal.ProblemResponses;

/**
 * API clients exchange a username and password for an opaque access token, then send
 * {@code Authorization: Bearer <token>}. The same password check, throttling and audit as
 * the login page apply.
 */
@RestController
class TokenController {

	private final AuthenticationManager authentication;

	private final AccessTokens tokens;

	private final ProblemResponses problems;

	TokenController(AuthenticationManager authentication, AccessTokens tokens, ProblemResponses problems) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.problems = problems;
	}

	/**
	 * The credentials.
	 *
	 * @param username username, phone or e-mail
	 * @param password password
	 */
	record TokenRequest(@NotBlank @Size(max = 254) @Nullable String username,
			@NotBlank @Size(max = 200) @Nullable String password) {
	}

	@PostMapping(path = "/api/v1/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> token(@Valid @RequestBody TokenRequest credentials, HttpServletRequest request) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
			.unauthenticated(credentials.username(), credentials.password());
		attempt.setDetails(LoginDetails.token(request));
		try {
			Authentication result = this.authentication.authenticate(attempt);
			IssuedToken token = this.tokens.issue((AccountPrincipal) result.getPrincipal());
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("accessToken", token.accessToken());
			body.put("expiresIn", token.expiresIn());
			return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
		}
		catch (LoginThrottledException ex) {
			return refuse(request, HttpStatus.TOO_MANY_REQUESTS, "auth.throttled", ex.retryAfterMinutes())
				.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
				.build();
		}
		catch (DisabledException ex) {
			return refuse(request, HttpStatus.UNAUTHORIZED, "auth.disabled").build();
		}
		catch (AuthenticationException ex) {
			return refuse(request, HttpStatus.UNAUTHORIZED, "auth.bad-credentials").build();
		}
	}

	/** A problem response, still open for headers. */
	private Refusal refuse(HttpServletRequest request, HttpStatus status, String code, Object... arguments) {
		return new Refusal(ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON),
				this.problems.problem(status, code, this.problems.locale(request), arguments));
	}

	private record Refusal(ResponseEntity.BodyBuilder builder, ProblemDetail problem) {

		Refusal header(String name, String value) {
			this.builder.header(name, value);
			return this;
		}

		ResponseEntity<ProblemDetail> build() {
			return this.builder.body(this.problem);
		}

	}

}
