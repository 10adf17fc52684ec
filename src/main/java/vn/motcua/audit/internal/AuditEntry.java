package vn.motcua.audit.internal;

import java.time.Instant;

/**
 * One entry of the audit log, as stored.
 *
 * @param seq its place in the chain, from 1 without gaps
 * @param occurredAt when it was appended
 * @param actor who made the change
 * @param action the machine name of the change
 * @param subject what was changed
 * @param details a short summary
 * @param prevHash the hash of the entry before it
 * @param hash the hash of this entry
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String subject, String details,
		String prevHash, String hash) {

	/** Whether the stored hash is the hash of the stored fields. */
	boolean hashMatches() {
		return this.hash.equals(AuditHash.of(this.prevHash, this.seq, this.occurredAt, this.actor, this.action,
				this.subject, this.details));
	}

}
