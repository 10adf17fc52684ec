package vn.motcua.shared;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A rule of the domain was broken by the caller's input or request. Carries a machine
 * code (e.g. {@code agency.unknown}), the message key of the human message, its
 * arguments, the field at fault if any, and the kind of failure that decides the HTTP
 * status.
 */
public class DomainException extends RuntimeException {

	public enum Kind {

		INVALID, NOT_FOUND, CONFLICT, FORBIDDEN,

		/**
		 * Well-formed but contradicting what was sent before (e.g. an idempotency key
		 * reused with another body): HTTP 422.
		 */
		UNPROCESSABLE

	}

	private final Kind kind;

	private final String code;

	private final @Nullable String field;

	private final Object[] arguments;

	public DomainException(Kind kind, String code, @Nullable String field, Object... arguments) {
		super(code + (field != null ? " [" + field + "]" : "") + " " + Arrays.toString(arguments));
		this.kind = kind;
		this.code = code;
		this.field = field;
		this.arguments = arguments.clone();
	}

	public static DomainException invalid(String code, String field, Object... arguments) {
		return new DomainException(Kind.INVALID, code, field, arguments);
	}

	public static DomainException notFound(String code, Object... arguments) {
		return new DomainException(Kind.NOT_FOUND, code, null, arguments);
	}

	public static DomainException conflict(String code, @Nullable String field, Object... arguments) {
		return new DomainException(Kind.CONFLICT, code, field, arguments);
	}

	public static DomainException unprocessable(String code, @Nullable String field, Object... arguments) {
		return new DomainException(Kind.UNPROCESSABLE, code, field, arguments);
	}

	public static DomainException forbidden(String code) {
		return new DomainException(Kind.FORBIDDEN, code, null);
	}

	public Kind kind() {
		return this.kind;
	}

	/** The machine code; also the message key, prefixed with {@code error.}. */
	public String code() {
		return this.code;
	}

	public String messageKey() {
		return "error." + this.code;
	}

	public @Nullable String field() {
		return this.field;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
