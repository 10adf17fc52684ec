package vn.motcua.dossier;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.AuditableEvent;

/**
 * A dossier changed state: submitted, received, forwarded, returned… One event type for
 * every transition, so that statistics, notifications and satisfaction sampling read the
 * same facts; {@link #action()} says which. {@link #refusal()} says that the appraisal
 * concluded with a refusal: the result being approved, ready or returned is then a Phiếu
 * từ chối giải quyết hồ sơ, not what was asked for.
 */
public record DossierTransitioned(String code, DossierAction action, @Nullable DossierStatus from, DossierStatus to,
		String procedureCode, String agencyCode, String deskAgencyCode, Channel channel, @Nullable Integer step,
		String actor, @Nullable String remoteAddress, Instant occurredAt, @Nullable Instant dueAt,
		@Nullable String outcome, boolean refusal, @Nullable String note) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "dossier." + this.action.apiName();
	}

	@Override
	public String auditSubject() {
		return "dossier:" + this.code;
	}

	@Override
	public String auditActor() {
		return this.actor;
	}

	@Override
	public String auditDetails() {
		StringBuilder details = new StringBuilder();
		details.append((this.from != null) ? this.from.code() : "-").append(" → ").append(this.to.code());
		if (this.step != null) {
			details.append(", bước ").append(this.step + 1);
		}
		if (this.note != null && !this.note.isBlank()) {
			String note = this.note.strip();
			details.append(": ").append((note.length() > 200) ? note.substring(0, 200) + "…" : note);
		}
		if (this.remoteAddress != null) {
			details.append(" [từ ").append(this.remoteAddress).append(']');
		}
		return details.toString();
	}

}
