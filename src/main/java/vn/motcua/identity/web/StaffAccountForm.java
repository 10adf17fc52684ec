package vn.motcua.identity.web;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.Role;
import vn.motcua.identity.internal.StaffAccounts.NewStaff;

/** The form to create a staff account, as typed. */
public record StaffAccountForm(@Nullable String username, @Nullable String fullName, @Nullable String email,
		@Nullable String phone, @Nullable String password, @Nullable Set<Role> roles, boolean includesSubAgencies) {

	static StaffAccountForm empty() {
		return new StaffAccountForm(null, null, null, null, null, EnumSet.noneOf(Role.class), false);
	}

	NewStaff newStaff() {
		return new NewStaff(this.username, this.fullName, this.email, this.phone, this.password, roleSet(),
				this.includesSubAgencies);
	}

	public Set<Role> roleSet() {
		return (this.roles == null || this.roles.isEmpty()) ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

	StaffAccountForm withoutPassword() {
		return new StaffAccountForm(this.username, this.fullName, this.email, this.phone, null, roleSet(),
				this.includesSubAgencies);
	}

}
