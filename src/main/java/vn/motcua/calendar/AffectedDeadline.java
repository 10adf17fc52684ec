package vn.motcua.calendar;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A due date that a proposed schedule change would move.
 *
 * @param reference what the deadline belongs to, e.g. a dossier code
 * @param agencyCode the agency handling it, if any
 * @param currentDue the due instant with the calendar in force
 * @param proposedDue the due instant after the change
 */
public record AffectedDeadline(String reference, @Nullable String agencyCode, LocalDateTime currentDue,
		LocalDateTime proposedDue) {
}
