package vn.motcua.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the {@link NoticeSender} every {@code motcua.notification.sender.interval-ms}
 * (default 5000) on every node; the claims make each message go out once. Off with
 * {@code motcua.notification.sender.enabled=false} (the test suite does so and calls the
 * sender itself).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "motcua.notification.sender.enabled", matchIfMissing = true)
class NoticeSchedule {

	private final NoticeSender sender;

	NoticeSchedule(NoticeSender sender) {
		this.sender = sender;
	}

	@Scheduled(fixedDelayString = "${motcua.notification.sender.interval-ms:5000}",
			initialDelayString = "${motcua.notification.sender.initial-delay-ms:10000}")
	void round() {
		this.sender.sendDue();
	}

}
