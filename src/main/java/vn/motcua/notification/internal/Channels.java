package vn.motcua.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.motcua.notification.SmsProvider;

/**
 * The channels this node can send on. E-mail is on when Spring Boot configured a mail
 * sender ({@code spring.mail.host} set) and {@code motcua.notification.mail.enabled} is
 * true; SMS when an {@link SmsProvider} exists ({@code motcua.notification.sms.url} set).
 * In the embedded default neither is configured, so both are <b>off</b>: no e-mail or SMS
 * rows are written (a message that only went to a log must not be shown as sent), the
 * in-app messages still work, and legally required notices nobody could be told about
 * appear in the officers' queues.
 */
@Component
public class Channels {

	private final @Nullable JavaMailSender mail;

	private final @Nullable SmsProvider sms;

	private final NotificationSettings settings;

	Channels(ObjectProvider<JavaMailSender> mail, ObjectProvider<SmsProvider> sms, NotificationSettings settings) {
		this.mail = settings.mail().enabled() ? mail.getIfAvailable() : null;
		this.sms = sms.getIfAvailable();
		this.settings = settings;
	}

	public boolean enabled(NoticeChannel channel) {
		return switch (channel) {
			case EMAIL -> this.mail != null;
			case SMS -> this.sms != null;
			case IN_APP, NONE -> true;
		};
	}

	/**
	 * Sends one e-mail; its Message-ID. The header {@code X-MotCua-Notification} carries
	 * our message id, the same on every attempt.
	 */
	String sendMail(long id, String to, String subject, String body) throws MessagingException {
		JavaMailSender sender = this.mail;
		if (sender == null) {
			throw new IllegalStateException("e-mail is off on this node");
		}
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(this.settings.mail().from());
		helper.setTo(to);
		helper.setSubject(subject);
		helper.setText(body, false);
		message.setHeader("X-MotCua-Notification", Long.toString(id));
		sender.send(message);
		String messageId = message.getMessageID();
		return (messageId != null) ? messageId : "";
	}

	SmsProvider sms() {
		SmsProvider provider = this.sms;
		if (provider == null) {
			throw new IllegalStateException("SMS is off on this node");
		}
		return provider;
	}

}
