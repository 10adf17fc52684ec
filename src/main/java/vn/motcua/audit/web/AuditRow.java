package vn.motcua.audit.web;

import java.time.LocalDateTime;

/**
 * One line of the audit page, its time in the application's zone (Vietnam).
 *
 * @param seq the entry's number
 * @param time when it was appended
 * @param actor who made the change
 * @param action the machine name of the change
 * @param subject what was changed
 * @param details a short summary
 * @param hashPrefix the first characters of the entry's hash
 */
public record AuditRow(long seq, LocalDateTime time, String actor, String action, String subject, String details,
		String hashPrefix) {
}
