package vn.motcua.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as kept in the security context, and therefore in the HTTP
 * session stored in the database: it must stay {@link Serializable} and small. The
 * password hash is only present while signing in; it is erased afterwards.
 */
public abstract sealed class AccountPrincipal implements UserDetails, CredentialsContainer, Serializable
		permits StaffPrincipal, CitizenPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private final String fullName;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final ArrayList<String> authorities;

	protected AccountPrincipal(long accountId, String username, String fullName, @Nullable String passwordHash,
			boolean enabled, List<String> authorities) {
		this.accountId = accountId;
		this.username = username;
		this.fullName = fullName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.authorities = new ArrayList<>(authorities);
	}

	public long accountId() {
		return this.accountId;
	}

	public String fullName() {
		return this.fullName;
	}

	public abstract AccountKind kind();

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.authorities.stream().map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof AccountPrincipal that && this.username.equals(that.username);
	}

	@Override
	public int hashCode() {
		return this.username.hashCode();
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + this.username + "]";
	}

}
