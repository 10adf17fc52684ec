package vn.motcua.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a password must be: at least 8 characters with at least one letter and one digit,
 * and at most 72 bytes in UTF-8 (bcrypt ignores anything beyond, so we refuse it).
 */
final class PasswordRules {

	static final int MIN_LENGTH = 8;

	static final int MAX_BYTES = 72;

	private PasswordRules() {
	}

	/** The error code for the password, if it breaks a rule. */
	static Optional<String> problemWith(String password) {
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.too-short");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.too-long");
		}
		boolean letter = password.codePoints().anyMatch(Character::isLetter);
		boolean digit = password.codePoints().anyMatch(Character::isDigit);
		if (!letter || !digit) {
			return Optional.of("password.letters-and-digits");
		}
		return Optional.empty();
	}

	/** The arguments of the message for the given code. */
	static Object[] argumentsFor(String code) {
		return switch (code) {
			case "password.too-short" -> new Object[] { MIN_LENGTH };
			case "password.too-long" -> new Object[] { MAX_BYTES };
			default -> new Object[0];
		};
	}

}
