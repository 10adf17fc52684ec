package vn.motcua.payment.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Submission;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.Role;
import vn.motcua.payment.GatewaySimulator;
import vn.motcua.payment.PayableStatus;
import vn.motcua.payment.PayableView;
import vn.motcua.payment.VnpayMerchantApi.Mode;
import vn.motcua.payment.internal.PaymentLedger.QueryOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * VNPAY's merchant API in use, against the in-process gateway: refunds of online payments
 * go through the gateway and count only once it confirms them (refused or untrustworthy
 * answers are recorded, explained, and hold nothing or hold the amount), and orders whose
 * IPN never came are asked about (querydr) and credited once, whatever crosses them.
 */
class PaymentGatewayTests extends WithVnpayMerchantApi {

	static final String DESK = "06652";

	static final String OFFICER = "tiepnhan.hatu";

	@Autowired
	UserDetailsService users;

	@Autowired
	PendingOrderCheck check;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Dossiers dossiers;

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	ResultActions refund(long transactionId, long amount, String reason) throws Exception {
		return this.mvc.perform(post("/api/v1/payments/" + transactionId + "/refunds").with(as(OFFICER))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"amountVnd\":" + amount + ",\"reason\":\"" + reason + "\"}"));
	}

	PayableView payableOf(PayableView.TransactionView tx) {
		long payableId = this.jdbc.sql("select payable_id from payment_transaction where id = ?")
			.param(tx.id())
			.query(Long.class)
			.single();
		return this.ledger.findById(payableId).orElseThrow();
	}

	// ------------------------------------------------------------ refunds

	@Test
	void anOnlinePaymentIsRefundedThroughTheGatewayByTheOfficerAndCountsOnceConfirmed() throws Exception {
		PayableView.TransactionView tx = paidOnline(DESK, "Đỗ Thị Hoa", 20_000);
		refund(tx.id(), 5_000, "Thu thừa so với biểu phí").andExpect(status().isCreated())
			.andExpect(jsonPath("$.amountVnd").value(5000))
			.andExpect(jsonPath("$.refundedBy").value(OFFICER));
		assertThat(GATEWAY.validRequests()).singleElement().satisfies((request) -> {
			assertThat(request).containsEntry("vnp_Command", "refund")
				.containsEntry("vnp_TransactionType", "03")
				.containsEntry("vnp_Amount", "500000")
				.containsEntry("vnp_TxnRef", tx.orderRef())
				.containsEntry("vnp_TransactionNo", tx.providerRef())
				.containsEntry("vnp_CreateBy", OFFICER);
			assertThat(request.get("vnp_OrderInfo")).contains("thu thua so voi bieu phi");
		});
		PayableView payable = payableOf(tx);
		assertThat(payable.refundedVnd()).isEqualTo(5_000);
		assertThat(payable.status()).isEqualTo(PayableStatus.PAID);
		assertThat(payable.refundRequests()).singleElement().satisfies((r) -> {
			assertThat(r.status()).isEqualTo("DONE");
			assertThat(r.responseCode()).isEqualTo("00");
		});
		assertThat(this.jdbc.sql("select gateway_ref from payment_refund where transaction_id = ?")
			.param(tx.id())
			.query(String.class)
			.single()).isEqualTo(tx.providerRef() + "R1");

		// the rest: a second partial refund; then nothing is left
		refund(tx.id(), 15_000, "Hồ sơ được miễn lệ phí").andExpect(status().isCreated());
		assertThat(GATEWAY.order(tx.orderRef()).refundedVnd()).isEqualTo(20_000);
		assertThat(payableOf(tx).status()).isEqualTo(PayableStatus.REFUNDED);
		refund(tx.id(), 1_000, "Lần nữa").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("payment.refund.too-much"));
		assertThat(GATEWAY.validRequests()).hasSize(2);

		// a whole payment at once is a full refund (type 02)
		PayableView.TransactionView whole = paidOnline(DESK, "Đỗ Văn Nam", 30_000);
		refund(whole.id(), 30_000, "Rút hồ sơ").andExpect(status().isCreated());
		assertThat(GATEWAY.validRequests().get(2)).containsEntry("vnp_TransactionType", "02")
			.containsEntry("vnp_Amount", "3000000");
	}

	@Test
	void aRefundTheGatewayRefusesIsNotDoneAndTheOfficerIsToldWhy() throws Exception {
		PayableView.TransactionView tx = paidOnline(DESK, "Hoàng Văn Bình", 20_000);
		GATEWAY.mode(Mode.REFUSE);
		refund(tx.id(), 20_000, "Thu nhầm").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("payment.refund.refused"))
			.andExpect(jsonPath("$.detail").value(containsString("95")))
			.andExpect(jsonPath("$.detail").value(containsString("từ chối")));
		PayableView payable = payableOf(tx);
		assertThat(payable.refundedVnd()).isZero();
		assertThat(payable.refunds()).isEmpty();
		assertThat(payable.refundRequests()).singleElement().satisfies((r) -> {
			assertThat(r.status()).isEqualTo("REFUSED");
			assertThat(r.responseCode()).isEqualTo("95");
			assertThat(r.retryable()).isFalse();
		});
		// from the staff page: the message next to the payment
		this.mvc
			.perform(post("/workspace/payments/transactions/" + tx.id() + "/refund").param("amountVnd", "20.000")
				.param("reason", "Thu nhầm")
				.param("returnTo", "/workspace/dossiers/" + payable.reference())
				.with(as(OFFICER))
				.with(csrf()))
			.andExpect(flash().attribute("paymentError", containsString("VNPAY từ chối hoàn tiền (mã 95")));
		// a refusal holds nothing: once the gateway agrees, the refund is made
		GATEWAY.mode(Mode.NORMAL);
		refund(tx.id(), 20_000, "Thu nhầm").andExpect(status().isCreated());
		assertThat(payableOf(tx).refundedVnd()).isEqualTo(20_000);
		assertThat(GATEWAY.refundsMade()).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(value = Mode.class,
			names = { "FORGED", "UNSIGNED", "TAMPERED", "OTHER_ORDER", "SLOW", "HTTP_500", "NOT_JSON" })
	void aRefundWhoseAnswerCannotBeTrustedIsHeldAndMadeOnceWhenSentAgain(Mode mode) throws Exception {
		PayableView.TransactionView tx = paidOnline(DESK, "Vũ Thị Mai", 20_000);
		GATEWAY.mode(mode);
		refund(tx.id(), 20_000, "Thu nhầm").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("payment.refund.unconfirmed"))
			.andExpect(jsonPath("$.detail").value(containsString("Chưa xác nhận được việc hoàn tiền với VNPAY")));
		PayableView payable = payableOf(tx);
		assertThat(payable.refundedVnd()).as(mode.name()).isZero();
		assertThat(payable.status()).isEqualTo(PayableStatus.PAID);
		PayableView.RefundRequestView request = payable.refundRequests().get(0);
		assertThat(request.status()).isEqualTo("UNCONFIRMED");
		assertThat(request.problem()).isNotNull();
		assertThat(request.retryable()).isTrue();
		// the amount is held: nothing more can be refunded meanwhile
		refund(tx.id(), 1_000, "Lần nữa").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("payment.refund.held"));
		if (mode == Mode.SLOW) {
			// the gateway finishes what it was doing after the client gave up
			Thread.sleep(1_000);
		}
		GATEWAY.mode(Mode.NORMAL);
		this.mvc
			.perform(post("/api/v1/payments/refund-requests/" + request.id() + "/retry").with(as(OFFICER)).with(csrf()))
			.andExpect(status().isCreated());
		PayableView after = payableOf(tx);
		assertThat(after.refundedVnd()).isEqualTo(20_000);
		assertThat(after.refunds()).hasSize(1);
		assertThat(after.refundRequests().get(0).status()).isEqualTo("DONE");
		// made once at the gateway: found by querydr when the gateway had done it, sent
		// again when it had not
		assertThat(GATEWAY.refundsMade()).as(mode.name()).isEqualTo(1);
		this.mvc
			.perform(post("/api/v1/payments/refund-requests/" + request.id() + "/retry").with(as(OFFICER)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("payment.refund.not-retryable"));
	}

	@Test
	void theOfficerSeesOnTheDossierWhyARefundIsNotDoneAndSendsItAgain() throws Exception {
		CitizenPrincipal congdan = (CitizenPrincipal) this.users.loadUserByUsername("congdan");
		Actor citizen = new Actor(Actor.Kind.CITIZEN, "congdan", congdan.fullName(), Set.of(), null, false,
				congdan.accountId(), "127.0.0.1");
		Actor officer = new Actor(Actor.Kind.STAFF, OFFICER, "Cán bộ Hà Tu", Set.of(Role.ONE_STOP_OFFICER), DESK, false,
				null, "127.0.0.1");
		String code = this.dossiers
			.submit(new Submission("1.004884", 0, DESK, new Applicant("Lý Thị Thu", null, "0912349911", null, "Hà Tu"),
					null, null, null), citizen, null)
			.dossier()
			.code();
		this.dossiers.act(code, DossierAction.RECEIVE, ActionInput.none(), officer);
		this.dossiers.act(code, DossierAction.REQUEST_PAYMENT,
				new ActionInput("Lệ phí đăng ký lại khai sinh", null, null, null, null, null, 8_000L, null, null, null),
				officer);
		PayableView due = this.ledger.find(code).orElseThrow();
		String txnRef = URLHelper.txnRef(this.ledger.startOnline(due.id(),
				new PaymentActor("congdan", "Công dân", false, Set.of(), null, false, congdan.accountId()), "127.0.0.1",
				null, "vi"));
		this.ledger.notifyPayment(
				GatewaySimulator.signed(GatewaySimulator.callback(TMN, txnRef, 8_000, "14070777", "00"), SECRET));
		GATEWAY.knows(txnRef, 8_000, "14070777", "00");
		long txId = this.ledger.find(code).orElseThrow().transactions().get(0).id();

		GATEWAY.mode(Mode.UNSIGNED);
		this.mvc
			.perform(post("/workspace/payments/transactions/" + txId + "/refund").param("amountVnd", "8000")
				.param("reason", "Hồ sơ được miễn lệ phí")
				.param("returnTo", "/workspace/dossiers/" + code)
				.with(as(OFFICER))
				.with(csrf()))
			.andExpect(flash().attribute("paymentError", containsString("không có chữ ký của VNPAY")));
		String page = this.mvc.perform(get("/workspace/dossiers/" + code).with(as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"refund-requests\"")))
			.andExpect(content().string(containsString("Chưa xác nhận")))
			.andExpect(content().string(containsString("không có chữ ký của VNPAY")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long requestId = this.ledger.find(code).orElseThrow().refundRequests().get(0).id();
		assertThat(page).contains("id=\"retry-refund-" + requestId + "\"");

		GATEWAY.mode(Mode.NORMAL);
		this.mvc
			.perform(post("/workspace/payments/refund-requests/" + requestId + "/retry")
				.param("returnTo", "/workspace/dossiers/" + code)
				.with(as(OFFICER))
				.with(csrf()))
			.andExpect(flash().attribute("paymentDone", containsString("Đã hoàn tiền")));
		assertThat(this.ledger.find(code).orElseThrow().status()).isEqualTo(PayableStatus.REFUNDED);
		this.mvc.perform(get("/workspace/dossiers/" + code).with(as(OFFICER)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"refund-requests\""))));
		assertThat(GATEWAY.refundsMade()).isEqualTo(1);
	}

	// ------------------------------------------------------------ orders without IPN

	@Test
	void anOrderWhoseIpnNeverCameIsAskedAboutAndCreditedOnce() throws Exception {
		PayableView payable = open(DESK, "Trịnh Văn Long", 12_000);
		String txnRef = startOnline(payable.id());
		GATEWAY.knows(txnRef, 12_000, "14071234", "00");
		Instant now = Instant.now();
		// too young to be asked about: the IPN may still come
		assertThat(rounds(now.plus(Duration.ofMinutes(5)))).doesNotContainKey(QueryOutcome.CREDITED);
		assertThat(queriesOf(txnRef)).isZero();
		assertThat(rounds(now.plus(Duration.ofMinutes(25)))).containsEntry(QueryOutcome.CREDITED, 1);
		PayableView paid = this.ledger.findById(payable.id()).orElseThrow();
		assertThat(paid.status()).isEqualTo(PayableStatus.PAID);
		assertThat(paid.transactions()).singleElement().satisfies((tx) -> {
			assertThat(tx.providerRef()).isEqualTo("14071234");
			assertThat(tx.orderRef()).isEqualTo(txnRef);
		});
		assertThat(GATEWAY.validRequests()).singleElement()
			.satisfies(
					(r) -> assertThat(r).containsEntry("vnp_Command", "querydr").containsEntry("vnp_TxnRef", txnRef));
		// the IPN comes late: already confirmed, nothing more credited
		IpnAnswer late = this.ledger.notifyPayment(
				GatewaySimulator.signed(GatewaySimulator.callback(TMN, txnRef, 12_000, "14071234", "00"), SECRET));
		assertThat(late.RspCode()).isEqualTo("02");
		// and the order is not asked about again
		rounds(now.plus(Duration.ofMinutes(90)));
		assertThat(queriesOf(txnRef)).isEqualTo(1);
		PayableView after = this.ledger.findById(payable.id()).orElseThrow();
		assertThat(after.transactions()).hasSize(1);
		assertThat(after.paidVnd()).isEqualTo(12_000);

		String today = java.time.LocalDate.now(vn.motcua.calendar.Deadlines.VIETNAM).toString();
		this.mvc
			.perform(get("/api/v1/payments/reconciliation").param("from", today).param("to", today).with(as(OFFICER)))
			.andExpect(jsonPath("$[?(@.txnRef == '" + txnRef + "')].verdict").value("OK"))
			.andExpect(jsonPath("$[?(@.txnRef == '" + txnRef + "')].queryOutcome").value("CREDITED"));
	}

	@Test
	void theIpnAndTheQueryCrossingCreditOnce() throws Exception {
		for (int round = 0; round < 5; round++) {
			PayableView payable = open(DESK, "Người nộp " + round, 9_000);
			String txnRef = startOnline(payable.id());
			String transactionNo = "1408" + round + (System.nanoTime() % 100_000);
			GATEWAY.knows(txnRef, 9_000, transactionNo, "00");
			Map<String, String> ipn = GatewaySimulator
				.signed(GatewaySimulator.callback(TMN, txnRef, 9_000, transactionNo, "00"), SECRET);
			Instant later = Instant.now().plus(Duration.ofMinutes(25));
			ExecutorService pool = Executors.newFixedThreadPool(6);
			try {
				List<Callable<String>> calls = new ArrayList<>();
				for (int i = 0; i < 3; i++) {
					calls.add(() -> this.ledger.notifyPayment(ipn).RspCode());
					calls
						.add(() -> this.ledger.queryOrder(txnRef, later, Duration.ZERO, Duration.ofMinutes(20)).name());
				}
				List<String> outcomes = new ArrayList<>();
				for (Future<String> outcome : pool.invokeAll(calls)) {
					outcomes.add(outcome.get());
				}
				long credits = outcomes.stream().filter((o) -> o.equals("00") || o.equals("CREDITED")).count();
				assertThat(credits).as("round %d: %s", round, outcomes).isEqualTo(1);
			}
			finally {
				pool.shutdown();
			}
			PayableView after = this.ledger.findById(payable.id()).orElseThrow();
			assertThat(after.transactions()).as("round %d", round).hasSize(1);
			assertThat(after.paidVnd()).isEqualTo(9_000);
		}
	}

	@Test
	void anAnswerThatCannotBeTrustedCreditsNothing() {
		PayableView payable = open(DESK, "Phan Văn Đức", 14_000);
		String txnRef = startOnline(payable.id());
		GATEWAY.knows(txnRef, 14_000, "14072222", "00");
		Instant later = Instant.now().plus(Duration.ofMinutes(25));
		for (Mode mode : List.of(Mode.FORGED, Mode.UNSIGNED, Mode.TAMPERED, Mode.OTHER_ORDER, Mode.HTTP_500,
				Mode.NOT_JSON, Mode.SLOW)) {
			GATEWAY.mode(mode);
			assertThat(this.ledger.queryOrder(txnRef, later, Duration.ZERO, Duration.ofMinutes(20))).as(mode.name())
				.isEqualTo(QueryOutcome.UNVERIFIED);
		}
		assertThat(this.ledger.findById(payable.id()).orElseThrow().paidVnd()).isZero();
		// the gateway reports another amount than the order's: not credited
		GATEWAY.mode(Mode.NORMAL);
		GATEWAY.knows(txnRef, 140_000, "14072222", "00");
		assertThat(this.ledger.queryOrder(txnRef, later, Duration.ZERO, Duration.ofMinutes(20)))
			.isEqualTo(QueryOutcome.AMOUNT_MISMATCH);
		assertThat(this.ledger.findById(payable.id()).orElseThrow().status()).isEqualTo(PayableStatus.DUE);
		GATEWAY.knows(txnRef, 14_000, "14072222", "00");
		assertThat(this.ledger.queryOrder(txnRef, later, Duration.ZERO, Duration.ofMinutes(20)))
			.isEqualTo(QueryOutcome.CREDITED);
		assertThat(callsOf(txnRef)).isEqualTo(9);
	}

	@Test
	void ordersNeverPaidExpireOrFailAndALatePaymentIsStillCredited() {
		Duration lifetime = Duration.ofMinutes(20);
		// unknown to the gateway (91): pending while the payer may still pay, then
		// expired
		PayableView payable = open(DESK, "Mai Văn Tài", 7_000);
		String unknown = startOnline(payable.id());
		Instant now = Instant.now();
		assertThat(this.ledger.queryOrder(unknown, now.plus(Duration.ofMinutes(10)), Duration.ZERO, lifetime))
			.isEqualTo(QueryOutcome.PENDING);
		assertThat(this.ledger.queryOrder(unknown, now.plus(Duration.ofMinutes(30)), Duration.ZERO, lifetime))
			.isEqualTo(QueryOutcome.EXPIRED);
		assertThat(orderStatus(unknown)).isEqualTo("EXPIRED");
		assertThat(this.ledger.queryOrder(unknown, now.plus(Duration.ofMinutes(60)), Duration.ZERO, lifetime))
			.isEqualTo(QueryOutcome.NOT_ASKED);
		// yet if the gateway says it was paid after all, it is credited
		IpnAnswer late = this.ledger.notifyPayment(
				GatewaySimulator.signed(GatewaySimulator.callback(TMN, unknown, 7_000, "14073333", "00"), SECRET));
		assertThat(late.RspCode()).isEqualTo("00");
		assertThat(this.ledger.findById(payable.id()).orElseThrow().paidVnd()).isEqualTo(7_000);

		PayableView other = open(DESK, "Mai Thị Hạnh", 7_000);
		String failed = startOnline(other.id());
		GATEWAY.knows(failed, 7_000, "14073334", "02");
		assertThat(this.ledger.queryOrder(failed, now.plus(Duration.ofMinutes(25)), Duration.ZERO, lifetime))
			.isEqualTo(QueryOutcome.FAILED);
		assertThat(orderStatus(failed)).isEqualTo("FAILED");
		String unfinished = startOnline(other.id());
		GATEWAY.knows(unfinished, 7_000, "14073335", "01");
		assertThat(this.ledger.queryOrder(unfinished, now.plus(Duration.ofMinutes(10)), Duration.ZERO, lifetime))
			.isEqualTo(QueryOutcome.PENDING);
		assertThat(this.ledger.queryOrder(unfinished, now.plus(Duration.ofMinutes(30)), Duration.ZERO, lifetime))
			.isEqualTo(QueryOutcome.EXPIRED);
		String suspicious = startOnline(other.id());
		GATEWAY.knows(suspicious, 7_000, "14073336", "07");
		assertThat(this.ledger.queryOrder(suspicious, now.plus(Duration.ofMinutes(30)), Duration.ZERO, lifetime))
			.isEqualTo(QueryOutcome.NEEDS_REVIEW);
		assertThat(orderStatus(suspicious)).isEqualTo("PENDING");
		assertThat(this.ledger.findById(other.id()).orElseThrow().paidVnd()).isZero();
	}

	@Test
	void anOfficerAsksTheGatewayFromTheReconciliationPage() throws Exception {
		PayableView payable = open(DESK, "Tạ Văn Quang", 11_000);
		String txnRef = startOnline(payable.id());
		GATEWAY.knows(txnRef, 11_000, "14074444", "00");
		this.mvc.perform(get("/workspace/payments/reconciliation").with(as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"query-" + txnRef + "\"")));
		// an officer of another commune may not
		this.mvc
			.perform(post("/workspace/payments/orders/" + txnRef + "/query").with(as("tiepnhan.binhlieu")).with(csrf()))
			.andExpect(flash().attributeExists("paymentError"));
		this.mvc
			.perform(post("/api/v1/payments/orders/" + txnRef + "/query").with(as("tiepnhan.binhlieu")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(GATEWAY.requests()).isEmpty();
		this.mvc.perform(post("/workspace/payments/orders/" + txnRef + "/query").with(as(OFFICER)).with(csrf()))
			.andExpect(flash().attribute("paymentDone", containsString("đã ghi nhận")));
		assertThat(this.ledger.findById(payable.id()).orElseThrow().status()).isEqualTo(PayableStatus.PAID);
		String body = this.mvc
			.perform(post("/api/v1/payments/orders/" + txnRef + "/query").with(as(OFFICER)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(body, "$.outcome")).isEqualTo("NOT_ASKED");
		this.mvc.perform(get("/workspace/payments/reconciliation").with(as(OFFICER)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"query-" + txnRef + "\""))))
			.andExpect(content().string(containsString("VNPAY xác nhận đã thanh toán, đã ghi nhận")));
	}

	/**
	 * Rounds of the check as at {@code at} until one finds nothing to ask (orders left
	 * pending by other tests come first, a hundred at a time).
	 */
	private Map<QueryOutcome, Integer> rounds(Instant at) {
		Map<QueryOutcome, Integer> all = new java.util.EnumMap<>(QueryOutcome.class);
		for (int i = 0; i < 20; i++) {
			Map<QueryOutcome, Integer> round = this.check.check(at);
			if (round.isEmpty()) {
				break;
			}
			round.forEach((outcome, count) -> all.merge(outcome, count, Integer::sum));
		}
		return all;
	}

	private long queriesOf(String txnRef) {
		return this.jdbc.sql("select queries from payment_online_order where txn_ref = ?")
			.param(txnRef)
			.query(Long.class)
			.single();
	}

	private long callsOf(String txnRef) {
		return this.jdbc.sql("select count(*) from payment_gateway_call where txn_ref = ? and command = 'querydr'")
			.param(txnRef)
			.query(Long.class)
			.single();
	}

	private String orderStatus(String txnRef) {
		return this.jdbc.sql("select status from payment_online_order where txn_ref = ?")
			.param(txnRef)
			.query(String.class)
			.single();
	}

	/** The order reference in a checkout URL. */
	static final class URLHelper {

		private URLHelper() {
		}

		static String txnRef(java.net.URI url) {
			for (String pair : url.getRawQuery().split("&")) {
				if (pair.startsWith("vnp_TxnRef=")) {
					return java.net.URLDecoder.decode(pair.substring("vnp_TxnRef=".length()),
							java.nio.charset.StandardCharsets.UTF_8);
				}
			}
			throw new AssertionError("no vnp_TxnRef in " + url);
		}

	}

}
