package vn.motcua.identity.internal;

import vn.motcua.shared.DomainException;

/**
 * Something wrong with one field of a form: the field's name, the error code (message key
 * {@code error.<code>}) and the message arguments.
 */
public record FieldProblem(String field, String code, Object... arguments) {

	public FieldProblem {
		arguments = arguments.clone();
	}

	/**
	 * The same problem as an exception, for callers that cannot show it next to a field.
	 */
	DomainException toException() {
		if (code.endsWith("-taken")) {
			return DomainException.conflict(this.code, this.field, this.arguments);
		}
		if (code.startsWith("account.grant-")) {
			return new DomainException(DomainException.Kind.FORBIDDEN, this.code, this.field, this.arguments);
		}
		return DomainException.invalid(this.code, this.field, this.arguments);
	}

	public String messageKey() {
		return "error." + this.code;
	}

}
