package vn.motcua.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import vn.motcua.shared.DomainException;

/**
 * A domain error raised while rendering a page that did not handle it next to a field
 * shows the error page with the message, in the visitor's language, and the right status.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ModelAndView domain(DomainException ex) {
		String message = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.code(),
				LocaleContextHolder.getLocale());
		return page(ErrorStatus.of(ex.kind()), message);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ModelAndView badRequest(Exception ex) {
		String message = this.messages.getMessage("error.request.invalid", null, LocaleContextHolder.getLocale());
		return page(HttpStatus.BAD_REQUEST, message);
	}

	private static ModelAndView page(HttpStatus status, String message) {
		ModelAndView view = new ModelAndView("error");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("message", message);
		return view;
	}

}
