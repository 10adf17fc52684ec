package vn.motcua.satisfaction.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.motcua.calendar.Deadlines;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierPageSection;
import vn.motcua.dossier.DossierView;
import vn.motcua.satisfaction.internal.Ratings;

/**
 * On the citizen's own dossier page, the invitation to rate: a "Đánh giá" link to the
 * rating page while the dossier has an invitation that is neither used nor expired. The
 * dossier module shows it without knowing this module ({@link DossierPageSection}); staff
 * pages get nothing (officers hand the link over from the desk's invitation page).
 */
@Component
class RatingDossierSection implements DossierPageSection {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
		.withZone(Deadlines.VIETNAM);

	private final Ratings ratings;

	private final Clock clock;

	RatingDossierSection(Ratings ratings, Clock clock) {
		this.ratings = ratings;
		this.clock = clock;
	}

	@Override
	public int order() {
		// before the notices sent (100): what the citizen can still do comes first
		return 10;
	}

	@Override
	public Optional<Content> forDossier(DossierView dossier, Audience audience, Actor actor) {
		if (audience != Audience.CITIZEN) {
			return Optional.empty();
		}
		return this.ratings.byDossier(dossier.code())
			.filter((invitation) -> invitation.ratedAt() == null)
			.filter((invitation) -> invitation.expiresAt().isAfter(this.clock.instant()))
			.map((invitation) -> new Content("satisfaction/dossier-section", Map.of("link",
					Ratings.ratingPath(invitation.token()), "until", DATE.format(invitation.expiresAt()))));
	}

}
