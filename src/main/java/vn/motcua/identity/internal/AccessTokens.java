package vn.motcua.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.identity.AccountPrincipal;

/**
 * Opaque API access tokens: 256 random bits, given to the client once, stored only as
 * their SHA-256 with an expiry, so that a copy of the database does not let anyone call
 * the API and every node can check a token.
 */
@Component
public class AccessTokens {

	private static final int TOKEN_BYTES = 32;

	/** Base64url without padding of 32 bytes. */
	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final IdentityProperties properties;

	private final Clock clock;

	AccessTokens(JdbcClient jdbc, Accounts accounts, IdentityProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	/** A token and its lifetime in seconds. */
	public record IssuedToken(String accessToken, long expiresIn) {
	}

	/** Issues a new token for the signed-in account. */
	@Transactional
	public IssuedToken issue(AccountPrincipal principal) {
		byte[] bytes = new byte[TOKEN_BYTES];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.tokenLifetime());
		this.jdbc.sql("DELETE FROM identity_access_token WHERE expires_at <= :now").param("now", at(now)).update();
		this.jdbc.sql("""
				INSERT INTO identity_access_token (token_hash, account_id, issued_at, expires_at)
				VALUES (:hash, :account, :issuedAt, :expiresAt)""")
			.param("hash", hash(token))
			.param("account", principal.accountId())
			.param("issuedAt", at(now))
			.param("expiresAt", at(expiresAt))
			.update();
		return new IssuedToken(token, this.properties.tokenLifetime().toSeconds());
	}

	/**
	 * The enabled account the token was issued to, if the token is known and valid. Asked
	 * on every API call: one indexed query checks the token, the account's enabled flag
	 * and its version, and the principal built from the account is reused while that
	 * version stands (every change of an account, its roles included, raises it), so a
	 * disabled account or a withdrawn role takes effect on the next call, on every node.
	 */
	public Optional<AccountPrincipal> authenticate(String token) {
		if (!FORMAT.matcher(token).matches()) {
			return Optional.empty();
		}
		Optional<AccountVersion> current = this.jdbc.sql("""
				SELECT a.id, a.version FROM identity_access_token t JOIN identity_account a ON a.id = t.account_id
				WHERE t.token_hash = :hash AND t.expires_at > :now AND a.enabled""")
			.param("hash", hash(token))
			.param("now", at(this.clock.instant()))
			.query((rs, n) -> new AccountVersion(rs.getLong("id"), rs.getLong("version")))
			.optional();
		if (current.isEmpty()) {
			return Optional.empty();
		}
		AccountVersion account = current.get();
		Principal known = this.principals.get(account.id());
		if (known != null && known.version() == account.version()) {
			return Optional.of(known.principal());
		}
		Optional<AccountPrincipal> loaded = this.accounts.findById(account.id())
			.filter(Account::enabled)
			.map((found) -> {
				AccountPrincipal principal = found.principal();
				principal.eraseCredentials();
				return principal;
			});
		loaded.ifPresent((principal) -> {
			if (this.principals.size() > MAX_PRINCIPALS) {
				this.principals.clear();
			}
			this.principals.put(account.id(), new Principal(principal, account.version()));
		});
		return loaded;
	}

	/** Principals of accounts that called the API lately, by account id. */
	private final Map<Long, Principal> principals = new ConcurrentHashMap<>();

	private static final int MAX_PRINCIPALS = 10_000;

	private record AccountVersion(long id, long version) {
	}

	private record Principal(AccountPrincipal principal, long version) {
	}

	/** The SHA-256 of the token, hex: what is stored. */
	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
