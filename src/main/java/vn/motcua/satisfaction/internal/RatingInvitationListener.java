package vn.motcua.satisfaction.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierTransitioned;

/** Invites the applicant to rate when a result is returned (Circular 01/2018 Art. 12). */
@Component
class RatingInvitationListener {

	private final Ratings ratings;

	RatingInvitationListener(Ratings ratings) {
		this.ratings = ratings;
	}

	@ApplicationModuleListener
	void on(DossierTransitioned transitioned) {
		if (transitioned.action() == DossierAction.RETURN_RESULT) {
			this.ratings.invite(transitioned.code());
		}
	}

}
