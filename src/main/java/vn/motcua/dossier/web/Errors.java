package vn.motcua.dossier.web;

import vn.motcua.shared.DomainException;

/** The HTTP status of a page whose form was refused. */
final class Errors {

	private Errors() {
	}

	static int status(DomainException ex) {
		return switch (ex.kind()) {
			case INVALID -> 400;
			case NOT_FOUND -> 404;
			case CONFLICT -> 409;
			case FORBIDDEN -> 403;
			case UNPROCESSABLE -> 422;
		};
	}

}
