package vn.motcua.identity.internal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.EmailAddress;
import vn.motcua.identity.PhoneNumber;
import vn.motcua.shared.VietnameseText;

/**
 * Checks shared by staff and citizen accounts: full name, e-mail, phone, password, and
 * duplicates against existing accounts.
 */
final class ContactChecks {

	static final int MAX_NAME = 200;

	static final int MAX_EMAIL = 254;

	private ContactChecks() {
	}

	static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	/** The full name, normalised (NFC, single spaces), or a problem. */
	static @Nullable String fullName(@Nullable String raw, List<FieldProblem> problems) {
		if (blank(raw)) {
			problems.add(new FieldProblem("fullName", "full-name.required"));
			return null;
		}
		String name = VietnameseText.normalize(raw);
		if (name.length() > MAX_NAME) {
			problems.add(new FieldProblem("fullName", "field.too-long", MAX_NAME));
			return null;
		}
		return name;
	}

	static @Nullable EmailAddress email(@Nullable String raw, Accounts accounts, List<FieldProblem> problems) {
		if (blank(raw)) {
			return null;
		}
		if (raw.strip().length() > MAX_EMAIL) {
			problems.add(new FieldProblem("email", "field.too-long", MAX_EMAIL));
			return null;
		}
		Optional<EmailAddress> email = EmailAddress.parse(raw);
		if (email.isEmpty()) {
			problems.add(new FieldProblem("email", EmailAddress.INVALID));
			return null;
		}
		if (accounts.existsByEmail(email.get().value())) {
			problems.add(new FieldProblem("email", "account.email-taken"));
		}
		return email.get();
	}

	static @Nullable PhoneNumber phone(@Nullable String raw, Accounts accounts, List<FieldProblem> problems) {
		if (blank(raw)) {
			return null;
		}
		Optional<PhoneNumber> phone = (raw.length() > 30) ? Optional.empty() : PhoneNumber.parse(raw);
		if (phone.isEmpty()) {
			problems.add(new FieldProblem("phone", PhoneNumber.INVALID));
			return null;
		}
		if (accounts.existsByPhone(phone.get().value())) {
			problems.add(new FieldProblem("phone", "account.phone-taken"));
		}
		return phone.get();
	}

	static void password(@Nullable String password, List<FieldProblem> problems) {
		if (password == null || password.isEmpty()) {
			problems.add(new FieldProblem("password", "password.required"));
			return;
		}
		PasswordRules.problemWith(password)
			.ifPresent((code) -> problems.add(new FieldProblem("password", code, PasswordRules.argumentsFor(code))));
	}

}
