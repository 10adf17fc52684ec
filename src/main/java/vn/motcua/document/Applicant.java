package vn.motcua.document;

import org.jspecify.annotations.Nullable;

/**
 * The person or organisation named on a form: name, address, phone, e-mail and identity
 * document number (CCCD / số định danh, passport or tax code), as known.
 */
public record Applicant(String name, @Nullable String address, @Nullable String phone, @Nullable String email,
		@Nullable String idNumber) {

	public Applicant {
		Forms.require(name, "name");
	}

}
