package vn.motcua.reporting.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the statistics from the dossier history on the first start (and after an upgrade
 * that brings reporting to a system with dossiers), after the demo history (order 30) is
 * loaded; afterwards the events keep them.
 */
@Component
@Order(40)
class StatisticsBuild implements ApplicationRunner {

	private final Statistics statistics;

	StatisticsBuild(Statistics statistics) {
		this.statistics = statistics;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.statistics.buildIfNeeded();
	}

}
