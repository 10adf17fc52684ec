package vn.motcua.payment.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.catalog.Procedures;
import vn.motcua.payment.FeeChoice;
import vn.motcua.payment.GatewaySimulator;
import vn.motcua.payment.PayableRequest;
import vn.motcua.payment.PayableView;
import vn.motcua.payment.VnpayMerchantApi;

/**
 * The application with VNPAY's merchant API played by an in-process
 * {@link VnpayMerchantApi} (one per test JVM, shared by the test classes that extend this
 * one, which share one application context), answering within a second.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class WithVnpayMerchantApi {

	static final String TMN = "MOTCUA01";

	static final String SECRET = "motcua-demo-secret-not-for-production";

	static final VnpayMerchantApi GATEWAY = new VnpayMerchantApi(TMN, SECRET);

	/** The citizen account that pays online in these tests. */
	static final long PAYER = 900_000_002L;

	@DynamicPropertySource
	static void gateway(DynamicPropertyRegistry registry) {
		registry.add("motcua.payment.vnpay.tmn-code", () -> TMN);
		registry.add("motcua.payment.vnpay.hash-secret", () -> SECRET);
		registry.add("motcua.payment.vnpay.api-url", GATEWAY::url);
		registry.add("motcua.payment.vnpay.api-timeout", () -> "1s");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	PaymentLedger ledger;

	@Autowired
	Procedures procedures;

	@BeforeEach
	void resetGateway() {
		GATEWAY.reset();
		GATEWAY.slowMillis(1500);
	}

	/** A payable at a counter, for the fee set by the province with its legal basis. */
	PayableView open(String desk, String payerName, long amount) {
		int version = this.procedures.findPublished("1.004884").orElseThrow().version();
		return this.ledger.open(new PayableRequest("GW-" + UUID.randomUUID().toString().substring(0, 13), desk, desk,
				payerName, PAYER, "1.004884", version, 0,
				List.of(new FeeChoice(0, 1, amount, null, "Nghị quyết thử nghiệm")), null, "Lệ phí", "tiepnhan.hatu"));
	}

	/** The payer starts paying online: the order's reference. */
	String startOnline(long payableId) {
		URI url = this.ledger.startOnline(payableId,
				new PaymentActor("congdan", "Công dân", false, Set.of(), null, false, PAYER), "127.0.0.1", null, "vi");
		for (String pair : url.getRawQuery().split("&")) {
			if (pair.startsWith("vnp_TxnRef=")) {
				return URLDecoder.decode(pair.substring("vnp_TxnRef=".length()), StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no vnp_TxnRef in " + url);
	}

	/**
	 * A payable paid online: the gateway's IPN credited it and the gateway knows the
	 * payment. The payment (transaction) as credited.
	 */
	PayableView.TransactionView paidOnline(String desk, String payerName, long amount) {
		PayableView payable = open(desk, payerName, amount);
		String txnRef = startOnline(payable.id());
		String transactionNo = "14" + (System.nanoTime() % 1_000_000_000L);
		IpnAnswer answer = this.ledger.notifyPayment(
				GatewaySimulator.signed(GatewaySimulator.callback(TMN, txnRef, amount, transactionNo, "00"), SECRET));
		if (!"00".equals(answer.RspCode())) {
			throw new AssertionError("IPN not confirmed: " + answer);
		}
		GATEWAY.knows(txnRef, amount, transactionNo, "00");
		return this.ledger.findById(payable.id()).orElseThrow().transactions().get(0);
	}

}
