package vn.motcua.feedback.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the {@link FeedbackWatch} every few minutes on every node
 * ({@code motcua.feedback.watch.interval-ms}, default 300000); its claims make each
 * warning happen once. Off with {@code motcua.feedback.watch.enabled=false} (the test
 * suite calls the watch with its own instants).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "motcua.feedback.watch.enabled", matchIfMissing = true)
class FeedbackWatchSchedule {

	private final FeedbackWatch watch;

	FeedbackWatchSchedule(FeedbackWatch watch) {
		this.watch = watch;
	}

	@Scheduled(fixedDelayString = "${motcua.feedback.watch.interval-ms:300000}",
			initialDelayString = "${motcua.feedback.watch.initial-delay-ms:60000}")
	void round() {
		this.watch.watchNow();
	}

}
