package vn.motcua.identity;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.AuditableEvent;

/**
 * An account was created: by an administrator for staff, by the citizen themself at
 * registration, or by the demo loader. Never carries the password or personal numbers.
 *
 * @param username the new account's username
 * @param kind staff or citizen
 * @param agencyCode the staff member's agency, none for citizens
 * @param includesSubAgencies whether the staff member also acts for agencies below
 * @param roles the staff member's roles, empty for citizens
 * @param actor who created it
 */
public record AccountCreated(String username, AccountKind kind, @Nullable String agencyCode,
		boolean includesSubAgencies, List<Role> roles, String actor) implements AuditableEvent {

	public AccountCreated {
		roles = List.copyOf(roles);
	}

	@Override
	public String auditAction() {
		return "account.created";
	}

	@Override
	public String auditSubject() {
		return "account:" + this.username;
	}

	@Override
	public String auditActor() {
		return this.actor;
	}

	@Override
	public String auditDetails() {
		if (this.kind == AccountKind.CITIZEN) {
			return "kind=CITIZEN";
		}
		return "kind=STAFF agency=" + this.agencyCode + " subAgencies=" + this.includesSubAgencies + " roles="
				+ this.roles.stream().map(Role::name).collect(Collectors.joining(","));
	}

}
