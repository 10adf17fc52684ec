package vn.motcua.identity;

import vn.motcua.shared.AuditableEvent;

/**
 * A sign-in was refused (security event for the audit log). Never carries the password
 * that was tried.
 *
 * @param username the username that was tried (possibly not an account)
 * @param reason {@code bad-credentials}, {@code disabled} or {@code throttled}
 * @param channel {@code form} or {@code token}
 * @param remoteAddress the client's address as seen by the server
 */
public record LoginFailed(String username, String reason, String channel,
		String remoteAddress) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "login.failed";
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
		return "reason=" + this.reason + " channel=" + this.channel + " ip=" + this.remoteAddress;
	}

}
