package vn.motcua.identity;

import vn.motcua.shared.AuditableEvent;

/**
 * An existing account was changed.
 *
 * @param username the account
 * @param change what changed
 * @param actor who changed it
 */
public record AccountChanged(String username, Change change, String actor) implements AuditableEvent {

	/** The kinds of change. */
	public enum Change {

		ENABLED, DISABLED

	}

	@Override
	public String auditAction() {
		return "account.changed";
	}

	@Override
	public String auditSubject() {
		return "account:" + this.username;
	}

	@Override
	public String auditActor() {
		return this.actor;
	}

	@Override
	public String auditDetails() {
		return "change=" + this.change;
	}

}
