package vn.motcua.satisfaction;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.AuditableEvent;

/**
 * A citizen rated the handling of a returned dossier. Carries no trace of who rated
 * (Decree 61/2018 Art. 27.3).
 *
 * @param dossierCode the dossier rated
 * @param agencyCode the agency that settled it
 * @param deskAgencyCode the desk that returned it
 * @param channel ONLINE, KIOSK, PAPER or SMS
 * @param total the sum of the dossier's index scores (indices 1, 2, 3, 4, 7)
 * @param overall the overall satisfaction 1–5, if given
 * @param occurredAt when
 */
public record RatingGiven(String dossierCode, String agencyCode, String deskAgencyCode, String channel, int total,
		@Nullable Integer overall, Instant occurredAt) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "satisfaction.rating";
	}

	@Override
	public String auditSubject() {
		return "dossier:" + this.dossierCode;
	}

	@Override
	public String auditActor() {
		return "anonymous";
	}

	@Override
	public String auditDetails() {
		return "Đánh giá qua kênh " + this.channel + ", tổng điểm " + this.total;
	}

}
