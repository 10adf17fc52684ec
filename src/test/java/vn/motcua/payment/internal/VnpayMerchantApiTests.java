package vn.motcua.payment.internal;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.payment.PaymentProvider;
import vn.motcua.payment.PaymentProvider.GatewayAnswer;
import vn.motcua.payment.PaymentProvider.Problem;
import vn.motcua.payment.VnpayMerchantApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * VNPAY's merchant API (querydr, refund) against {@link VnpayMerchantApi}, an in-process
 * server written from the specification. VNPAY's page of this API publishes no worked
 * example with its secret, so the signatures below were computed independently with
 * {@code printf '%s' '<fields joined by |>' | openssl dgst -sha512 -hmac
 * 'motcua-demo-secret-not-for-production'}; the server checks every request the same way
 * and answers 97 to a wrong one.
 */
class VnpayMerchantApiTests {

	static final String SECRET = "motcua-demo-secret-not-for-production";

	static final VnpayMerchantApi gateway = new VnpayMerchantApi("MOTCUA01", SECRET);

	static final Instant ORDER_CREATED = Instant.parse("2026-11-25T03:04:05Z");

	static final Instant ASKED = Instant.parse("2026-11-25T03:30:00Z");

	final Vnpay vnpay = vnpay(gateway.url());

	static Vnpay vnpay(String apiUrl) {
		return new Vnpay(new VnpayProperties("MOTCUA01", SECRET, "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html",
				"https://motcua.example/payments/vnpay/return", 15, apiUrl, Duration.ofSeconds(1), "127.0.0.1", 20, 30,
				72));
	}

	@BeforeEach
	void reset() {
		gateway.reset();
		gateway.slowMillis(1500);
	}

	@AfterAll
	static void stop() {
		gateway.close();
	}

	@Test
	void asksAboutAnOrderSignedAsTheSpecificationSaysAndReadsTheAnswer() {
		gateway.knows("42T0123456789", 20_000, "14012345", "00");
		GatewayAnswer answer = this.vnpay.query(new PaymentProvider.OrderQuery("REQ0001", "42T0123456789",
				ORDER_CREATED, "Truy vấn giao dịch 42T0123456789", ASKED));
		assertThat(gateway.requests()).singleElement().satisfies((request) -> {
			assertThat(request).containsEntry("vnp_Version", "2.1.0")
				.containsEntry("vnp_Command", "querydr")
				.containsEntry("vnp_TmnCode", "MOTCUA01")
				.containsEntry("vnp_TxnRef", "42T0123456789")
				.containsEntry("vnp_TransactionDate", "20261125100405")
				.containsEntry("vnp_CreateDate", "20261125103000")
				.containsEntry("vnp_IpAddr", "127.0.0.1")
				.containsEntry("vnp_OrderInfo", "truy van giao dich 42t0123456789");
			// REQ0001|2.1.0|querydr|MOTCUA01|42T0123456789|20261125100405|20261125103000|127.0.0.1|truy
			// van giao dich 42t0123456789
			assertThat(request.get("vnp_SecureHash")).isEqualTo(
					"bfcbfe7661dade4bdb7b4d54f050cc2e04d8134ef541b8c2260f1301b3ed197c92ff5eb089786cbd2f8909fa8909a8c33df4acbb5212ebfeea2b7b2a6024c8fd");
		});
		assertThat(gateway.validRequests()).hasSize(1);
		assertThat(answer.verified()).isTrue();
		assertThat(answer.accepted()).isTrue();
		assertThat(answer.transactionStatus()).isEqualTo("00");
		assertThat(answer.transactionType()).isEqualTo("01");
		assertThat(answer.amountVnd()).isEqualTo(20_000L);
		assertThat(answer.providerRef()).isEqualTo("14012345");
		assertThat(answer.bankCode()).isEqualTo("NCB");
	}

