package vn.motcua.identity.web;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.internal.CitizenRegistration.Registration;

/**
 * The registration form as typed (everything a string, checked by the registration).
 */
public record RegistrationForm(@Nullable String fullName, @Nullable String phone, @Nullable String email,
		@Nullable String password, @Nullable String confirmPassword, @Nullable String personalId,
		@Nullable String birthYear, @Nullable String gender) {

	static RegistrationForm empty() {
		return new RegistrationForm(null, null, null, null, null, null, null, null);
	}

	Registration registration() {
		return new Registration(this.fullName, this.phone, this.email, this.password, this.personalId, this.birthYear,
				this.gender);
	}

	/** The same form without the passwords, to show it again. */
	RegistrationForm withoutPasswords() {
		return new RegistrationForm(this.fullName, this.phone, this.email, null, null, this.personalId, this.birthYear,
				this.gender);
	}

}
