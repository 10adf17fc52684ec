package vn.motcua.organization.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import vn.motcua.shared.AgencyScoped;

/**
 * A signed-in staff member scoped to an agency, as identity's principal will be: the
 * organization pages only rely on {@link AgencyScoped}.
 */
final class TestStaff extends User implements AgencyScoped {

	private final String agencyCode;

	private final boolean includesSubAgencies;

	private TestStaff(String username, String agencyCode, boolean includesSubAgencies, String... roles) {
		super(username, "unused", authorities(roles));
		this.agencyCode = agencyCode;
		this.includesSubAgencies = includesSubAgencies;
	}

	/** A system administrator of the agency and everything below it. */
	static TestStaff adminOf(String agencyCode) {
		return new TestStaff("admin-" + agencyCode, agencyCode, true, "SYSTEM_ADMIN");
	}

	/** A system administrator of that one agency only. */
	static TestStaff adminOfOnly(String agencyCode) {
		return new TestStaff("admin-only-" + agencyCode, agencyCode, false, "SYSTEM_ADMIN");
	}

	@Override
	public String agencyCode() {
		return this.agencyCode;
	}

	@Override
	public boolean includesSubAgencies() {
		return this.includesSubAgencies;
	}

	private static List<GrantedAuthority> authorities(String... roles) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("STAFF"));
		for (String role : roles) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
		}
		return authorities;
	}

}
