package vn.motcua.organization;

import org.jspecify.annotations.Nullable;

/**
 * What other modules and the public portal may know of an agency's one-stop desk (Bộ phận
 * một cửa / Bộ phận tiếp nhận và trả kết quả). Unknown values are absent, never empty
 * strings.
 *
 * @param agencyCode the code of the agency the desk belongs to
 * @param name the desk's name as shown to citizens
 * @param address where citizens go, if recorded
 * @param openingHours the opening hours as free text, if recorded
 * @param hotline the hotline phone number, if recorded
 * @param email the desk's e-mail address, if recorded
 * @param feedbackAddress where citizens send feedback and petitions (PAKN), if recorded
 */
public record OneStopDeskView(String agencyCode, String name, @Nullable String address, @Nullable String openingHours,
		@Nullable String hotline, @Nullable String email, @Nullable String feedbackAddress) {
}
