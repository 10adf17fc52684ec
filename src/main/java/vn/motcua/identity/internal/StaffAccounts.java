package vn.motcua.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.identity.AccountChanged;
import vn.motcua.identity.AccountCreated;
import vn.motcua.identity.AccountKind;
import vn.motcua.identity.EmailAddress;
import vn.motcua.identity.PhoneNumber;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.DomainException;

/**
 * Staff accounts, managed by system administrators within their scope. An administrator
 * creates accounts only in agencies they cover, grants "includes sub-agencies" only if
 * their own account has it, and grants {@link Role#SYSTEM_ADMIN} only if they are a
 * system administrator at province level.
 */
@Component
public class StaffAccounts {

	static final String USERNAME = "[a-z][a-z0-9._-]{2,49}";

	private final Accounts accounts;

	private final Agencies agencies;

	private final AgencyScope scope;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StaffAccounts(Accounts accounts, Agencies agencies, AgencyScope scope, PasswordEncoder passwords,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.agencies = agencies;
		this.scope = scope;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A new staff account as typed by an administrator.
	 *
	 * @param username lower-case letters, digits, dot, dash, underscore; starts with a
	 * letter
	 * @param fullName full name
	 * @param email e-mail address, optional
	 * @param phone mobile number, optional
	 * @param password the initial password
	 * @param roles at least one role
	 * @param includesSubAgencies whether the account also acts for agencies below
	 */
	public record NewStaff(@Nullable String username, @Nullable String fullName, @Nullable String email,
			@Nullable String phone, @Nullable String password, Set<Role> roles, boolean includesSubAgencies) {
	}

	/** A staff account as shown in lists. */
	public record StaffAccountView(String username, String fullName, @Nullable String email, @Nullable String phone,
			Set<Role> roles, boolean includesSubAgencies, boolean enabled) {
	}

	/** The staff accounts of one agency, by username. */
	@Transactional(readOnly = true)
	public List<StaffAccountView> inAgency(String agencyCode) {
		return this.accounts.findByAgencyCodeOrderByUsername(agencyCode)
			.stream()
			.filter((account) -> account.kind() == AccountKind.STAFF)
			.map((account) -> new StaffAccountView(account.username(), account.fullName(), account.email(),
					account.phone(), account.roles(), account.includesSubAgencies(), account.enabled()))
			.toList();
	}

	/**
	 * Every problem with the new account, field by field; empty if it can be created.
	 * Throws if the administrator may not manage accounts of that agency at all.
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> problemsWith(String agencyCode, NewStaff staff, StaffPrincipal admin) {
		authorize(agencyCode, admin);
		List<FieldProblem> problems = new ArrayList<>();
		checkFields(staff, problems);
		if (staff.roles().contains(Role.SYSTEM_ADMIN) && !mayGrantSystemAdmin(admin)) {
			problems.add(new FieldProblem("roles", "account.grant-system-admin"));
		}
		if (staff.includesSubAgencies() && !admin.includesSubAgencies()) {
			problems.add(new FieldProblem("includesSubAgencies", "account.grant-sub-agencies"));
		}
		return problems;
	}

	/**
	 * Creates the account, or throws the first problem (nothing is saved).
	 * @return the new account's username
	 */
	@Transactional
	public String create(String agencyCode, NewStaff staff, StaffPrincipal admin) {
		List<FieldProblem> problems = problemsWith(agencyCode, staff, admin);
		if (!problems.isEmpty()) {
			throw problems.get(0).toException();
		}
		return save(agencyCode, staff, admin.getUsername());
	}

	/**
	 * Creates an account on behalf of the system (demo data): no administrator, so no
	 * grant rules; the fields are checked all the same.
	 */
	@Transactional
	String createAsSystem(String agencyCode, NewStaff staff) {
		if (!this.agencies.exists(agencyCode)) {
			throw DomainException.notFound("account.agency-unknown", agencyCode);
		}
		List<FieldProblem> problems = new ArrayList<>();
		checkFields(staff, problems);
		if (!problems.isEmpty()) {
			throw problems.get(0).toException();
		}
		return save(agencyCode, staff, "system");
	}

	/** Enables or disables a staff account of the agency. */
	@Transactional
	public void setEnabled(String agencyCode, String username, boolean enabled, StaffPrincipal admin) {
		authorize(agencyCode, admin);
		Account account = this.accounts.findByUsername(username)
			.filter((found) -> found.kind() == AccountKind.STAFF && agencyCode.equals(found.agencyCode()))
			.orElseThrow(() -> DomainException.notFound("account.unknown", username));
		if (!enabled && account.username().equals(admin.getUsername())) {
			throw DomainException.invalid("account.disable-self", "username");
		}
		if (account.enable(enabled, this.clock.instant())) {
			this.events.publishEvent(new AccountChanged(username,
					enabled ? AccountChanged.Change.ENABLED : AccountChanged.Change.DISABLED, admin.getUsername()));
		}
	}

	/** Whether the administrator may grant the system administrator role. */
	public boolean mayGrantSystemAdmin(StaffPrincipal admin) {
		return admin.hasRole(Role.SYSTEM_ADMIN) && this.agencies.findByCode(admin.agencyCode())
			.map((agency) -> agency.level() == AgencyLevel.PROVINCE)
			.orElse(false);
	}

	private AgencyView authorize(String agencyCode, StaffPrincipal admin) {
		if (!admin.hasRole(Role.SYSTEM_ADMIN) || !this.scope.covers(admin, agencyCode)) {
			throw DomainException.forbidden("agency-scope.forbidden");
		}
		return this.agencies.findByCode(agencyCode)
			.orElseThrow(() -> DomainException.notFound("account.agency-unknown", agencyCode));
	}

	private void checkFields(NewStaff staff, List<FieldProblem> problems) {
		String raw = staff.username();
		if (ContactChecks.blank(raw)) {
			problems.add(new FieldProblem("username", "username.required"));
		}
		else {
			String username = raw.strip().toLowerCase(Locale.ROOT);
			if (!username.matches(USERNAME)) {
				problems.add(new FieldProblem("username", "username.invalid"));
			}
			else if (this.accounts.existsByUsername(username)) {
				problems.add(new FieldProblem("username", "account.username-taken"));
			}
		}
		ContactChecks.fullName(staff.fullName(), problems);
		ContactChecks.email(staff.email(), this.accounts, problems);
		ContactChecks.phone(staff.phone(), this.accounts, problems);
		ContactChecks.password(staff.password(), problems);
		if (staff.roles().isEmpty()) {
			problems.add(new FieldProblem("roles", "roles.required"));
		}
	}

	private String save(String agencyCode, NewStaff staff, String actor) {
		String username = Objects.requireNonNull(staff.username()).strip().toLowerCase(Locale.ROOT);
		List<FieldProblem> ignored = new ArrayList<>();
		String fullName = Objects.requireNonNull(ContactChecks.fullName(staff.fullName(), ignored));
		EmailAddress email = ContactChecks.blank(staff.email()) ? null
				: EmailAddress.parse(Objects.requireNonNull(staff.email())).orElseThrow();
		PhoneNumber phone = ContactChecks.blank(staff.phone()) ? null
				: PhoneNumber.parse(Objects.requireNonNull(staff.phone())).orElseThrow();
		Set<Role> roles = EnumSet.copyOf(staff.roles());
		Account account = Account.staff(username, fullName, email, phone,
				this.passwords.encode(Objects.requireNonNull(staff.password())), agencyCode,
				staff.includesSubAgencies(), roles, this.clock.instant());
		try {
			this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			throw DuplicateAccounts.conflictFrom(ex);
		}
		this.events.publishEvent(new AccountCreated(username, AccountKind.STAFF, agencyCode,
				staff.includesSubAgencies(), List.copyOf(roles), actor));
		return username;
	}

}
