package vn.motcua.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Boot's error view: every error that reaches the servlet container (unknown page, access
 * denied, failure while rendering) ends here. Browsers get the {@code error} page in
 * their language; API clients, and anything under {@code /api/} whatever it accepts, get
 * an RFC 9457 problem detail with a machine {@code code}. Internal exception messages are
 * never shown.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPages extends AbstractErrorController {

	private static final String API_PREFIX = "/api/";

	private final MessageSource messages;

	private final JacksonJsonHttpMessageConverter problemWriter;

	ErrorPages(ErrorAttributes errorAttributes, MessageSource messages, JsonMapper jsonMapper) {
		super(errorAttributes);
		this.messages = messages;
		this.problemWriter = new JacksonJsonHttpMessageConverter(jsonMapper.rebuild());
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	@Nullable ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = getStatus(request);
		if (isApi(request)) {
			response.setStatus(status.value());
			this.problemWriter.write(problem(request, status), MediaType.APPLICATION_PROBLEM_JSON,
					new ServletServerHttpResponse(response));
			return null;
		}
		response.setStatus(status.value());
		return new ModelAndView("error", Map.of("status", status.value()), status);
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(request, status));
	}

	private ProblemDetail problem(HttpServletRequest request, HttpStatus status) {
		String code = code(status);
		String detail = this.messages.getMessage("error." + code, null, status.getReasonPhrase(),
				LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		problem.setProperty("code", code);
		String path = originalPath(request);
		if (path != null) {
			try {
				problem.setInstance(new URI(path));
			}
			catch (URISyntaxException ex) {
				// not worth failing the error response for: leave the instance out
			}
		}
		return problem;
	}

	static String code(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "request.invalid";
			case UNAUTHORIZED -> "request.unauthenticated";
			case FORBIDDEN -> "request.forbidden";
			case NOT_FOUND -> "request.not-found";
			case METHOD_NOT_ALLOWED -> "request.method-not-allowed";
			case NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> "request.unsupported-media-type";
			case PAYLOAD_TOO_LARGE -> "request.too-large";
			default -> status.is5xxServerError() ? "server.error" : "request.failed";
		};
	}

	private static boolean isApi(HttpServletRequest request) {
		String path = originalPath(request);
		return path != null && path.startsWith(request.getContextPath() + API_PREFIX);
	}

	private static @Nullable String originalPath(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (uri instanceof String string) ? string : null;
	}

}
