package vn.motcua.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per key ({@code user:<username>}, {@code ip:<address>}) in the
 * database, so that every application node sees the same counts. A key that reaches its
 * limit of failures within the window is locked until the end of the lockout; after that,
 * or once the window has passed, counting starts again. A successful sign-in clears the
 * username's count (failures must be consecutive), not the address's.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final IdentityProperties properties;

	LoginThrottle(JdbcClient jdbc, IdentityProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	static String userKey(String username) {
		return "user:" + truncate(username);
	}

	static String addressKey(String address) {
		return "ip:" + truncate(address);
	}

	/** Until when sign-ins are refused for any of the keys, if they are. */
	@Transactional(readOnly = true)
	Optional<Instant> lockedUntil(Instant now, List<String> keys) {
		return this.jdbc.sql("""
				SELECT max(locked_until) FROM identity_login_throttle
				WHERE throttle_key IN (:keys) AND locked_until > :now""")
			.param("keys", keys)
			.param("now", at(now))
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	/** Records a failure for the username and for the address. */
	@Transactional
	void failed(String userKey, String addressKey, Instant now) {
		count(userKey, this.properties.maxFailures(), now);
		count(addressKey, this.properties.maxFailuresPerAddress(), now);
	}

	/** Clears the username's failures after a successful sign-in. */
	@Transactional
	void succeeded(String userKey, Instant now) {
		this.jdbc.sql("""
				DELETE FROM identity_login_throttle
				WHERE throttle_key = :key
				   OR (window_started_at < :stale AND (locked_until IS NULL OR locked_until < :now))""")
			.param("key", userKey)
			.param("stale", at(now.minus(this.properties.failureWindow()).minus(this.properties.lockout())))
			.param("now", at(now))
			.update();
	}

	private void count(String key, int limit, Instant now) {
		// one atomic statement: concurrent failures on several nodes all count
		this.jdbc.sql("""
				INSERT INTO identity_login_throttle AS t (throttle_key, failures, window_started_at, locked_until)
				VALUES (:key, 1, :now, CASE WHEN 1 >= :limit THEN :lockEnd END)
				ON CONFLICT (throttle_key) DO UPDATE SET
					failures = CASE WHEN t.window_started_at <= :windowStart OR t.locked_until <= :now
						THEN 1 ELSE t.failures + 1 END,
					window_started_at = CASE WHEN t.window_started_at <= :windowStart OR t.locked_until <= :now
						THEN :now ELSE t.window_started_at END,
					locked_until = CASE
						WHEN (CASE WHEN t.window_started_at <= :windowStart OR t.locked_until <= :now
							THEN 1 ELSE t.failures + 1 END) >= :limit THEN :lockEnd
						WHEN t.locked_until > :now THEN t.locked_until
						END""")
			.param("key", key)
			.param("now", at(now))
			.param("limit", limit)
			.param("windowStart", at(now.minus(this.properties.failureWindow())))
			.param("lockEnd", at(now.plus(this.properties.lockout())))
			.update();
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String truncate(String value) {
		return (value.length() > 250) ? value.substring(0, 250) : value;
	}

}
