package vn.motcua.identity.internal;

import org.springframework.stereotype.Component;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.AgencyScoped;

/**
 * The one rule of agency scope: a staff member acts for their own agency and, if their
 * account includes sub-agencies, for every agency below it.
 */
@Component
public class AgencyScope {

	private final Agencies agencies;

	AgencyScope(Agencies agencies) {
		this.agencies = agencies;
	}

	public boolean covers(AgencyScoped staff, String agencyCode) {
		if (staff.agencyCode().equals(agencyCode)) {
			return true;
		}
		return staff.includesSubAgencies() && this.agencies.withDescendants(staff.agencyCode()).contains(agencyCode);
	}

}
