package vn.motcua.dossier;

import vn.motcua.shared.AuditableEvent;

/**
 * Dossiers of an older system were imported (one event per import, not per dossier).
 *
 * @param actor who imported them
 * @param imported how many dossiers were stored
 * @param alreadyPresent how many lines named dossiers imported before
 * @param source {@code api} or {@code demo}
 */
public record DossiersImported(String actor, int imported, int alreadyPresent,
		String source) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "dossier.import";
	}

	@Override
	public String auditSubject() {
		return "dossier-import:" + this.source;
	}

	@Override
	public String auditActor() {
		return this.actor;
	}

	@Override
	public String auditDetails() {
		return this.imported + " hồ sơ đã nhập, " + this.alreadyPresent + " hồ sơ đã có từ trước";
	}

}
