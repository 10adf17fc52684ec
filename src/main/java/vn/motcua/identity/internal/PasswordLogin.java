package vn.motcua.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.motcua.identity.LoginFailed;
import vn.motcua.identity.LoginSucceeded;

/**
 * Signs in with username and password, for the login page and the token API alike:
 * refuses throttled usernames and addresses before looking at the password, checks the
 * password (bcrypt through the delegating encoder), counts failures, and reports every
 * outcome to the audit log as a security event. Not a bean of its own: it is the only
 * provider of the application's {@code AuthenticationManager}.
 */
class PasswordLogin implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final AccountDirectory directory;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PasswordLogin(AccountDirectory directory, PasswordEncoder encoder, LoginThrottle throttle,
			ApplicationEventPublisher events, Clock clock) {
		this.passwords = new DaoAuthenticationProvider(directory);
		this.passwords.setPasswordEncoder(encoder);
		// check the password first: a disabled account is only revealed to whoever knows
		// its password
		this.passwords.setPreAuthenticationChecks((user) -> {
		});
		this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		this.directory = directory;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String attempted = abbreviate(String.valueOf(authentication.getName()).strip());
		LoginDetails from = detailsOf(authentication);
		// count failures against the account whichever name (username, phone, e-mail) was
		// typed
		String username = this.directory.find(attempted)
			.map(Account::username)
			.orElse(attempted.toLowerCase(Locale.ROOT));
		String userKey = LoginThrottle.userKey(username);
		String addressKey = LoginThrottle.addressKey(from.remoteAddress());
		Instant now = this.clock.instant();
		Optional<Instant> lockedUntil = this.throttle.lockedUntil(now, List.of(userKey, addressKey));
		if (lockedUntil.isPresent()) {
			this.events.publishEvent(new LoginFailed(attempted, "throttled", from.channel(), from.remoteAddress()));
			throw new LoginThrottledException(Duration.between(now, lockedUntil.get()));
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.succeeded(userKey, now);
			this.events.publishEvent(new LoginSucceeded(username, from.channel(), from.remoteAddress()));
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(userKey, addressKey, now);
			this.events
				.publishEvent(new LoginFailed(attempted, "bad-credentials", from.channel(), from.remoteAddress()));
			throw ex;
		}
		catch (DisabledException ex) {
			this.events.publishEvent(new LoginFailed(attempted, "disabled", from.channel(), from.remoteAddress()));
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static LoginDetails detailsOf(Authentication authentication) {
		if (authentication.getDetails() instanceof LoginDetails details) {
			return details;
		}
		return new LoginDetails("unknown", "unknown");
	}

	private static String abbreviate(String value) {
		return (value.length() > 100) ? value.substring(0, 100) : value;
	}

}
