package vn.motcua.dossier;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.Role;

/**
 * Who acts on a dossier, as the web layer knows them: a staff member with roles and an
 * agency scope, a citizen with an account, or the system.
 */
public record Actor(Kind kind, String username, String fullName, Set<Role> roles, @Nullable String agencyCode,
		boolean includesSubAgencies, @Nullable Long accountId, @Nullable String remoteAddress) {

	/** The kinds of actor. */
	public enum Kind {

		STAFF, CITIZEN, SYSTEM

	}

	public Actor {
		roles = Set.copyOf(roles);
	}

	public static Actor system() {
		return new Actor(Kind.SYSTEM, "system", "Hệ thống", Set.of(), null, false, null, null);
	}

	public boolean isStaff() {
		return this.kind == Kind.STAFF;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
