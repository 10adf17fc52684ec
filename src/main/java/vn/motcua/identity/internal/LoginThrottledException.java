package vn.motcua.identity.internal;

import java.io.Serial;
import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused without checking the password: too many recent failures for this
 * username or from this address.
 */
public class LoginThrottledException extends LockedException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long retryAfterSeconds;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins; retry after " + retryAfter);
		this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	/** Whole minutes to wait, rounded up. */
	public long retryAfterMinutes() {
		return (this.retryAfterSeconds + 59) / 60;
	}

}
