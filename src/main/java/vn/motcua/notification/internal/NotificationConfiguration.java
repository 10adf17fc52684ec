package vn.motcua.notification.internal;

import java.net.http.HttpClient;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.notification.SmsProvider;

/**
 * The settings, and the HTTP SMS gateway when {@code motcua.notification.sms.url} is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfiguration {

	@Bean
	@ConditionalOnMissingBean(SmsProvider.class)
	@ConditionalOnProperty("motcua.notification.sms.url")
	HttpSmsProvider httpSmsProvider(NotificationSettings settings, JsonMapper json) {
		NotificationSettings.Sms sms = settings.sms();
		HttpClient client = HttpClient.newBuilder().connectTimeout(sms.timeout()).build();
		return new HttpSmsProvider(client, java.util.Objects.requireNonNull(sms.url()), sms.token(), sms.sender(),
				sms.timeout(), json);
	}

}
