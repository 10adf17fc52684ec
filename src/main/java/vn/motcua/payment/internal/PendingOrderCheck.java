package vn.motcua.payment.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.motcua.payment.internal.PaymentLedger.QueryOutcome;

/**
 * The reconciliation's half that does not wait for the gateway: online orders whose IPN
 * never came are asked about (VNPAY {@code querydr}) once they are
 * {@code query-after-minutes} old, then at most every {@code query-every-minutes}, until
 * they are settled or {@code query-max-age-hours} old. A payment the gateway confirms is
 * credited by the ledger exactly as an IPN would be, so it counts once.
 */
@Service
public class PendingOrderCheck {

	private static final Logger log = LoggerFactory.getLogger(PendingOrderCheck.class);

	/** Orders asked about in one round, oldest first; the next round takes the rest. */
	static final int BATCH = 100;

	/** An officer's "ask now" is not repeated within this time (double clicks). */
	static final Duration MANUAL_INTERVAL = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final PaymentLedger ledger;

	private final VnpayProperties properties;

	private final Clock clock;

	PendingOrderCheck(JdbcClient jdbc, PaymentLedger ledger, VnpayProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.properties = properties;
		this.clock = clock;
	}

	/** One round at the clock's instant: how many orders came to each outcome. */
	public Map<QueryOutcome, Integer> checkNow() {
		return check(this.clock.instant());
	}

	/** One round as at {@code now}. */
	public Map<QueryOutcome, Integer> check(Instant now) {
		Duration every = Duration.ofMinutes(this.properties.queryEveryMinutes());
		List<String> due = this.jdbc.sql("""
				select txn_ref from payment_online_order
				where status = 'PENDING' and created_at <= ? and created_at >= ?
				  and (last_queried_at is null or last_queried_at <= ?)
				order by created_at limit ?""")
			.params(Timestamp.from(now.minus(Duration.ofMinutes(this.properties.queryAfterMinutes()))),
					Timestamp.from(now.minus(Duration.ofHours(this.properties.queryMaxAgeHours()))),
					Timestamp.from(now.minus(every)), BATCH)
			.query(String.class)
			.list();
		Map<QueryOutcome, Integer> outcomes = new EnumMap<>(QueryOutcome.class);
		for (String txnRef : due) {
			try {
				QueryOutcome outcome = this.ledger.queryOrder(txnRef, now, every, lifetime());
				outcomes.merge(outcome, 1, Integer::sum);
			}
			catch (RuntimeException ex) {
				log.warn("Asking the gateway about order {} failed", txnRef, ex);
			}
		}
		if (!due.isEmpty()) {
			log.info("Pending online orders asked about: {}", outcomes);
		}
		return outcomes;
	}

	/** An officer asks about one order now (from the reconciliation page). */
	public QueryOutcome queryNow(String txnRef, PaymentActor actor) {
		this.ledger.requireOrderVisible(txnRef, actor);
		return this.ledger.queryOrder(txnRef, this.clock.instant(), MANUAL_INTERVAL, lifetime());
	}

	private Duration lifetime() {
		// the payer has expires-in-minutes; a little more for the gateway's own clock
		return Duration.ofMinutes(this.properties.expiresInMinutes() + 5L);
	}

}
