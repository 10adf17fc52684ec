package vn.motcua.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the messages of a {@link Notice} into {@code notification_message}, in the
 * caller's transaction (the listener's, which also marks the event as consumed). Rows are
 * unique per (event, channel, recipient): a notice enqueued twice adds nothing. E-mail
 * and SMS rows wait for the {@link NoticeSender}; an in-app message is delivered as it is
 * stored.
 */
@Component
public class NoticeOutbox {

	private final JdbcClient jdbc;

	private final NoticeTemplates templates;

	private final Channels channels;

	private final NotificationSettings settings;

	private final JsonMapper json;

	NoticeOutbox(JdbcClient jdbc, NoticeTemplates templates, Channels channels, NotificationSettings settings,
			JsonMapper json) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.channels = channels;
		this.settings = settings;
		this.json = json;
	}

	/**
	 * Enqueues the notice's messages on the channels that are on; how many rows are new.
	 */
	public int enqueue(Notice notice, Instant now) {
		List<Notice.Recipient> recipients = new ArrayList<>();
		for (Notice.Recipient recipient : notice.recipients()) {
			if (this.channels.enabled(recipient.channel()) && recipient.channel() != NoticeChannel.NONE) {
				recipients.add(recipient);
			}
		}
		boolean external = recipients.stream()
			.anyMatch((r) -> r.channel() == NoticeChannel.EMAIL || r.channel() == NoticeChannel.SMS);
		int added = 0;
		for (Notice.Recipient recipient : recipients) {
			added += insert(notice, recipient, now, null);
		}
		if (notice.legal() && !external) {
			// nobody can be written to: say so, so that the officers hand it over on
			// paper
			boolean contact = notice.recipients()
				.stream()
				.anyMatch((r) -> r.channel() == NoticeChannel.EMAIL || r.channel() == NoticeChannel.SMS);
			String why = contact ? "e-mail and SMS are not configured" : "no e-mail or mobile number on the dossier";
			added += insert(notice, new Notice.Recipient(NoticeChannel.NONE, "-", null, null), now, why);
		}
		return added;
	}

	private int insert(Notice notice, Notice.Recipient recipient, Instant now, @Nullable String failure) {
		NoticeTemplates.Rendered text = this.templates.render(notice.kind(), recipient.channel(), notice.params(),
				NoticeTemplates.VIETNAMESE);
		DeliveryStatus status = switch (recipient.channel()) {
			case EMAIL, SMS -> DeliveryStatus.QUEUED;
			case IN_APP -> DeliveryStatus.DELIVERED;
			case NONE -> DeliveryStatus.FAILED;
		};
		Timestamp at = Timestamp.from(now);
		return this.jdbc.sql("""
				insert into notification_message (event_key, kind, params, subject_ref, dossier_code, agency_code,
					desk_agency_code, legal, channel, recipient, recipient_name, account_id, locale, subject, body,
					status, attempts, attempt_limit, last_error, next_attempt_at, created_at, delivered_at, failed_at)
				values (:eventKey, :kind, cast(:params as jsonb), :subjectRef, :dossierCode, :agencyCode,
					:deskAgencyCode, :legal, :channel, :recipient, :name, :accountId, 'vi', :subject, :body,
					:status, 0, :limit, :failure, :next, :at, :delivered, :failed)
				on conflict (event_key, channel, recipient) do nothing""")
			.param("eventKey", notice.eventKey())
			.param("kind", notice.kind().key())
			.param("params", this.json.writeValueAsString(notice.params()))
			.param("subjectRef", notice.subjectRef())
			.param("dossierCode", notice.dossierCode())
			.param("agencyCode", notice.agencyCode())
			.param("deskAgencyCode", notice.deskAgencyCode())
			.param("legal", notice.legal())
			.param("channel", recipient.channel().name())
			.param("recipient", recipient.address())
			.param("name", recipient.name())
			.param("accountId", recipient.accountId())
			.param("subject", text.subject())
			.param("body", text.body())
			.param("status", status.name())
			.param("limit", this.settings.sender().attempts())
			.param("failure", failure)
			.param("next", (status == DeliveryStatus.QUEUED) ? at : null)
			.param("at", at)
			.param("delivered", (status == DeliveryStatus.DELIVERED) ? at : null)
			.param("failed", (status == DeliveryStatus.FAILED) ? at : null)
			.update();
	}

}
