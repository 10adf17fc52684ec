package vn.motcua.satisfaction;

import java.util.Map;
import java.util.Optional;

/**
 * A section that another module adds to a survey campaign's page
 * ({@code /workspace/satisfaction/campaigns/{id}}) without this module knowing it: the
 * notification module shows how the campaign's invitations and reminders were delivered.
 * Implementations are Spring beans; the page renders their sections in {@link #order()}
 * after the invitation buttons.
 */
public interface CampaignPageSection {

	/** Position among the sections, smallest first. */
	default int order() {
		return 0;
	}

	/**
	 * The section for a campaign; the page has already checked that a survey manager
	 * looks at it.
	 * @param campaignId the campaign shown
	 * @return the section, or empty to show nothing
	 */
	Optional<Content> forCampaign(long campaignId);

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
