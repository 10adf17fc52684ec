package vn.motcua.payment.internal;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.motcua.identity.Role;

/** Who acts on a payment: a staff member (roles, agency scope) or a citizen (account). */
public record PaymentActor(String username, String fullName, boolean staff, Set<Role> roles,
		@Nullable String agencyCode, boolean includesSubAgencies, @Nullable Long accountId) {

	public PaymentActor {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
