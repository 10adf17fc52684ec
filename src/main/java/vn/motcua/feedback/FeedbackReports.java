package vn.motcua.feedback;

import java.time.LocalDate;
import java.util.Set;

/** The query side of the feedback module, for reporting. */
public interface FeedbackReports {

	/**
	 * Feedback received from {@code from} to {@code to} (inclusive, Vietnam dates) by the
	 * given agencies (all when empty), counted by agency and topic ({@code "-"} while not
	 * classified).
	 */
	FeedbackStatistics statistics(LocalDate from, LocalDate to, Set<String> agencyCodes);

}
