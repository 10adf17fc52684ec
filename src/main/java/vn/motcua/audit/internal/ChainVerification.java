package vn.motcua.audit.internal;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking the whole audit chain.
 *
 * @param valid whether every entry is in place and unchanged
 * @param entries how many entries were read
 * @param firstBrokenSeq the sequence number of the first entry that is missing or does
 * not match, none when valid
 * @param reason why that link is broken: {@code missing-entry},
 * {@code prev-hash-mismatch} or {@code hash-mismatch}; none when valid
 */
public record ChainVerification(boolean valid, long entries, @Nullable Long firstBrokenSeq, @Nullable String reason) {

	static ChainVerification intact(long entries) {
		return new ChainVerification(true, entries, null, null);
	}

	static ChainVerification broken(long entries, long seq, String reason) {
		return new ChainVerification(false, entries, seq, reason);
	}

}
