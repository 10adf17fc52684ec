package vn.motcua.audit.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.shared.AuditableEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The chain catches altered and deleted entries. The tests that break the chain repair it
 * before they end: the database is shared with every other test of the run.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditChainTests {

	@Autowired
	AuditLog log;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	record Changed(String subject) implements AuditableEvent {

		@Override
		public String auditAction() {
			return "test.changed";
		}

		@Override
		public String auditSubject() {
			return this.subject;
		}

		@Override
		public String auditActor() {
			return "tester";
		}

		@Override
		public String auditDetails() {
			return "Thay đổi thử nghiệm — ký tự tiếng Việt";
		}

	}

	@Test
	void appendsEveryAuditableEventInThePublishingTransaction() {
		String committed = "test:" + System.nanoTime();
		String rolledBack = "test:" + System.nanoTime() + "-rolled-back";

		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new Changed(committed)));
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new Changed(rolledBack));
			status.setRollbackOnly();
		});

		assertThat(countFor(committed)).isEqualTo(1);
		assertThat(countFor(rolledBack)).isZero();
		assertThat(this.log.verify().valid()).isTrue();
	}

	@Test
	void linksEachEntryToTheOneBefore() {
		long first = this.log.append("tester", "test.a", "test:link", "1");
		long second = this.log.append("tester", "test.b", "test:link", "2");

		Map<String, Object> a = row(first);
		Map<String, Object> b = row(second);
		assertThat(second).isEqualTo(first + 1);
		assertThat(b.get("prev_hash")).isEqualTo(a.get("hash"));
	}

	@Test
	void reportsExactlyTheEntryWhoseContentWasAltered() {
		long first = this.log.append("tester", "test.changed", "test:tamper", "enabled=true");
		long tampered = this.log.append("tester", "test.changed", "test:tamper", "enabled=false");
		this.log.append("tester", "test.changed", "test:tamper", "enabled=true");
		assertThat(this.log.verify()).isEqualTo(ChainVerification.intact(count()));
		String original = (String) row(tampered).get("details");

		try {
			asOwner("UPDATE audit_entry SET details = 'enabled=true' WHERE seq = " + tampered);

			ChainVerification result = this.log.verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(tampered);
			assertThat(result.reason()).isEqualTo("hash-mismatch");
			assertThat(result.entries()).isEqualTo(count());
		}
		finally {
			asOwner("UPDATE audit_entry SET details = '" + original + "' WHERE seq = " + tampered);
		}
		assertThat(this.log.verify().valid()).isTrue();
		assertThat(first).isLessThan(tampered);
	}

	@Test
	void reportsAnEntryRehashedByTheTampererAtTheNextLink() {
		long tampered = this.log.append("tester", "test.changed", "test:rehash", "a");
		long next = this.log.append("tester", "test.changed", "test:rehash", "b");
		Map<String, Object> original = row(tampered);
		// the tamperer knows the hashing scheme and re-hashes the altered entry
		String forgedHash = AuditHash.of((String) original.get("prev_hash"), tampered,
				((java.sql.Timestamp) original.get("occurred_at")).toInstant(), "tester", "test.changed", "test:rehash",
				"forged");

		try {
			asOwner("UPDATE audit_entry SET details = 'forged', hash = '" + forgedHash + "' WHERE seq = " + tampered);

			ChainVerification result = this.log.verify();
			assertThat(result.firstBrokenSeq()).isEqualTo(next);
			assertThat(result.reason()).isEqualTo("prev-hash-mismatch");
		}
		finally {
			asOwner("UPDATE audit_entry SET details = '" + original.get("details") + "', hash = '"
					+ original.get("hash") + "' WHERE seq = " + tampered);
		}
		assertThat(this.log.verify().valid()).isTrue();
	}

	@Test
	void reportsADeletedEntry() {
		this.log.append("tester", "test.changed", "test:delete", "1");
		long deleted = this.log.append("tester", "test.changed", "test:delete", "2");
		this.log.append("tester", "test.changed", "test:delete", "3");
		Map<String, Object> original = row(deleted);

		try {
			asOwner("DELETE FROM audit_entry WHERE seq = " + deleted);

			ChainVerification result = this.log.verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(deleted);
			assertThat(result.reason()).isEqualTo("missing-entry");
		}
		finally {
			this.jdbc.sql("""
					INSERT INTO audit_entry (seq, occurred_at, actor, action, subject, details, prev_hash, hash)
					VALUES (:seq, :occurred_at, :actor, :action, :subject, :details, :prev_hash, :hash)""")
				.paramSource(original)
				.update();
		}
		assertThat(this.log.verify().valid()).isTrue();
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteEntries() {
		long seq = this.log.append("tester", "test.changed", "test:append-only", "x");

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("UPDATE audit_entry SET details = 'y' WHERE seq = :seq")
				.param("seq", seq)
				.update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("DELETE FROM audit_entry WHERE seq = :seq").param("seq", seq).update());
		assertThat(row(seq).get("details")).isEqualTo("x");
	}

	@Test
	void verifiesThroughTheApiForAdministratorsAndInspectors() throws Exception {
		this.log.append("tester", "test.changed", "test:api", "x");

		this.mvc
			.perform(get("/api/v1/audit/verify").with(user("inspector").roles("INSPECTOR")
				.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("STAFF"),
						new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_INSPECTOR"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.entries").value(count()))
			.andExpect(jsonPath("$.firstBrokenSeq").doesNotExist());
	}

	@Test
	void showsTheLogAndTheVerificationOnTheAdminPage() throws Exception {
		this.log.append("tester", "test.page", "test:page", "hiển thị");

		this.mvc
			.perform(get("/admin/audit").param("verify", "true")
				.with(user("admin-page").authorities(
						new org.springframework.security.core.authority.SimpleGrantedAuthority("STAFF"),
						new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("test.page")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Chuỗi nhật ký toàn vẹn")));
	}

	private long countFor(String subject) {
		return this.jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject = :s")
			.param("s", subject)
			.query(Long.class)
			.single();
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
	}

	private Map<String, Object> row(long seq) {
		return this.jdbc.sql("SELECT * FROM audit_entry WHERE seq = :seq").param("seq", seq).query().singleRow();
	}

	/**
	 * Runs a statement as someone with owner rights would: past the append-only trigger.
	 */
	private void asOwner(String sql) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
			this.jdbc.sql(sql).update();
			this.jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
		});
	}

}
