package vn.motcua.organization;

import java.util.Locale;

import vn.motcua.shared.AuditableEvent;

/**
 * An agency was created, changed or deactivated.
 *
 * @param code the agency's code
 * @param change what happened
 * @param actor who did it: the signed-in user's name, or {@code system}
 * @param details a short summary of the agency after the change
 */
public record AgencyChanged(String code, Change change, String actor, String details) implements AuditableEvent {

	public enum Change {

		CREATED, UPDATED, DEACTIVATED

	}

	@Override
	public String auditAction() {
		return "agency." + this.change.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String auditSubject() {
		return "agency:" + this.code;
	}

	@Override
	public String auditActor() {
		return this.actor;
	}

	@Override
	public String auditDetails() {
		return this.details;
	}

}
