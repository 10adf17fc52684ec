package vn.motcua.shared;

/**
 * A domain event that changes state worth keeping in the audit log. The audit module
 * appends every such event to its hash-chained log in the transaction that publishes it.
 */
public interface AuditableEvent {

	/** The machine name of the change, e.g. {@code account.created}. */
	String auditAction();

	/** What was changed, e.g. {@code account:admin} or {@code agency:22}. */
	String auditSubject();

	/** Who made the change: a username, or {@code system}. */
	String auditActor();

	/** A short, human-readable summary of the change (no secrets). */
	String auditDetails();

}
