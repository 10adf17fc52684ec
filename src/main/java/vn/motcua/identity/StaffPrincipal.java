package vn.motcua.identity;

import java.io.Serial;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.AgencyScoped;

/**
 * A signed-in staff member: their agency, whether they also act for the agencies below
 * it, and their roles. Authorities: {@code STAFF} and {@code ROLE_<role>} for each role.
 */
public final class StaffPrincipal extends AccountPrincipal implements AgencyScoped {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String agencyCode;

	private final boolean includesSubAgencies;

	private final ArrayList<Role> roles;

	public StaffPrincipal(long accountId, String username, String fullName, @Nullable String passwordHash,
			boolean enabled, String agencyCode, boolean includesSubAgencies, Set<Role> roles) {
		super(accountId, username, fullName, passwordHash, enabled, authoritiesOf(roles));
		this.agencyCode = agencyCode;
		this.includesSubAgencies = includesSubAgencies;
		this.roles = new ArrayList<>(sorted(roles));
	}

	@Override
	public AccountKind kind() {
		return AccountKind.STAFF;
	}

	@Override
	public String agencyCode() {
		return this.agencyCode;
	}

	@Override
	public boolean includesSubAgencies() {
		return this.includesSubAgencies;
	}

	public Set<Role> roles() {
		return this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	private static List<Role> sorted(Set<Role> roles) {
		return roles.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(roles));
	}

	private static List<String> authoritiesOf(Set<Role> roles) {
		List<String> authorities = new ArrayList<>();
		authorities.add(Authorities.STAFF);
		sorted(roles).forEach((role) -> authorities.add(role.authority()));
		return authorities;
	}

}
