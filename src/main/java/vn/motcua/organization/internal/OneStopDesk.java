package vn.motcua.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * An agency's one-stop desk (Bộ phận một cửa): where citizens hand in dossiers and
 * collect results. Part of the {@link Agency} aggregate; its values are checked by
 * {@link AgencyRules#desk}.
 */
@Embeddable
class OneStopDesk {

	@Column(name = "desk_name", length = AgencyRules.DESK_NAME_MAX)
	private @Nullable String name;

	@Column(name = "desk_address", length = AgencyRules.ADDRESS_MAX)
	private @Nullable String address;

	@Column(name = "desk_opening_hours", length = AgencyRules.OPENING_HOURS_MAX)
	private @Nullable String openingHours;

	@Column(name = "desk_hotline", length = AgencyRules.HOTLINE_MAX)
	private @Nullable String hotline;

	@Column(name = "desk_email", length = AgencyRules.EMAIL_MAX)
	private @Nullable String email;

	@Column(name = "desk_feedback_address", length = AgencyRules.ADDRESS_MAX)
	private @Nullable String feedbackAddress;

	protected OneStopDesk() {
		// for JPA
	}

	OneStopDesk(DeskDetails details) {
		this.name = details.name();
		this.address = details.address();
		this.openingHours = details.openingHours();
		this.hotline = details.hotline();
		this.email = details.email();
		this.feedbackAddress = details.feedbackAddress();
	}

	DeskDetails details() {
		return new DeskDetails(this.name, this.address, this.openingHours, this.hotline, this.email,
				this.feedbackAddress);
	}

}
