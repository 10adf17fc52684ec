package vn.motcua.calendar.web;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in staff for the admin pages, with the authorities identity gives them. */
final class TestUsers {

	private TestUsers() {
	}

	static RequestPostProcessor systemAdmin() {
		return SecurityMockMvcRequestPostProcessors.user("calendar-admin")
			.authorities(() -> "STAFF", () -> "ROLE_SYSTEM_ADMIN");
	}

	static RequestPostProcessor officer() {
		return SecurityMockMvcRequestPostProcessors.user("calendar-officer")
			.authorities(() -> "STAFF", () -> "ROLE_ONE_STOP_OFFICER");
	}

}