	@Test
	void asksForARefundSignedAsTheSpecificationSays() {
		gateway.knows("42T0123456789", 20_000, "14012345", "00");
		GatewayAnswer answer = this.vnpay.refund(new PaymentProvider.RefundOrder("REQ0002", "42T0123456789", "14012345",
				ORDER_CREATED, 5_000, false, "Hoàn tiền hồ sơ 06652-261125-0001: thu nhầm", "tiepnhan.hatu", ASKED));
		assertThat(gateway.requests()).singleElement().satisfies((request) -> {
			assertThat(request).containsEntry("vnp_Command", "refund")
				.containsEntry("vnp_TransactionType", "03")
				.containsEntry("vnp_Amount", "500000")
				.containsEntry("vnp_TransactionNo", "14012345")
				.containsEntry("vnp_CreateBy", "tiepnhan.hatu")
				.containsEntry("vnp_OrderInfo", "hoan tien ho so 06652-261125-0001: thu nham");
			// REQ0002|2.1.0|refund|MOTCUA01|03|42T0123456789|500000|14012345|20261125100405|tiepnhan.hatu|20261125103000|127.0.0.1|hoan
			// tien ho so 06652-261125-0001: thu nham
			assertThat(request.get("vnp_SecureHash")).isEqualTo(
					"eecf0f1e3f8858aed58741eb04617602bffdbb33d5b52026515c222dfcf3cfbab02e1cc360cfc38562aa83b9ac0d3d486bd695ad205183f0ab8dcc60d5601bc7");
		});
		assertThat(answer.accepted()).isTrue();
		assertThat(answer.amountVnd()).isEqualTo(5_000L);
		assertThat(answer.transactionType()).isEqualTo("03");
		assertThat(answer.providerRef()).isEqualTo("14012345R1");
		assertThat(gateway.order("42T0123456789").refundedVnd()).isEqualTo(5_000);

		// the rest, as a second partial refund; a whole payment at once is type 02
		assertThat(this.vnpay
			.refund(new PaymentProvider.RefundOrder("REQ0003", "42T0123456789", "14012345", ORDER_CREATED, 15_000,
					false, "Phần còn lại", "tiepnhan.hatu", ASKED))
			.accepted()).isTrue();
		gateway.knows("42T9999999999", 30_000, "14019999", "00");
		assertThat(this.vnpay
			.refund(new PaymentProvider.RefundOrder("REQ0004", "42T9999999999", "14019999", ORDER_CREATED, 30_000, true,
					"Toàn bộ", "tiepnhan.hatu", ASKED))
			.accepted()).isTrue();
		assertThat(gateway.requests().get(2)).containsEntry("vnp_TransactionType", "02");
		assertThat(gateway.validRequests()).hasSize(3);
	}

	@Test
	void believesAnAnswerSignedOverTheSpecificationsFieldsInOrder() {
		Map<String, String> asked = Map.of("vnp_Command", "querydr", "vnp_TxnRef", "42T0123456789");
		Map<String, String> answer = new LinkedHashMap<>();
		answer.put("vnp_ResponseId", "RESP0001");
		answer.put("vnp_Command", "querydr");
		answer.put("vnp_ResponseCode", "00");
		answer.put("vnp_Message", "QueryDR Success");
		answer.put("vnp_TmnCode", "MOTCUA01");
		answer.put("vnp_TxnRef", "42T0123456789");
		answer.put("vnp_Amount", "2000000");
		answer.put("vnp_BankCode", "NCB");
		answer.put("vnp_PayDate", "20261125100512");
		answer.put("vnp_TransactionNo", "14012345");
		answer.put("vnp_TransactionType", "01");
		answer.put("vnp_TransactionStatus", "00");
		answer.put("vnp_OrderInfo", "Thanh toan phi ho so");
		// RESP0001|querydr|00|QueryDR
		// Success|MOTCUA01|42T0123456789|2000000|NCB|20261125100512|14012345|01|00|Thanh
		// toan phi ho so|| (no promotion: empty)
		answer.put("vnp_SecureHash",
				"dc29efbe795e353787d2fc12c19fd8bdbabed61a88af3e656c3c76addbc9b6fa1893f636affdc26ace0a7870a1f0fc4eba1064d2bd937ed864f7ccaa321e9429");
		GatewayAnswer read = this.vnpay.verify(asked, answer, Vnpay.QUERY_RESPONSE);
		assertThat(read.verified()).isTrue();
		assertThat(read.amountVnd()).isEqualTo(20_000L);
		// the gateway may write the hash in capitals
		answer.put("vnp_SecureHash", answer.get("vnp_SecureHash").toUpperCase());
		assertThat(this.vnpay.verify(asked, answer, Vnpay.QUERY_RESPONSE).verified()).isTrue();
		// any signed field changed
		for (String field : Vnpay.QUERY_RESPONSE) {
			Map<String, String> altered = new LinkedHashMap<>(answer);
			altered.put(field, altered.getOrDefault(field, "") + "9");
			assertThat(this.vnpay.verify(asked, altered, Vnpay.QUERY_RESPONSE).problem()).as(field)
				.isEqualTo(Problem.BAD_SIGNATURE);
		}
		// about another order, though signed
		assertThat(this.vnpay
			.verify(Map.of("vnp_Command", "querydr", "vnp_TxnRef", "42T000"), answer, Vnpay.QUERY_RESPONSE)
			.problem()).isEqualTo(Problem.MISMATCH);
		assertThat(this.vnpay
			.verify(Map.of("vnp_Command", "refund", "vnp_TxnRef", "42T0123456789"), answer, Vnpay.QUERY_RESPONSE)
			.problem()).isEqualTo(Problem.MISMATCH);
	}

