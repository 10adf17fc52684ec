package vn.motcua.identity.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * RFC 9457 problem details written by the security filters (before any controller runs),
 * in the same shape as the API's other problems: {@code code} and a localized
 * {@code detail}.
 */
@Component
public class ProblemResponses {

	private final MessageSource messages;

	private final ObjectProvider<LocaleResolver> localeResolver;

	private final JsonMapper json = JsonMapper.builder().build();

	ProblemResponses(MessageSource messages, ObjectProvider<LocaleResolver> localeResolver) {
		this.messages = messages;
		this.localeResolver = localeResolver;
	}

	/** 401 for API requests without valid credentials. */
	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		write(request, response, HttpStatus.UNAUTHORIZED, "auth.required");
	}

	/** 403 for API requests the signed-in user may not make. */
	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "auth.forbidden");
	}

	/** 401 for a bearer token that is unknown, malformed or expired. */
	void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "auth.invalid-token");
	}

	/** A problem detail built like the ones the API's controllers return. */
	public ProblemDetail problem(HttpStatus status, String code, Locale locale, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage("error." + code, arguments, code, locale));
		problem.setTitle(status.getReasonPhrase());
		problem.setProperty("code", code);
		return problem;
	}

	public Locale locale(HttpServletRequest request) {
		LocaleResolver resolver = this.localeResolver.getIfAvailable();
		return (resolver != null) ? resolver.resolveLocale(request) : request.getLocale();
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		ProblemDetail problem = problem(status, code, locale(request));
		Map<String, Object> body = new LinkedHashMap<>();
		if (problem.getType() != null) {
			body.put("type", problem.getType().toString());
		}
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", request.getRequestURI());
		body.put("code", code);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), body);
	}

}
