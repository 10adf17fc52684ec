package vn.motcua.notification.internal;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.SendFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Component;
import vn.motcua.notification.SmsProvider;

/**
 * Works through the outbox: claims due e-mail and SMS rows of the channels this node can
 * send on ({@code FOR UPDATE SKIP LOCKED}, so nodes never claim the same row, and a
 * lease, so a row claimed by a node that died is taken over when the lease ran out),
 * sends each, and records the outcome: sent, or another attempt after a wait that doubles
 * each time ({@code first-retry} … {@code max-retry}), or failed after {@code attempts}
 * attempts or an answer that says retrying cannot help. A message is never deleted.
 * <p>
 * A node that dies after the server accepted a message but before recording it sends it
 * again when the lease ran out: the one window of a duplicate, seconds long. E-mails
 * carry the header {@code X-MotCua-Notification} and SMS the reference
 * {@code motcua-<id>}, the same on every attempt, so that the other side can recognise a
 * repeat.
 */
@Component
public class NoticeSender {

	private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);

	private static final int MAX_ERROR = 1000;

	private final JdbcClient jdbc;

	private final Channels channels;

	private final NotificationSettings.Sender settings;

	private final Clock clock;

	private final String node;

	NoticeSender(JdbcClient jdbc, Channels channels, NotificationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.channels = channels;
		this.settings = settings.sender();
		this.clock = clock;
		this.node = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A claimed row: what to send. */
	public record Claimed(long id, NoticeChannel channel, String recipient, String subject, String body, int attempts,
			int attemptLimit) {

	}

	/** What one round did. */
	public record Round(int claimed, int sent, int failed, int delivered) {

	}

	/** Sends what is due now, batch after batch; then asks for SMS delivery reports. */
	public Round sendDue() {
		Round total = new Round(0, 0, 0, 0);
		for (int i = 0; i < 50; i++) {
			Round round = sendDue(this.clock.instant());
			total = new Round(total.claimed + round.claimed, total.sent + round.sent, total.failed + round.failed,
					total.delivered + round.delivered);
			if (round.claimed < this.settings.batch()) {
				break;
			}
		}
		return total;
	}

	/** One batch: claims the rows due at {@code now} and sends them. */
	public Round sendDue(Instant now) {
		List<Claimed> claimed = claim(now);
		int sent = 0;
		int failed = 0;
		for (Claimed message : claimed) {
			if (deliver(message, now)) {
				sent++;
			}
			else {
				failed++;
			}
		}
		return new Round(claimed.size(), sent, failed, askForReports(now));
	}

	/**
	 * Claims up to a batch of due rows for this node until {@code now + lease}; counts
	 * the attempt. One statement, so the claim is committed before anything is sent.
	 */
	public List<Claimed> claim(Instant now) {
		List<String> channels = new ArrayList<>();
		for (NoticeChannel channel : List.of(NoticeChannel.EMAIL, NoticeChannel.SMS)) {
			if (this.channels.enabled(channel)) {
				channels.add(channel.name());
			}
		}
		if (channels.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				update notification_message m
				   set status = 'SENDING', claimed_by = :node, claimed_until = :until, attempts = m.attempts + 1
				  from (select id from notification_message
				         where channel in (:channels)
				           and ((status in ('QUEUED', 'RETRYING') and next_attempt_at <= :now)
				             or (status = 'SENDING' and claimed_until < :now))
				         order by id
				         limit :batch
				         for update skip locked) due
				 where m.id = due.id
				returning m.id, m.channel, m.recipient, m.subject, m.body, m.attempts, m.attempt_limit""")
			.param("node", this.node)
			.param("until", Timestamp.from(now.plus(this.settings.lease())))
			.param("channels", channels)
			.param("now", Timestamp.from(now))
			.param("batch", this.settings.batch())
			.query((rs, row) -> new Claimed(rs.getLong("id"), NoticeChannel.valueOf(rs.getString("channel")),
					rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getInt("attempts"),
					rs.getInt("attempt_limit")))
			.list();
	}

	/** Sends one claimed row and records the outcome; whether it was accepted. */
	public boolean deliver(Claimed message, Instant now) {
		try {
			if (message.channel() == NoticeChannel.EMAIL) {
				String messageId = this.channels.sendMail(message.id(), message.recipient(), message.subject(),
						message.body());
				return recordSent(message, now, DeliveryStatus.SENT, messageId);
			}
			SmsProvider.Receipt receipt = this.channels.sms()
				.send(international(message.recipient()), message.body(), "motcua-" + message.id());
			if (receipt.state() == SmsProvider.State.FAILED) {
				recordFailure(message, now, "SMS gateway: " + receipt.error(), true);
				return false;
			}
			return recordSent(message, now,
					(receipt.state() == SmsProvider.State.DELIVERED) ? DeliveryStatus.DELIVERED : DeliveryStatus.SENT,
					receipt.providerId());
		}
		catch (SmsProvider.SmsException ex) {
			recordFailure(message, now, ex.getMessage(), ex.permanent());
			return false;
		}
		catch (Exception ex) {
			recordFailure(message, now, describe(ex), permanent(ex));
			return false;
		}
	}

	private boolean recordSent(Claimed message, Instant now, DeliveryStatus status, @Nullable String providerId) {
		Instant next = now.plus(this.settings.firstRetry());
		int updated = this.jdbc.sql("""
				update notification_message
				   set status = :status, sent_at = :now, delivered_at = :delivered, provider_id = :providerId,
				       claimed_by = null, claimed_until = null, next_attempt_at = :next
				 where id = :id and status = 'SENDING' and claimed_by = :node""")
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.param("delivered", (status == DeliveryStatus.DELIVERED) ? Timestamp.from(now) : null)
			.param("providerId", providerId)
			.param("next",
					(status == DeliveryStatus.SENT && message.channel() == NoticeChannel.SMS) ? Timestamp.from(next)
							: null)
			.param("id", message.id())
			.param("node", this.node)
			.update();
		if (updated == 0) {
			log.warn("Notification {} was sent after this node's claim ran out", message.id());
		}
		return true;
	}

	private void recordFailure(Claimed message, Instant now, @Nullable String error, boolean permanent) {
		boolean last = permanent || message.attempts() >= message.attemptLimit();
		Instant next = now.plus(backoff(message.attempts()));
		String text = (error == null) ? "unknown error" : error;
		this.jdbc.sql("""
				update notification_message
				   set status = :status, last_error = :error, next_attempt_at = :next, failed_at = :failed,
				       claimed_by = null, claimed_until = null
				 where id = :id and status = 'SENDING' and claimed_by = :node""")
			.param("status", last ? DeliveryStatus.FAILED.name() : DeliveryStatus.RETRYING.name())
			.param("error", (text.length() > MAX_ERROR) ? text.substring(0, MAX_ERROR) : text)
			.param("next", last ? null : Timestamp.from(next))
			.param("failed", last ? Timestamp.from(now) : null)
			.param("id", message.id())
			.param("node", this.node)
			.update();
		log.info("Notification {} ({}) attempt {} failed{}: {}", message.id(), message.channel(), message.attempts(),
				last ? " for good" : ", next at " + next, text);
	}

	/**
	 * The wait after the n-th failed attempt: first-retry × 2^(n-1), at most max-retry.
	 */
	Duration backoff(int attempts) {
		Duration wait = this.settings.firstRetry();
		for (int i = 1; i < attempts && wait.compareTo(this.settings.maxRetry()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.settings.maxRetry()) > 0) ? this.settings.maxRetry() : wait;
	}

	/** Asks the SMS gateway about messages it accepted; how many turned out delivered. */
	int askForReports(Instant now) {
		if (!this.channels.enabled(NoticeChannel.SMS)) {
			return 0;
		}
		record Pending(long id, String providerId) {
		}
		List<Pending> pending = this.jdbc.sql("""
				select id, provider_id from notification_message
				 where status = 'SENT' and channel = 'SMS' and provider_id is not null
				   and sent_at > :since and (next_attempt_at is null or next_attempt_at <= :now)
				 order by sent_at limit :batch""")
			.param("since", Timestamp.from(now.minus(this.settings.reportWindow())))
			.param("now", Timestamp.from(now))
			.param("batch", this.settings.batch())
			.query((rs, row) -> new Pending(rs.getLong(1), rs.getString(2)))
			.list();
		int delivered = 0;
		for (Pending message : pending) {
			try {
				SmsProvider.Receipt receipt = this.channels.sms().status(message.providerId());
				switch (receipt.state()) {
					case DELIVERED -> {
						delivered += this.jdbc.sql("""
								update notification_message set status = 'DELIVERED', delivered_at = :now,
								       next_attempt_at = null
								 where id = :id and status = 'SENT'""")
							.param("now", Timestamp.from(now))
							.param("id", message.id())
							.update();
					}
					case FAILED -> this.jdbc.sql("""
							update notification_message set status = 'FAILED', failed_at = :now, last_error = :error,
							       next_attempt_at = null
							 where id = :id and status = 'SENT'""")
						.param("now", Timestamp.from(now))
						.param("error", "SMS gateway: " + receipt.error())
						.param("id", message.id())
						.update();
					case ACCEPTED -> this.jdbc.sql(
							"update notification_message set next_attempt_at = :next where id = :id and status = 'SENT'")
						.param("next", Timestamp.from(now.plus(this.settings.firstRetry())))
						.param("id", message.id())
						.update();
				}
			}
			catch (SmsProvider.SmsException ex) {
				log.info("No delivery report for SMS {}: {}", message.id(), ex.getMessage());
			}
		}
		return delivered;
	}

	/** {@code 0912345678} → {@code +84912345678}. */
	static String international(String nationalNumber) {
		return nationalNumber.startsWith("0") ? "+84" + nationalNumber.substring(1) : nationalNumber;
	}

	/**
	 * Whether retrying cannot help: a message that could not be built, or an address the
	 * server refused for good (5xx on RCPT TO).
	 */
	static boolean permanent(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof MailParseException || cause instanceof MailPreparationException) {
				return true;
			}
			if (cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
					&& failed.getInvalidAddresses().length > 0) {
				return true;
			}
			if (cause instanceof org.springframework.mail.MailSendException send) {
				for (Exception inner : send.getFailedMessages().values()) {
					if (inner != error && permanent(inner)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static String describe(Throwable error) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = error; cause != null && text.length() < MAX_ERROR; cause = cause.getCause()) {
			if (!text.isEmpty()) {
				text.append(" ← ");
			}
			text.append(cause.getClass().getSimpleName());
			if (cause.getMessage() != null) {
				text.append(": ").append(cause.getMessage().strip());
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return text.toString();
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (Exception ex) {
			return "node";
		}
	}

	/** This node's name in {@code claimed_by}. */
	public String node() {
		return this.node;
	}

}
