package vn.motcua.dossier.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.motcua.catalog.Applicability;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.Procedures;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.shared.DomainException;

/** The published procedure of a form and the agencies that apply it. */
@Component
class ProcedureChoices {

	private final Procedures procedures;

	private final Agencies agencies;

	ProcedureChoices(Procedures procedures, Agencies agencies) {
		this.procedures = procedures;
		this.agencies = agencies;
	}

	ProcedureRecord published(String code) {
		if (code.length() > 20) {
			throw DomainException.notFound("dossier.procedure.unknown", code);
		}
		return this.procedures.findPublished(code.strip())
			.orElseThrow(() -> DomainException.notFound("dossier.procedure.unknown", code));
	}

	/** The agencies in force that apply the procedure, by name. */
	List<AgencyView> applying(ProcedureRecord procedure) {
		Applicability applicability = procedure.details().applicability();
		return this.agencies.all()
			.stream()
			.filter((agency) -> applicability.agencyLevels().contains(agency.level())
					|| applicability.agencyCodes().contains(agency.code()))
			.sorted(Comparator.comparing(AgencyView::name))
			.toList();
	}

	Procedures procedures() {
		return this.procedures;
	}

}
