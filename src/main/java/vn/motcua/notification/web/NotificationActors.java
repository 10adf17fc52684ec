package vn.motcua.notification.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import vn.motcua.dossier.Actor;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.shared.DomainException;

/** Who is calling, as the dossier API needs to know to check what they may see. */
final class NotificationActors {

	private NotificationActors() {
	}

	static Actor of(@Nullable Authentication authentication, HttpServletRequest request) {
		Object principal = (authentication != null) ? authentication.getPrincipal() : null;
		if (principal instanceof StaffPrincipal staff) {
			return new Actor(Actor.Kind.STAFF, staff.getUsername(), staff.fullName(), staff.roles(), staff.agencyCode(),
					staff.includesSubAgencies(), staff.accountId(), request.getRemoteAddr());
		}
		if (principal instanceof CitizenPrincipal citizen) {
			return new Actor(Actor.Kind.CITIZEN, citizen.getUsername(), citizen.fullName(), Set.of(), null, false,
					citizen.accountId(), request.getRemoteAddr());
		}
		throw DomainException.forbidden("notification.sign-in-required");
	}

}
