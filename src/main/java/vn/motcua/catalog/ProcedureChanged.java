package vn.motcua.catalog;

import java.util.Locale;

import vn.motcua.shared.AuditableEvent;

/**
 * A version of a procedure was drafted, published or withdrawn.
 *
 * @param code the procedure's national code
 * @param version the version changed
 * @param change what happened
 * @param actor who did it: the signed-in user's name, or {@code system}
 * @param name the procedure's name in that version
 */
public record ProcedureChanged(String code, int version, Change change, String actor,
		String name) implements AuditableEvent {

	public enum Change {

		DRAFTED, PUBLISHED, WITHDRAWN

	}

	@Override
	public String auditAction() {
		return "procedure." + this.change.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String auditSubject() {
		return "procedure:" + this.code + "@" + this.version;
	}

	@Override
	public String auditActor() {
		return this.actor;
	}

	@Override
	public String auditDetails() {
		return this.name;
	}

}
