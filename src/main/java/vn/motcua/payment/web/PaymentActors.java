package vn.motcua.payment.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.payment.internal.PaymentActor;
import vn.motcua.shared.DomainException;

/** Who is calling, as the payment module needs to know. */
final class PaymentActors {

	private PaymentActors() {
	}

	static PaymentActor of(@Nullable Authentication authentication) {
		Object principal = (authentication != null) ? authentication.getPrincipal() : null;
		if (principal instanceof StaffPrincipal staff) {
			return new PaymentActor(staff.getUsername(), staff.fullName(), true, staff.roles(), staff.agencyCode(),
					staff.includesSubAgencies(), staff.accountId());
		}
		if (principal instanceof CitizenPrincipal citizen) {
			return new PaymentActor(citizen.getUsername(), citizen.fullName(), false, Set.of(), null, false,
					citizen.accountId());
		}
		throw DomainException.forbidden("payment.sign-in-required");
	}

}
