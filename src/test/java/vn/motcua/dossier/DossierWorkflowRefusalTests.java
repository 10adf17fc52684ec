package vn.motcua.dossier;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.identity.Role;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The appraisal of a received dossier may conclude with a refusal (Decree 61/2018 Art.
 * 19: returned with a Phiếu từ chối giải quyết hồ sơ giving reasons, entered as its
 * result, within the processing time): the specialist refuses with reasons and legal
 * basis, a leader approves it like a result, the desk marks it ready and returns the
 * paper; a refusal without its reasons, after the deadline or from someone who does not
 * appraise the dossier is refused with the reason why, and nothing changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierWorkflowRefusalTests {

	/** Đăng ký lại khai sinh: desk, specialist, leader, desk; no papers required. */
	static final String PROCEDURE = "1.004884";

	static final String REASONS = "Việc khai sinh của người yêu cầu đã được đăng ký và Sổ hộ tịch vẫn còn lưu giữ\n"
			+ "Người yêu cầu không xuất trình được bản chính Giấy khai sinh đã bị mất";

	static final String LEGAL_BASIS = "Khoản 1 Điều 24 Nghị định số 123/2015/NĐ-CP";

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierTimelines timelines;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	static Actor officer() {
		return new Actor(Actor.Kind.STAFF, "tiepnhan.hatu", "Cán bộ một cửa Hà Tu", Set.of(Role.ONE_STOP_OFFICER),
				"06652", false, null, "127.0.0.1");
	}

	static Actor specialist() {
		return new Actor(Actor.Kind.STAFF, "chuyenvien.hatu", "Trịnh Thị Nguyệt", Set.of(Role.SPECIALIST), "06652",
				false, null, "127.0.0.1");
	}

	static Actor leader() {
		return new Actor(Actor.Kind.STAFF, "lanhdao.hatu", "Vũ Quang Hưng", Set.of(Role.AGENCY_LEADER), "06652", false,
				null, "127.0.0.1");
	}

	/** Received at the counter and forwarded to the specialist's appraisal (step 2). */
	String atTheSpecialist(String name, String phone) {
		DossierView d = this.dossiers.register(new Submission(PROCEDURE, 0, "06652",
				new Applicant(name, null, phone, null, "Tổ 2, Hà Tu"), null, null, null), Channel.COUNTER, officer());
		this.dossiers.act(d.code(), DossierAction.FORWARD,
				new ActionInput(null, null, null, null, null, "chuyenvien.hatu", null, null, null, null), officer());
		return d.code();
	}

	DossierView act(String code, DossierAction action, ActionInput input, Actor actor) {
		return this.dossiers.act(code, action, input, actor);
	}

	static void refused(Executable action, String code) {
		assertThatThrownBy(action::execute).isInstanceOfSatisfying(DomainException.class,
				(ex) -> assertThat(ex.code()).isEqualTo(code));
	}

	DossierView view(String code) {
		return this.dossiers.find(code, officer()).orElseThrow();
	}

	@Test
	void aSpecialistsRefusalIsApprovedByTheLeaderAndReturnedAsTheResult() {
		String code = atTheSpecialist("Hoàng Văn Nam", "0977100001");

		DossierView proposed = act(code, DossierAction.REFUSE, ActionInput.refusal(REASONS, LEGAL_BASIS), specialist());
		assertThat(proposed.status()).isEqualTo(4);
		// on to the leader's step, not yet issued
		assertThat(proposed.currentStep()).isEqualTo(2);
		assertThat(proposed.refusal()).isNotNull();
		assertThat(proposed.refusal().issued()).isFalse();
		assertThat(proposed.refusal().reasonList()).containsExactly(
				"Việc khai sinh của người yêu cầu đã được đăng ký và Sổ hộ tịch vẫn còn lưu giữ",
				"Người yêu cầu không xuất trình được bản chính Giấy khai sinh đã bị mất");
		assertThat(proposed.refusal().legalBasis()).isEqualTo(LEGAL_BASIS);
		assertThat(proposed.refusal().decidedBy()).isEqualTo("chuyenvien.hatu");
		assertThat(proposed.refusal().step()).isEqualTo(1);
		DossierView.HistoryView last = proposed.history().get(proposed.history().size() - 1);
		assertThat(last.action()).isEqualTo("refuse");
		assertThat(last.fromStatus()).isEqualTo(4);
		assertThat(last.toStatus()).isEqualTo(4);
		assertThat(last.note()).contains("Sổ hộ tịch vẫn còn lưu giữ").contains("căn cứ: " + LEGAL_BASIS);
		assertThat(proposed.steps().get(1).result()).isEqualTo("refused");

		// the paper is not issued before a leader approves it
		refused(() -> act(code, DossierAction.RESULT_READY, ActionInput.none(), officer()),
				"dossier.refuse.not-approved");
		refused(() -> act(code, DossierAction.RETURN_RESULT,
				new ActionInput(null, null, null, null, null, null, null, null, "DIRECT", null), officer()),
				"dossier.return.not-approved");

		DossierView approved = act(code, DossierAction.APPROVE, ActionInput.none(), leader());
		assertThat(approved.refusal().issued()).isTrue();
		assertThat(approved.refusal().approvedBy()).isEqualTo("lanhdao.hatu");
		assertThat(approved.refusal().approvedByName()).isEqualTo("Vũ Quang Hưng");
		assertThat(approved.currentStep()).isEqualTo(3);

		DossierView ready = act(code, DossierAction.RESULT_READY, ActionInput.none(), officer());
		assertThat(ready.status()).isEqualTo(9);
		assertThat(ready.outcome()).isIn("EARLY", "ON_TIME");
		assertThat(ready.history().get(ready.history().size() - 1).note()).contains("Sổ hộ tịch vẫn còn lưu giữ");
		DossierView returned = act(code, DossierAction.RETURN_RESULT,
				new ActionInput(null, null, null, null, null, null, null, null, "DIRECT", null), officer());
		assertThat(returned.status()).isEqualTo(10);

		TrackingView tracked = this.dossiers.track(code, "0001").orElseThrow();
		assertThat(tracked.status()).isEqualTo(10);
		assertThat(tracked.refused()).isTrue();
		// named as a refusal to grant, not to receive
		Locale locale = LocaleContextHolder.getLocale();
		assertThat(tracked.history()).filteredOn((e) -> e.action().equals("refuse"))
			.singleElement()
			.satisfies((e) -> assertThat(e.actionName())
				.isEqualTo(this.messages.getMessage("dossier.action.refuse-after-appraisal", null, locale)));
		assertThat(this.timelines.find(code).orElseThrow().refusedAfterAppraisal()).isTrue();
		// statistics count it as returned (trả lại), not as resolved
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.jdbc.sql("select exit from reporting_fact where code = ?")
				.param(code)
				.query(String.class)
				.optional()).contains("REFUSED"));
	}

	@Test
	void aRefusalWithoutReasonsLegalBasisTimeOrTheRightRoleIsRefusedAndNothingChanges() {
		String name = "Phí Thị Loan";
		DossierView registered = this.dossiers.register(new Submission(PROCEDURE, 0, "06652",
				new Applicant(name, null, "0977100002", null, "Tổ 4, Hà Tu"), null, null, null), Channel.COUNTER,
				officer());
		String code = registered.code();
		// the desk received it: it does not appraise it
		refused(() -> act(code, DossierAction.REFUSE, ActionInput.refusal(REASONS, LEGAL_BASIS), officer()),
				"dossier.refuse.appraiser-only");
		act(code, DossierAction.FORWARD,
				new ActionInput(null, null, null, null, null, "chuyenvien.hatu", null, null, null, null), officer());

		Actor citizen = new Actor(Actor.Kind.CITIZEN, "congdan", "Nguyễn Văn An", Set.of(), null, false, 1L,
				"127.0.0.1");
		refused(() -> act(code, DossierAction.REFUSE, ActionInput.refusal(REASONS, LEGAL_BASIS), citizen),
				"dossier.staff-only");
		// the leader does not take the specialist's step
		refused(() -> act(code, DossierAction.REFUSE, ActionInput.refusal(REASONS, LEGAL_BASIS), leader()),
				"dossier.step.role");
		Actor elsewhere = new Actor(Actor.Kind.STAFF, "chuyenvien.binhlieu", "Chuyên viên Bình Liêu",
				Set.of(Role.SPECIALIST), "06838", false, null, "127.0.0.1");
		refused(() -> act(code, DossierAction.REFUSE, ActionInput.refusal(REASONS, LEGAL_BASIS), elsewhere),
				"dossier.out-of-scope");
		assertThatThrownBy(() -> act(code, DossierAction.REFUSE, ActionInput.refusal(" ", LEGAL_BASIS), specialist()))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("dossier.refuse.reasons-required");
				assertThat(ex.field()).isEqualTo("reason");
			});
		assertThatThrownBy(() -> act(code, DossierAction.REFUSE, ActionInput.reason(REASONS), specialist()))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("dossier.refuse.legal-basis-required");
				assertThat(ex.field()).isEqualTo("legalBasis");
			});

		// past the appointment: the law wants the refusal within the processing time
		this.jdbc.sql("update dossier set due_at = now() - interval '1 hour' where code = ?").param(code).update();
		assertThatThrownBy(
				() -> act(code, DossierAction.REFUSE, ActionInput.refusal(REASONS, LEGAL_BASIS), specialist()))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("dossier.refuse.after-deadline");
				assertThat(ex.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
				assertThat(ex.arguments()).hasSize(1);
			});
		// the apology's new date passed too: no second extension
		this.jdbc.sql("update dossier set apology_count = 1 where code = ?").param(code).update();
		refused(() -> act(code, DossierAction.REFUSE, ActionInput.refusal(REASONS, LEGAL_BASIS), specialist()),
				"dossier.refuse.after-new-date");
		this.jdbc.sql("update dossier set due_at = now() + interval '5 days', apology_count = 0 where code = ?")
			.param(code)
			.update();

		// waiting for the applicant's supplement: decided once it is back
		act(code, DossierAction.REQUEST_SUPPLEMENT,
				new ActionInput(null, null, List.of(new ActionInput.PaperNote("Tờ khai", "Thiếu chữ ký", null)), null,
						null, null, null, null, null, null),
				specialist());
		refused(() -> act(code, DossierAction.REFUSE, ActionInput.refusal(REASONS, LEGAL_BASIS), specialist()),
				"dossier.refuse.paused");

		DossierView after = view(code);
		assertThat(after.refusal()).isNull();
		assertThat(after.status()).isEqualTo(5);
		assertThat(after.history()).noneSatisfy((h) -> assertThat(h.action()).isEqualTo("refuse"));
		assertThat(this.timelines.find(code).orElseThrow().refusedAfterAppraisal()).isFalse();
	}

	@Test
	void aLeaderSendsTheRefusalBackAndTheDossierIsGrantedAfterAll() {
		String code = atTheSpecialist("Đặng Quốc Khánh", "0977100003");
		act(code, DossierAction.REFUSE, ActionInput.refusal(REASONS, LEGAL_BASIS), specialist());

		DossierView back = act(code, DossierAction.RETURN_TO_STEP,
				new ActionInput("Cần xác minh lại Sổ hộ tịch", null, null, 1, null, null, null, null, null, null),
				leader());
		assertThat(back.refusal()).isNull();
		assertThat(back.currentStep()).isEqualTo(1);
		assertThat(this.timelines.find(code).orElseThrow().refusedAfterAppraisal()).isFalse();

		act(code, DossierAction.FORWARD, ActionInput.none(), specialist());
		DossierView approved = act(code, DossierAction.APPROVE, ActionInput.none(), leader());
		assertThat(approved.refusal()).isNull();
		DossierView ready = act(code, DossierAction.RESULT_READY, ActionInput.none(), officer());
		assertThat(ready.status()).isEqualTo(9);
		assertThat(this.dossiers.track(code, "0003").orElseThrow().refused()).isFalse();
		// the history keeps the refusal that was sent back
		assertThat(ready.history()).anySatisfy((h) -> assertThat(h.action()).isEqualTo("refuse"));
	}

	@Test
	void aLeaderRefusingAtTheirStepIssuesItAtOnceAndNothingMoreIsAskedOfTheApplicant() {
		String code = atTheSpecialist("Lò Văn Thắng", "0977100004");
		act(code, DossierAction.FORWARD, ActionInput.none(), specialist());

		DossierView refused = act(code, DossierAction.REFUSE, ActionInput.refusal(REASONS, LEGAL_BASIS), leader());
		assertThat(refused.refusal().issued()).isTrue();
		assertThat(refused.refusal().decidedBy()).isEqualTo("lanhdao.hatu");
		assertThat(refused.approved()).isTrue();
		assertThat(refused.currentStep()).isEqualTo(3);

		// the desk's step: no supplement, no fee, no second refusal
		refused(() -> act(code, DossierAction.REQUEST_SUPPLEMENT,
				new ActionInput(null, null, List.of(new ActionInput.PaperNote("Tờ khai", "Thiếu chữ ký", null)), null,
						null, null, null, null, null, null),
				officer()), "dossier.refuse.decided");
		refused(() -> act(code, DossierAction.REQUEST_PAYMENT, ActionInput.reason("Lệ phí"), officer()),
				"dossier.refuse.decided");
		refused(() -> act(code, DossierAction.REFUSE, ActionInput.refusal(REASONS, LEGAL_BASIS), officer()),
				"dossier.refuse.appraiser-only");

		assertThat(act(code, DossierAction.RESULT_READY, ActionInput.none(), officer()).status()).isEqualTo(9);
	}

}
