package vn.motcua.dossier;

import java.util.Map;
import java.util.Optional;

/**
 * A section that another module adds to the dossier pages without the dossier module
 * knowing that module (as {@code organization.AgencyPageSection} does for agencies): for
 * example the notification module shows the delivery status of the notices sent about a
 * dossier, and lists in the work queues the legally required notices that could not be
 * delivered. Implementations are Spring beans; the pages render their sections in
 * {@link #order()} after their own content.
 */
public interface DossierPageSection {

	/** Who looks at the dossier page. */
	enum Audience {

		/** The staff page {@code /workspace/dossiers/{code}}. */
		STAFF,
		/** The citizen's page {@code /account/dossiers/{code}}. */
		CITIZEN

	}

	/** Position among the sections, smallest first. */
	default int order() {
		return 0;
	}

	/**
	 * The section for one dossier page; the dossier module has already checked that the
	 * actor may see the dossier.
	 * @param dossier the dossier shown
	 * @param audience which page
	 * @param actor who looks at it
	 * @return the section, or empty to show nothing
	 */
	Optional<Content> forDossier(DossierView dossier, Audience audience, Actor actor);

	/**
	 * A section above the staff work queues ({@code /workspace/dossiers}), for what needs
	 * the officer's attention in their agencies.
	 * @param actor the staff member looking at their queues
	 * @return the section, or empty to show nothing
	 */
	default Optional<Content> forWorkQueues(Actor actor) {
		return Optional.empty();
	}

	/**
	 * What to render.
	 *
	 * @param template the Thymeleaf template holding a fragment named {@code section},
	 * rendered with the model under the variable {@code section}
	 * @param model the values the fragment reads
	 */
	record Content(String template, Map<String, Object> model) {

		public Content {
			model = Map.copyOf(model);
		}

	}

}
