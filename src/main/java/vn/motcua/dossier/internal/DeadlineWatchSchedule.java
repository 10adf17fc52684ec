package vn.motcua.dossier.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the {@link DeadlineWatch} every minute on every node
 * ({@code motcua.dossier.watch.interval-ms}, default 60000); the watch's claims make each
 * warning happen once. Off with {@code motcua.dossier.watch.enabled=false} (the test
 * suite does so and calls the watch with its own instants).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "motcua.dossier.watch.enabled", matchIfMissing = true)
class DeadlineWatchSchedule {

	private final DeadlineWatch watch;

	DeadlineWatchSchedule(DeadlineWatch watch) {
		this.watch = watch;
	}

	@Scheduled(fixedDelayString = "${motcua.dossier.watch.interval-ms:60000}",
			initialDelayString = "${motcua.dossier.watch.initial-delay-ms:30000}")
	void round() {
		this.watch.watchNow();
	}

}
