package vn.motcua.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.AccountKind;
import vn.motcua.identity.AccountPrincipal;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.EmailAddress;
import vn.motcua.identity.Gender;
import vn.motcua.identity.PersonalIdNumber;
import vn.motcua.identity.PhoneNumber;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;

/**
 * A staff member's or a citizen's account. Created through {@link #staff} or
 * {@link #citizen} with values already checked; never bound to a form.
 */
@Entity
@Table(name = "identity_account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private AccountKind kind;

	private String username;

	private String fullName;

	private @Nullable String email;

	private @Nullable String phone;

	@Column(name = "personal_id")
	private @Nullable String personalId;

	private @Nullable Integer birthYear;

	@Enumerated(EnumType.STRING)
	private @Nullable Gender gender;

	private String passwordHash;

	private @Nullable String agencyCode;

	private boolean includesSubAgencies;

	private boolean enabled;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "identity_account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Account() {
		// for JPA
	}

	private Account(AccountKind kind, String username, String fullName, @Nullable EmailAddress email,
			@Nullable PhoneNumber phone, String passwordHash, Instant now) {
		this.kind = kind;
		this.username = username;
		this.fullName = fullName;
		this.email = (email != null) ? email.value() : null;
		this.phone = (phone != null) ? phone.value() : null;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.createdAt = now;
		this.updatedAt = now;
	}

	static Account staff(String username, String fullName, @Nullable EmailAddress email, @Nullable PhoneNumber phone,
			String passwordHash, String agencyCode, boolean includesSubAgencies, Set<Role> roles, Instant now) {
		Account account = new Account(AccountKind.STAFF, username, fullName, email, phone, passwordHash, now);
		account.agencyCode = agencyCode;
		account.includesSubAgencies = includesSubAgencies;
		account.roles = new HashSet<>(roles);
		return account;
	}

	static Account citizen(String username, String fullName, @Nullable EmailAddress email, @Nullable PhoneNumber phone,
			@Nullable PersonalIdNumber personalId, String passwordHash, Instant now) {
		Account account = new Account(AccountKind.CITIZEN, username, fullName, email, phone, passwordHash, now);
		if (personalId != null) {
			account.personalId = personalId.value();
			account.birthYear = personalId.birthYear();
			account.gender = personalId.gender();
		}
		return account;
	}

	/** Enables or disables the account; returns whether anything changed. */
	boolean enable(boolean enable, Instant now) {
		if (this.enabled == enable) {
			return false;
		}
		this.enabled = enable;
		this.updatedAt = now;
		return true;
	}

	/**
	 * The signed-in form of this account, with its password hash (erased after sign-in).
	 */
	AccountPrincipal principal() {
		long accountId = (this.id != null) ? this.id : -1;
		if (this.kind == AccountKind.STAFF) {
			return new StaffPrincipal(accountId, this.username, this.fullName, this.passwordHash, this.enabled,
					(this.agencyCode != null) ? this.agencyCode : "", this.includesSubAgencies, this.roles);
		}
		return new CitizenPrincipal(accountId, this.username, this.fullName, this.passwordHash, this.enabled);
	}

	public @Nullable Long id() {
		return this.id;
	}

	public AccountKind kind() {
		return this.kind;
	}

	public String username() {
		return this.username;
	}

	public String fullName() {
		return this.fullName;
	}

	public @Nullable String email() {
		return this.email;
	}

	public @Nullable String phone() {
		return this.phone;
	}

	public @Nullable PersonalIdNumber personalId() {
		return (this.personalId != null) ? new PersonalIdNumber(this.personalId) : null;
	}

	public @Nullable Integer birthYear() {
		return this.birthYear;
	}

	public @Nullable Gender gender() {
		return this.gender;
	}

	public @Nullable String agencyCode() {
		return this.agencyCode;
	}

	public boolean includesSubAgencies() {
		return this.includesSubAgencies;
	}

	public boolean enabled() {
		return this.enabled;
	}

	public Set<Role> roles() {
		return this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

}
