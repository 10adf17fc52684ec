package vn.motcua.catalog.web;

import org.springframework.security.core.Authentication;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.shared.AgencyScoped;
import vn.motcua.shared.DomainException;

/**
 * The catalog is the province's: administrators scoped to a commune or a department read
 * it on the public pages but may not change, import or export it.
 */
final class CatalogAdminScope {

	private CatalogAdminScope() {
	}

	static void require(Authentication user, Agencies agencies) {
		if (user.getPrincipal() instanceof AgencyScoped scoped) {
			boolean province = agencies.findByCode(scoped.agencyCode())
				.map((agency) -> agency.level() == AgencyLevel.PROVINCE)
				.orElse(false);
			if (!province) {
				throw DomainException.forbidden("procedure.admin.scope");
			}
		}
	}

}
