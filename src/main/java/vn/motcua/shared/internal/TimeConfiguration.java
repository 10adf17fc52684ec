package vn.motcua.shared.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in Vietnam's time zone whatever the JVM default is.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(VIETNAM);
	}

}
