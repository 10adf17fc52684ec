package vn.motcua.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit log. Appends are serialised across every node by a
 * transaction-scoped PostgreSQL advisory lock, so that each entry links to the one
 * committed just before it; an append joins the caller's transaction, so the entry and
 * the change it records commit (or roll back) together.
 */
@Component
public class AuditLog {

	/** Key of the advisory lock that serialises appends ("audit" in ASCII). */
	private static final long APPEND_LOCK = 0x6175646974L;

	private final JdbcClient jdbc;

	private final JdbcTemplate streaming;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, DataSource dataSource, Clock clock) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(1000);
		this.clock = clock;
	}

	/** Appends an entry and returns its sequence number. */
	@Transactional
	public long append(String actor, String action, String subject, String details) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", APPEND_LOCK).query().listOfRows();
		Optional<Last> last = this.jdbc.sql("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
			.query((rs, row) -> new Last(rs.getLong("seq"), rs.getString("hash")))
			.optional();
		long seq = last.map((l) -> l.seq() + 1).orElse(1L);
		String prevHash = last.map(Last::hash).orElse(AuditHash.GENESIS);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String hash = AuditHash.of(prevHash, seq, now, actor, action, subject, details);
		this.jdbc.sql("""
				INSERT INTO audit_entry (seq, occurred_at, actor, action, subject, details, prev_hash, hash)
				VALUES (:seq, :occurredAt, :actor, :action, :subject, :details, :prevHash, :hash)""")
			.param("seq", seq)
			.param("occurredAt", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actor", actor)
			.param("action", action)
			.param("subject", subject)
			.param("details", details)
			.param("prevHash", prevHash)
			.param("hash", hash)
			.update();
		return seq;
	}

	/**
	 * Reads the whole chain in order and reports the first entry that is missing (a gap
	 * in the sequence), does not link to the entry before it, or whose hash does not
	 * match its fields.
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		Walk walk = new Walk();
		this.streaming.query("SELECT seq, occurred_at, actor, action, subject, details, prev_hash, hash "
				+ "FROM audit_entry ORDER BY seq", walk);
		return (walk.brokenSeq == null) ? ChainVerification.intact(walk.count)
				: ChainVerification.broken(walk.count, walk.brokenSeq, walk.reason);
	}

	/** The newest entries first, optionally only those before a sequence number. */
	@Transactional(readOnly = true)
	public List<AuditEntry> recent(int limit, @Nullable Long beforeSeq) {
		return this.jdbc.sql("""
				SELECT seq, occurred_at, actor, action, subject, details, prev_hash, hash FROM audit_entry
				WHERE seq < :before ORDER BY seq DESC LIMIT :limit""")
			.param("before", (beforeSeq != null) ? beforeSeq : Long.MAX_VALUE)
			.param("limit", limit)
			.query((rs, row) -> entry(rs))
			.list();
	}

	private static AuditEntry entry(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("subject"), rs.getString("details"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

	private record Last(long seq, String hash) {
	}

	/** Walks the chain row by row, remembering the first broken link. */
	private static final class Walk implements RowCallbackHandler {

		private long count;

		private long expectedSeq = 1;

		private String prevHash = AuditHash.GENESIS;

		private @Nullable Long brokenSeq;

		private String reason = "";

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			this.count++;
			if (this.brokenSeq != null) {
				return;
			}
			AuditEntry entry = entry(rs);
			if (entry.seq() != this.expectedSeq) {
				broken(this.expectedSeq, "missing-entry");
			}
			else if (!entry.prevHash().equals(this.prevHash)) {
				broken(entry.seq(), "prev-hash-mismatch");
			}
			else if (!entry.hashMatches()) {
				broken(entry.seq(), "hash-mismatch");
			}
			this.prevHash = entry.hash();
			this.expectedSeq = entry.seq() + 1;
		}

		private void broken(long seq, String why) {
			this.brokenSeq = seq;
			this.reason = why;
		}

	}

}
