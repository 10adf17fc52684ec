package vn.motcua.feedback;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A feedback's deadline is near (a reminder to the agency) or has passed (escalated to
 * the agency above, marked prolonged). Published once per deadline.
 */
public record FeedbackDeadlineReached(String code, Kind kind, FeedbackStatus status, String agencyCode,
		@Nullable String escalatedTo, Instant dueAt, Instant occurredAt) {

	/** The kinds of warning. */
	public enum Kind {

		REMINDER, OVERDUE

	}

}