	@ParameterizedTest
	@CsvSource({ "FORGED, BAD_SIGNATURE", "UNSIGNED, UNSIGNED", "TAMPERED, BAD_SIGNATURE", "OTHER_ORDER, MISMATCH",
			"HTTP_500, HTTP_ERROR", "NOT_JSON, MALFORMED", "SLOW, TIMEOUT" })
	void distrustsEveryAnswerThatIsNotTheGatewaysOwn(VnpayMerchantApi.Mode mode, Problem problem) {
		gateway.knows("42T0123456789", 20_000, "14012345", "00");
		gateway.mode(mode);
		long start = System.nanoTime();
		GatewayAnswer query = this.vnpay
			.query(new PaymentProvider.OrderQuery("REQ1" + mode.ordinal(), "42T0123456789", ORDER_CREATED, "q", ASKED));
		assertThat(query.problem()).isEqualTo(problem);
		assertThat(query.accepted()).isFalse();
		assertThat(query.responseCode()).isNull();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1400));
		GatewayAnswer refund = this.vnpay.refund(new PaymentProvider.RefundOrder("REQ2" + mode.ordinal(),
				"42T0123456789", "14012345", ORDER_CREATED, 20_000, true, "r", "tiepnhan.hatu", ASKED));
		assertThat(refund.problem()).isEqualTo(problem);
		assertThat(refund.accepted()).isFalse();
	}

	@Test
	void anUnreachableGatewayIsSaidSo() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		GatewayAnswer answer = vnpay("http://127.0.0.1:" + port + VnpayMerchantApi.PATH)
			.query(new PaymentProvider.OrderQuery("REQ3", "42T0123456789", ORDER_CREATED, "q", ASKED));
		assertThat(answer.problem()).isEqualTo(Problem.UNREACHABLE);
	}

	@Test
	void readsTheGatewaysRefusalsAndUnknownOrders() {
		gateway.knows("42T0123456789", 20_000, "14012345", "02");
		GatewayAnswer refused = this.vnpay.refund(new PaymentProvider.RefundOrder("REQ4", "42T0123456789", "14012345",
				ORDER_CREATED, 20_000, true, "r", "tiepnhan.hatu", ASKED));
		assertThat(refused.verified()).isTrue();
		assertThat(refused.accepted()).isFalse();
		assertThat(refused.responseCode()).isEqualTo("95");
		GatewayAnswer unknown = this.vnpay
			.query(new PaymentProvider.OrderQuery("REQ5", "42T-none", ORDER_CREATED, "q", ASKED));
		assertThat(unknown.verified()).isTrue();
		assertThat(unknown.responseCode()).isEqualTo("91");
		// a request the gateway cannot verify is answered 97 (here: another merchant's
		// secret)
		Vnpay other = new Vnpay(new VnpayProperties("MOTCUA01", "another-secret", "https://x", "https://y", 15,
				gateway.url(), Duration.ofSeconds(1), "127.0.0.1", 20, 30, 72));
		other.query(new PaymentProvider.OrderQuery("REQ6", "42T0123456789", ORDER_CREATED, "q", ASKED));
		assertThat(gateway.validRequests()).hasSize(2);
	}

}
