package vn.motcua.document;

import java.util.List;

import vn.motcua.shared.DomainException;

/** Checks shared by the forms' records. */
final class Forms {

	private Forms() {
	}

	/** A text the form cannot be printed without: a programming error when missing. */
	static void require(String value, String name) {
		if (value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

	/** A list the law requires (reasons, papers): a user mistake when empty. */
	static <T> List<T> required(List<T> values, String code, String field) {
		if (values.isEmpty()) {
			throw DomainException.invalid(code, field);
		}
		return List.copyOf(values);
	}

	/** A text the law requires (a reason): a user mistake when blank. */
	static String required(String value, String code, String field) {
		if (value.isBlank()) {
			throw DomainException.invalid(code, field);
		}
		return value.strip();
	}

}
