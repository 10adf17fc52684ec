package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Read-only queries on dossiers whose result was returned, for the modules that evaluate
 * the service (satisfaction ratings and survey sampling frames). No personal data leaves
 * through here except the applicant's contact, which the caller must keep to its purpose.
 */
public interface ReturnedDossiers {

	/** The dossier, if it exists and its result was returned. */
	Optional<ReturnedDossier> find(String code);

	/**
	 * The dossiers of the given agencies whose result was returned from {@code from}
	 * (included) to {@code to} (excluded), oldest first, without their steps.
	 */
	List<ReturnedDossier> returnedBetween(Set<String> agencyCodes, Instant from, Instant to);

}
