package vn.motcua.dossier;

import java.time.Instant;

/**
 * A received dossier came close to its appointment ({@link Kind#DUE_SOON}, by the
 * configured warning threshold) or passed it ({@link Kind#OVERDUE}) unfinished. Published
 * once per dossier and kind, by whichever node notices first.
 */
public record DossierDeadlineReached(String code, Kind kind, String agencyCode, String deskAgencyCode, Instant dueAt,
		Instant noticedAt) {

	/** Which warning. */
	public enum Kind {

		DUE_SOON, OVERDUE

	}

}
