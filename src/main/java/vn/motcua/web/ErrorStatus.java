package vn.motcua.web;

import org.springframework.http.HttpStatus;
import vn.motcua.shared.DomainException;

/** The HTTP status for each kind of domain error. */
final class ErrorStatus {

	private ErrorStatus() {
	}

	static HttpStatus of(DomainException.Kind kind) {
		return switch (kind) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
	}

}
