package vn.motcua.catalog.internal;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.motcua.catalog.ProcedureChanged;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.Procedures;
import vn.motcua.catalog.SampleProcedures;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Versions against the real database: draft, publish, edit a published procedure (a new
 * version), publish again (the old version is withdrawn but still readable), withdraw.
 */
@SpringBootTest
@RecordApplicationEvents
class ProcedureVersionsTests {

	@Autowired
	ProcedureCatalog catalog;

	@Autowired
	Procedures procedures;

	/** A code no other test or demo procedure uses. */
	private static String uniqueCode() {
		return "9." + String.format("%06d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000));
	}

	@Test
	void editingAPublishedProcedureMakesANewVersionAndKeepsTheOldOneReadable() {
		String code = uniqueCode();
		String name = "Thủ tục kiểm thử phiên bản " + code;
		ProcedureRecord draft = this.catalog.saveDraft(SampleProcedures.details(code, name), "tester");
		assertThat(draft.version()).isEqualTo(1);
		assertThat(draft.status()).isEqualTo(ProcedureStatus.DRAFT);
		assertThat(this.procedures.findPublished(code)).isEmpty();

		this.catalog.publish(code, "tester");
		assertThat(this.procedures.findPublished(code)).get().extracting(ProcedureRecord::version).isEqualTo(1);

		ProcedureRecord edited = this.catalog.saveDraft(SampleProcedures.details(code, name + " (sửa)"), "tester");
		assertThat(edited.version()).isEqualTo(2);
		ProcedureRecord editedAgain = this.catalog.saveDraft(SampleProcedures.details(code, name + " (sửa lần hai)"),
				"tester");
		assertThat(editedAgain.version()).as("a draft is edited in place").isEqualTo(2);
		assertThat(this.procedures.findPublished(code)).get().extracting((r) -> r.details().name()).isEqualTo(name);

		this.catalog.publish(code, "tester");
		assertThat(this.procedures.findPublished(code)).get().extracting(ProcedureRecord::version).isEqualTo(2);
		assertThat(this.procedures.find(code, 1)).get()
			.satisfies((old) -> assertThat(old.status()).isEqualTo(ProcedureStatus.WITHDRAWN))
			.extracting((old) -> old.details().name())
			.isEqualTo(name);

		this.catalog.withdraw(code, "tester");
		assertThat(this.procedures.findPublished(code)).isEmpty();
		assertThat(this.procedures.search(ProcedureQuery.text(code), 0, 10).items()).isEmpty();
	}

	@Test
	void everyChangeIsAnnouncedForTheAuditLog(ApplicationEvents events) {
		String code = uniqueCode();
		this.catalog.saveDraft(SampleProcedures.details(code, "Thủ tục kiểm thử " + code), "tester");
		this.catalog.publish(code, "tester");
		this.catalog.withdraw(code, "tester");
		assertThat(events.stream(ProcedureChanged.class).filter((e) -> e.code().equals(code)))
			.extracting(ProcedureChanged::auditAction, ProcedureChanged::auditSubject, ProcedureChanged::auditActor)
			.containsExactly(tuple("procedure.drafted", "procedure:" + code + "@1", "tester"),
					tuple("procedure.published", "procedure:" + code + "@1", "tester"),
					tuple("procedure.withdrawn", "procedure:" + code + "@1", "tester"));
	}

	@Test
	void publishingWithoutADraftIsAConflict() {
		String code = uniqueCode();
		this.catalog.saveDraft(SampleProcedures.details(code, "Thủ tục kiểm thử " + code), "tester");
		this.catalog.publish(code, "tester");
		assertThatThrownBy(() -> this.catalog.publish(code, "tester")).isInstanceOfSatisfying(DomainException.class,
				(ex) -> assertThat(ex.kind()).isEqualTo(DomainException.Kind.CONFLICT));
	}

	@Test
	void aPublishedProcedureIsFoundByItsFoldedName() {
		String code = uniqueCode();
		ProcedureDetails details = SampleProcedures.details(code, "Cấp giấy phép thử nghiệm Quỳnh Hương " + code);
		this.catalog.saveDraft(details, "tester");
		this.catalog.publish(code, "tester");
		assertThat(this.procedures.search(ProcedureQuery.text("quynh huong " + code), 0, 5).items()).first()
			.extracting((s) -> s.code())
			.isEqualTo(code);
	}

}
