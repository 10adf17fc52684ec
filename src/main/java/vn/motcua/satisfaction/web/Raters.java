package vn.motcua.satisfaction.web;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.shared.DomainException;

/** Who may rate, and who may manage surveys. */
final class Raters {

	private Raters() {
	}

	/**
	 * Staff accounts never rate: a signed-in officer could otherwise rate their own unit
	 * (or themselves at the kiosk). Citizens rate signed in or not.
	 */
	static void refuseStaff(@Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal) {
			throw DomainException.forbidden("satisfaction.rating.staff");
		}
	}

	static StaffPrincipal surveyManager(@Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
				&& staff.hasRole(Role.SURVEY_MANAGER)) {
			return staff;
		}
		throw DomainException.forbidden("satisfaction.campaign.manager-only");
	}

	/** Survey managers and administrators type paper forms. */
	static StaffPrincipal surveyor(@Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
				&& (staff.hasRole(Role.SURVEY_MANAGER) || staff.hasRole(Role.SYSTEM_ADMIN))) {
			return staff;
		}
		throw DomainException.forbidden("satisfaction.campaign.manager-only");
	}

	/** Leaders, inspectors, survey managers and administrators see the scores. */
	static StaffPrincipal scoreReader(@Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
				&& (staff.hasRole(Role.SURVEY_MANAGER) || staff.hasRole(Role.AGENCY_LEADER)
						|| staff.hasRole(Role.DEPARTMENT_LEADER) || staff.hasRole(Role.INSPECTOR)
						|| staff.hasRole(Role.SYSTEM_ADMIN))) {
			return staff;
		}
		throw DomainException.forbidden("satisfaction.scores.forbidden");
	}

}
