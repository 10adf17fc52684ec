package vn.motcua.organization;

import java.util.Map;
import java.util.Optional;

/**
 * A section that another module adds to an agency's public page
 * ({@code /agencies/{code}}) without the organization module knowing that module: for
 * example the catalog lists the procedures the agency handles. Implementations are Spring
 * beans; the page renders their sections in {@link #order()} after its own content.
 */
public interface AgencyPageSection {

	/** Position among the sections, smallest first. */
	default int order() {
		return 0;
	}

	/**
	 * The section for this agency.
	 * @param agency the agency whose page is shown
	 * @param parameters the page's query parameters (first value of each), for sections
	 * that filter or page; a section must tolerate odd values
	 * @return the section, or empty to show nothing
	 */
	Optional<Content> contentFor(AgencyView agency, Map<String, String> parameters);

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
