package vn.motcua.dossier.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierPageSection;
import vn.motcua.dossier.DossierView;

/**
 * The sections other modules add to the dossier pages and the work queues
 * ({@link DossierPageSection}), in their order.
 */
@Component
class PageSections {

	private final ObjectProvider<DossierPageSection> sections;

	PageSections(ObjectProvider<DossierPageSection> sections) {
		this.sections = sections;
	}

	List<DossierPageSection.Content> forDossier(DossierView dossier, DossierPageSection.Audience audience,
			Actor actor) {
		return this.sections.orderedStream()
			.sorted(Comparator.comparingInt(DossierPageSection::order))
			.map((section) -> section.forDossier(dossier, audience, actor))
			.flatMap(Optional::stream)
			.toList();
	}

	List<DossierPageSection.Content> forWorkQueues(Actor actor) {
		return this.sections.orderedStream()
			.sorted(Comparator.comparingInt(DossierPageSection::order))
			.map((section) -> section.forWorkQueues(actor))
			.flatMap(Optional::stream)
			.toList();
	}

}
