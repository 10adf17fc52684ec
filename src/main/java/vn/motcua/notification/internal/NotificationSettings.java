package vn.motcua.notification.internal;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings {@code motcua.notification.*}; the SMTP server itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param publicUrl the address citizens reach the system at, for the links in messages
 * @param mail the e-mail channel
 * @param sms the SMS channel
 * @param sender the outbox sender
 */
@ConfigurationProperties("motcua.notification")
public record NotificationSettings(@DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue Mail mail,
		@DefaultValue Sms sms, @DefaultValue Sender sender) {

	/**
	 * The e-mail channel: on when {@code spring.mail.host} is set and this is true.
	 *
	 * @param enabled whether to send e-mail when an SMTP server is configured
	 * @param from the sender address
	 */
	public record Mail(@DefaultValue("true") boolean enabled,
			@DefaultValue("Một Cửa <khong-tra-loi@motcua.local>") String from) {

	}

	/**
	 * The SMS channel: on when {@code url} is set (or another {@code SmsProvider} bean
	 * exists).
	 *
	 * @param url the gateway's base address, e.g. {@code https://sms.example.vn/api/v1}
	 * @param token the bearer token the gateway expects
	 * @param sender the sender name (brandname) registered with the gateway
	 * @param foldAccents whether to send text without diacritics: 160 GSM characters per
	 * part instead of 70 Unicode ones, at a third of the price
	 * @param timeout connect and answer timeout
	 */
	public record Sms(@Nullable URI url, @Nullable String token, @DefaultValue("MOTCUA") String sender,
			@DefaultValue("true") boolean foldAccents, @DefaultValue("10s") Duration timeout) {

	}

	/**
	 * The outbox sender.
	 *
	 * @param enabled whether this node runs the sender every {@code interval-ms}
	 * @param batch rows claimed at once
	 * @param lease how long a claim holds: a node that died is taken over after it
	 * @param attempts attempts before a message is FAILED
	 * @param firstRetry wait after the first failure, doubled after each further one
	 * @param maxRetry the longest wait between attempts
	 * @param reportWindow how long to keep asking the SMS gateway for a delivery report
	 */
	public record Sender(@DefaultValue("true") boolean enabled, @DefaultValue("20") int batch,
			@DefaultValue("2m") Duration lease, @DefaultValue("8") int attempts,
			@DefaultValue("1m") Duration firstRetry, @DefaultValue("1h") Duration maxRetry,
			@DefaultValue("2d") Duration reportWindow) {

	}

}
