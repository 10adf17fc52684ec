package vn.motcua.payment.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the {@link PendingOrderCheck} every five minutes on every node
 * ({@code motcua.payment.query.interval-ms}); the claim on each order keeps nodes from
 * asking about it at once, and crediting is idempotent anyway. Off with
 * {@code motcua.payment.query.enabled=false} (the test suite does so and calls the check
 * itself).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "motcua.payment.query.enabled", matchIfMissing = true)
class PendingOrderSchedule {

	private final PendingOrderCheck check;

	PendingOrderSchedule(PendingOrderCheck check) {
		this.check = check;
	}

	@Scheduled(fixedDelayString = "${motcua.payment.query.interval-ms:300000}",
			initialDelayString = "${motcua.payment.query.initial-delay-ms:60000}")
	void round() {
		this.check.checkNow();
	}

}
