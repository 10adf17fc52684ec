package vn.motcua.feedback.internal;

import vn.motcua.shared.DomainException;

/**
 * Too many feedback items from one source in the window: answered with HTTP 429 and the
 * number of minutes to wait.
 */
public class IntakeThrottled extends DomainException {

	private final long retryAfterSeconds;

	IntakeThrottled(int limit, long windowMinutes, long retryAfterSeconds) {
		super(Kind.INVALID, "feedback.throttled", null, limit, windowMinutes);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
