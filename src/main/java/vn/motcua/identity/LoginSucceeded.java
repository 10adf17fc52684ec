package vn.motcua.identity;

import vn.motcua.shared.AuditableEvent;

/**
 * Someone signed in (security event for the audit log).
 *
 * @param username the account
 * @param channel {@code form} or {@code token}
 * @param remoteAddress the client's address as seen by the server
 */
public record LoginSucceeded(String username, String channel, String remoteAddress) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "login.succeeded";
	}

	@Override
	public String auditSubject() {
		return "account:" + this.username;
	}

	@Override
	public String auditActor() {
		return this.username;
	}

	@Override
	public String auditDetails() {
		return "channel=" + this.channel + " ip=" + this.remoteAddress;
	}

}
