package vn.motcua.dossier.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.motcua.document.FormHeader;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.Agencies;

/**
 * The header block of the forms a one-stop desk issues: the governing body (the People's
 * Committee above the desk's agency), the agency itself and the province as the place of
 * issue.
 */
@Component
class FormHeaders {

	/** The demo province's code (Quảng Ninh), whose name is the place of issue. */
	private static final String PROVINCE = "22";

	private final Agencies agencies;

	FormHeaders(Agencies agencies) {
		this.agencies = agencies;
	}

	FormHeader header(String deskAgencyCode, Instant issuedAt) {
		Optional<AgencyView> desk = this.agencies.findByCode(deskAgencyCode);
		String name = desk.map(AgencyView::name).orElse(deskAgencyCode);
		String governing = desk.map(AgencyView::parentCode)
			.flatMap(this.agencies::findByCode)
			.map((parent) -> "UBND " + parent.name())
			.orElse("UBND " + name);
		String province = this.agencies.findByCode(PROVINCE).map(AgencyView::name).orElse("Quảng Ninh");
		return FormHeader.of(governing.toUpperCase(Locale.ROOT), name.toUpperCase(Locale.ROOT),
				province.replace("Tỉnh ", ""), issuedAt);
	}

}
