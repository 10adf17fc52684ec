package vn.motcua.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.motcua.shared.DomainException;

/**
 * Turns every error raised by a REST endpoint into an RFC 9457 problem detail with a
 * machine {@code code}, a human {@code detail} in the caller's language and, where one
 * field is at fault, its name in {@code field} (several in {@code errors}). User mistakes
 * are 4xx, never 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException ex) {
		HttpStatus status = ErrorStatus.of(ex.kind());
		String detail = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.code(), locale());
		return problem(status, ex.code(), detail, ex.field(), null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		String detail = this.messages.getMessage("error.request.malformed-parameter",
				new Object[] { ex.getName(), String.valueOf(ex.getValue()) }, locale());
		return problem(HttpStatus.BAD_REQUEST, "request.malformed-parameter", detail, ex.getName(), null);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = this.messages.getMessage("error.request.missing-parameter",
				new Object[] { ex.getParameterName() }, locale());
		return widen(problem(HttpStatus.BAD_REQUEST, "request.missing-parameter", detail, ex.getParameterName(), null));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = locale();
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			Map<String, String> entry = new LinkedHashMap<>();
			entry.put("field", error.getField());
			entry.put("message", this.messages.getMessage(error, locale));
			errors.add(entry);
		}
		String field = errors.isEmpty() ? null : errors.get(0).get("field");
		String detail = errors.isEmpty() ? this.messages.getMessage("error.request.invalid", null, locale)
				: errors.get(0).get("message");
		return widen(problem(HttpStatus.BAD_REQUEST, "request.invalid", detail, field, errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = locale();
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> result.getResolvableErrors().forEach((error) -> {
			Map<String, String> entry = new LinkedHashMap<>();
			entry.put("field", result.getMethodParameter().getParameterName());
			entry.put("message", this.messages.getMessage(error, locale));
			errors.add(entry);
		}));
		String field = errors.isEmpty() ? null : errors.get(0).get("field");
		String detail = errors.isEmpty() ? this.messages.getMessage("error.request.invalid", null, locale)
				: errors.get(0).get("message");
		return widen(problem(HttpStatus.BAD_REQUEST, "request.invalid", detail, field, errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = this.messages.getMessage("error.request.unreadable", null, locale());
		return widen(problem(HttpStatus.BAD_REQUEST, "request.unreadable", detail, null, null));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail, @Nullable String field,
			@Nullable List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		problem.setProperty("code", code);
		if (field != null) {
			problem.setProperty("field", field);
		}
		if (errors != null && !errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@SuppressWarnings("unchecked")
	private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> entity) {
		return (ResponseEntity<Object>) (ResponseEntity<?>) entity;
	}

}
