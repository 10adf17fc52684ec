package vn.motcua.organization.internal;

import org.jspecify.annotations.Nullable;

/**
 * The values of a one-stop desk as entered or stored; every one may be absent.
 *
 * @param name the desk's name, required as soon as any other value is given
 * @param address the street address
 * @param openingHours the opening hours as free text
 * @param hotline the hotline number
 * @param email the e-mail address
 * @param feedbackAddress where feedback and petitions (PAKN) go
 */
public record DeskDetails(@Nullable String name, @Nullable String address, @Nullable String openingHours,
		@Nullable String hotline, @Nullable String email, @Nullable String feedbackAddress) {

	public static final DeskDetails NONE = new DeskDetails(null, null, null, null, null, null);

}
