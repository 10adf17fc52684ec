package vn.motcua.identity.internal;

import org.springframework.dao.DataIntegrityViolationException;
import vn.motcua.shared.DomainException;

/**
 * Turns a unique-constraint violation on {@code identity_account} (two people registering
 * the same phone at the same moment) into the same conflict the checks report.
 */
final class DuplicateAccounts {

	private DuplicateAccounts() {
	}

	static DomainException conflictFrom(DataIntegrityViolationException ex) {
		String message = String.valueOf(ex.getMostSpecificCause().getMessage());
		if (message.contains("identity_account_email_uk")) {
			return DomainException.conflict("account.email-taken", "email");
		}
		if (message.contains("identity_account_phone_uk")) {
			return DomainException.conflict("account.phone-taken", "phone");
		}
		if (message.contains("identity_account_personal_id_uk")) {
			return DomainException.conflict("account.personal-id-taken", "personalId");
		}
		if (message.contains("identity_account_username_uk")) {
			return DomainException.conflict("account.username-taken", "username");
		}
		throw ex;
	}

}
