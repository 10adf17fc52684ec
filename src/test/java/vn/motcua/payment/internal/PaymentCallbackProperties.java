package vn.motcua.payment.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.catalog.Procedures;
import vn.motcua.payment.FeeChoice;
import vn.motcua.payment.GatewaySimulator;
import vn.motcua.payment.PayableRequest;
import vn.motcua.payment.PayableStatus;
import vn.motcua.payment.PayableView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property (docs/adr/0002: plain JUnit, a seeded Random, many generated cases): for any
 * sequence of gateway callbacks — genuine ones duplicated and reordered, forged ones
 * (wrong key, tampered after signing), ones for unknown orders and ones whose amount is
 * not the order's — the payable's paid amount is the sum of the distinct valid payments,
 * each credited once, against the real database.
 */
@SpringBootTest
class PaymentCallbackProperties {

	static final long SEED = 20261125L;

	static final int CASES = 40;

	static final long PAYER = 900_000_001L;

	@Autowired
	PaymentLedger ledger;

	@Autowired
	Procedures procedures;

	@Autowired
	VnpayProperties vnpay;

	@Test
	void paidAmountIsTheSumOfDistinctValidPaymentsWhateverTheCallbacks() {
		Random random = new Random(SEED);
		for (int n = 0; n < CASES; n++) {
			long amount = 1_000L * (1 + random.nextInt(500));
			PayableView payable = open("PROP-" + SEED + "-" + n + "-" + random.nextInt(1_000_000), amount);
			int orderCount = 1 + random.nextInt(4);
			List<String> orders = new ArrayList<>();
			for (int i = 0; i < orderCount; i++) {
				orders.add(startOnline(payable.id()));
			}
			// what the gateway really did for each order: paid or not
			List<Map<String, String>> deliveries = new ArrayList<>();
			long expected = 0;
			Set<String> paidRefs = new HashSet<>();
			for (int i = 0; i < orderCount; i++) {
				boolean success = random.nextInt(3) != 0;
				String transactionNo = "P" + n + "x" + i + "x" + random.nextInt(1_000_000);
				Map<String, String> genuine = GatewaySimulator.signed(GatewaySimulator.callback(this.vnpay.tmnCode(),
						orders.get(i), amount, transactionNo, success ? "00" : "24"), this.vnpay.hashSecret());
				if (success) {
					expected += amount;
					paidRefs.add(transactionNo);
				}
				int copies = 1 + random.nextInt(3);
				for (int c = 0; c < copies; c++) {
					deliveries.add(genuine);
				}
				deliveries.addAll(forgeries(random, orders.get(i), amount, n, i));
			}
			Collections.shuffle(deliveries, random);
			for (Map<String, String> delivery : deliveries) {
				this.ledger.notifyPayment(delivery);
			}
			PayableView after = this.ledger.findById(payable.id()).orElseThrow();
			assertThat(after.paidVnd()).as("case %d: %d orders, %d callbacks", n, orderCount, deliveries.size())
				.isEqualTo(expected);
			assertThat(after.transactions()).extracting(PayableView.TransactionView::providerRef)
				.as("case %d", n)
				.containsExactlyInAnyOrderElementsOf(paidRefs);
			assertThat(after.status()).as("case %d", n)
				.isEqualTo((expected >= amount) ? PayableStatus.PAID : PayableStatus.DUE);
		}
	}

	@Test
	void theSameCallbackDeliveredAtOnceByManyThreadsIsCreditedOnce() throws Exception {
		PayableView payable = open("PROP-RACE-" + System.nanoTime(), 25_000);
		String order = startOnline(payable.id());
		Map<String, String> genuine = GatewaySimulator.signed(
				GatewaySimulator.callback(this.vnpay.tmnCode(), order, 25_000, "RACE" + System.nanoTime(), "00"),
				this.vnpay.hashSecret());
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<String>> calls = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				calls.add(() -> this.ledger.notifyPayment(genuine).RspCode());
			}
			List<String> answers = new ArrayList<>();
			for (Future<String> answer : pool.invokeAll(calls)) {
				answers.add(answer.get());
			}
			assertThat(answers).containsOnlyOnce("00").doesNotContain("99");
		}
		finally {
			pool.shutdown();
		}
		PayableView after = this.ledger.findById(payable.id()).orElseThrow();
		assertThat(after.paidVnd()).isEqualTo(25_000);
		assertThat(after.transactions()).hasSize(1);
	}

	private List<Map<String, String>> forgeries(Random random, String order, long amount, int n, int i) {
		List<Map<String, String>> forged = new ArrayList<>();
		String secret = this.vnpay.hashSecret();
		String tmn = this.vnpay.tmnCode();
		int count = random.nextInt(4);
		for (int f = 0; f < count; f++) {
			String transactionNo = "F" + n + "x" + i + "x" + f;
			switch (random.nextInt(4)) {
				// signed with a guessed key
				case 0 -> forged
					.add(GatewaySimulator.signed(GatewaySimulator.callback(tmn, order, amount, transactionNo, "00"),
							"guess-" + random.nextInt(1000)));
				// a genuine-looking callback changed after signing
				case 1 -> {
					Map<String, String> tampered = new LinkedHashMap<>(GatewaySimulator
						.signed(GatewaySimulator.callback(tmn, order, amount, transactionNo, "24"), secret));
					tampered.put("vnp_ResponseCode", "00");
					tampered.put("vnp_TransactionStatus", "00");
					forged.add(tampered);
				}
				// an order that does not exist
				case 2 -> forged.add(GatewaySimulator
					.signed(GatewaySimulator.callback(tmn, "0-" + transactionNo, amount, transactionNo, "00"), secret));
				// an amount that is not the order's
				default -> forged.add(GatewaySimulator
					.signed(GatewaySimulator.callback(tmn, order, amount + 1_000, transactionNo, "00"), secret));
			}
		}
		return forged;
	}

	private PayableView open(String reference, long amount) {
		int version = this.procedures.findPublished("1.004884").orElseThrow().version();
		return this.ledger.open(new PayableRequest(reference, "06652", "06652", "Người nộp thử", PAYER, "1.004884",
				version, 0, List.of(new FeeChoice(0, 1, amount, null, "Nghị quyết thử nghiệm")), null, "Lệ phí",
				"tiepnhan.hatu"));
	}

	private String startOnline(long payableId) {
		URI url = this.ledger.startOnline(payableId,
				new PaymentActor("congdan", "Công dân", false, Set.of(), null, false, PAYER), "127.0.0.1", null, "vi");
		for (String pair : url.getRawQuery().split("&")) {
			if (pair.startsWith("vnp_TxnRef=")) {
				return URLDecoder.decode(pair.substring("vnp_TxnRef=".length()), StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no vnp_TxnRef in " + url);
	}

}
