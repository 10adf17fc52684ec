package vn.motcua.dossier.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import vn.motcua.dossier.Actor;
import vn.motcua.identity.AccountPrincipal;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.shared.DomainException;

/** Who is calling, as the dossier module needs to know. */
final class Actors {

	private Actors() {
	}

	static Actor of(@Nullable Authentication authentication, HttpServletRequest request) {
		Object principal = (authentication != null) ? authentication.getPrincipal() : null;
		String remote = request.getRemoteAddr();
		if (principal instanceof StaffPrincipal staff) {
			return new Actor(Actor.Kind.STAFF, staff.getUsername(), staff.fullName(), staff.roles(), staff.agencyCode(),
					staff.includesSubAgencies(), staff.accountId(), remote);
		}
		if (principal instanceof CitizenPrincipal citizen) {
			return new Actor(Actor.Kind.CITIZEN, citizen.getUsername(), citizen.fullName(), Set.of(), null, false,
					citizen.accountId(), remote);
		}
		if (principal instanceof AccountPrincipal) {
			throw DomainException.forbidden("dossier.account-kind");
		}
		throw DomainException.forbidden("dossier.sign-in-required");
	}

}
