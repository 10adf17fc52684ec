package vn.motcua.identity.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.AccountKind;
import vn.motcua.identity.EmailAddress;
import vn.motcua.identity.Gender;
import vn.motcua.identity.PhoneNumber;

/**
 * Finds the account someone signs in with: by username, or — for citizens, who may type
 * either — by phone number (in any usual form) or e-mail address.
 */
@Component
public class AccountDirectory implements UserDetailsService {

	private final Accounts accounts;

	AccountDirectory(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String login) {
		return find(login).map(Account::principal).orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	/** The account for what someone typed as their username, if any. */
	@Transactional(readOnly = true)
	public Optional<Account> find(String login) {
		String name = login.strip().toLowerCase(Locale.ROOT);
		if (name.isEmpty()) {
			return Optional.empty();
		}
		Optional<Account> byUsername = this.accounts.findByUsername(name);
		if (byUsername.isPresent()) {
			return byUsername;
		}
		Optional<PhoneNumber> phone = PhoneNumber.parse(name);
		if (phone.isPresent()) {
			return this.accounts.findByPhone(phone.get().value());
		}
		return EmailAddress.parse(name).flatMap((email) -> this.accounts.findByEmail(email.value()));
	}

	/**
	 * What a citizen sees of their own account; the personal identification number is
	 * masked.
	 */
	public record CitizenProfile(String username, String fullName, @Nullable String phone, @Nullable String email,
			@Nullable String maskedPersonalId, @Nullable Integer birthYear, @Nullable Gender gender) {
	}

	/** The citizen's profile, if the username is a citizen's. */
	@Transactional(readOnly = true)
	public Optional<CitizenProfile> citizenProfile(String username) {
		return this.accounts.findByUsername(username)
			.filter((account) -> account.kind() == AccountKind.CITIZEN)
			.map((account) -> new CitizenProfile(account.username(), account.fullName(), account.phone(),
					account.email(), (account.personalId() != null) ? account.personalId().masked() : null,
					account.birthYear(), account.gender()));
	}

	/** The account with that username, exactly. */
	@Transactional(readOnly = true)
	public Optional<Account> byUsername(String username) {
		return this.accounts.findByUsername(username);
	}

}
