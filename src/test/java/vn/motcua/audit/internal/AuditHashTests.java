package vn.motcua.audit.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditHashTests {

	private static final Instant AT = Instant.parse("2026-11-24T01:02:03.456789Z");

	@Test
	void isSha256InLowerCaseHex() {
		assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "admin", "account.created", "account:x", "kind=STAFF"))
			.matches("[0-9a-f]{64}");
	}

	@Test
	void isTheSameForTheSameEntry() {
		assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "b", "c", "d"))
			.isEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "b", "c", "d"));
	}

	@Test
	void changesWithEveryField() {
		String base = AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "b", "c", "d");

		assertThat(AuditHash.of("1".repeat(64), 1, AT, "a", "b", "c", "d")).isNotEqualTo(base);
		assertThat(AuditHash.of(AuditHash.GENESIS, 2, AT, "a", "b", "c", "d")).isNotEqualTo(base);
		assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT.plusNanos(1000), "a", "b", "c", "d")).isNotEqualTo(base);
		assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "A", "b", "c", "d")).isNotEqualTo(base);
		assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "B", "c", "d")).isNotEqualTo(base);
		assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "b", "C", "d")).isNotEqualTo(base);
		assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "b", "c", "D")).isNotEqualTo(base);
	}

	@Test
	void fieldsCannotBorrowCharactersFromTheirNeighbours() {
		assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "ab", "c", "x", "y"))
			.isNotEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "bc", "x", "y"));
		assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "a\n1:b", "", "x", "y"))
			.isNotEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "b", "x", "y"));
	}

	@Test
	void knowsWhetherAnEntryWasAltered() {
		String hash = AuditHash.of(AuditHash.GENESIS, 7, AT, "admin", "account.changed", "account:x",
				"change=DISABLED");
		AuditEntry entry = new AuditEntry(7, AT, "admin", "account.changed", "account:x", "change=DISABLED",
				AuditHash.GENESIS, hash);

		assertThat(entry.hashMatches()).isTrue();
		assertThat(new AuditEntry(7, AT, "admin", "account.changed", "account:x", "change=ENABLED", AuditHash.GENESIS,
				hash)
			.hashMatches()).isFalse();
	}

}
