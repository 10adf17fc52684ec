package vn.motcua.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256, as 64 lower-case hex digits, over the canonical
 * form of the entry. The canonical form writes each field — previous hash, sequence
 * number, time as microseconds since the epoch, actor, action, subject, details — as its
 * UTF-8 byte length, a colon, the bytes and a line feed, so that no two different entries
 * share a form (a field cannot "borrow" characters from its neighbour).
 */
final class AuditHash {

	/** The previous hash of the first entry. */
	static final String GENESIS = "0".repeat(64);

	private AuditHash() {
	}

	static String of(String prevHash, long seq, Instant occurredAt, String actor, String action, String subject,
			String details) {
		MessageDigest sha256 = sha256();
		for (String field : new String[] { prevHash, Long.toString(seq), Long.toString(micros(occurredAt)), actor,
				action, subject, details }) {
			byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
			sha256.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
			sha256.update((byte) ':');
			sha256.update(bytes);
			sha256.update((byte) '\n');
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

	/**
	 * Microseconds since the epoch: PostgreSQL's precision, so the hash survives a round
	 * trip.
	 */
	static long micros(Instant instant) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
