package vn.motcua.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The delivery status as the pages show it: the messages of a dossier, a citizen's in-app
 * messages, the legally required notices nobody could be told about; and what officers do
 * about the latter (send again, or record that it was handed over another way).
 */
@Component
public class Deliveries {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final NotificationSettings settings;

	Deliveries(JdbcClient jdbc, JsonMapper json, NotificationSettings settings) {
		this.jdbc = jdbc;
		this.json = json;
		this.settings = settings;
	}

	/** One message with its delivery status. */
	public record Delivery(long id, String eventKey, String kind, boolean legal, NoticeChannel channel,
			String recipient, DeliveryStatus status, int attempts, @Nullable String lastError, Instant createdAt,
			@Nullable Instant sentAt, @Nullable Instant deliveredAt, @Nullable Instant failedAt,
			@Nullable Instant readAt, @Nullable Instant nextAttemptAt, @Nullable Instant handledAt,
			@Nullable String handledBy, @Nullable String handledNote) {

	}

	/** An in-app message. */
	public record InboxMessage(long id, String kind, List<String> params, @Nullable String dossierCode,
			Instant createdAt, @Nullable Instant readAt) {

	}

	/** A legally required notice that reached nobody. */
	public record Undelivered(String eventKey, @Nullable String dossierCode, String kind, Instant createdAt,
			String errors) {

	}

	private static final String COLUMNS = "id, event_key, kind, legal, channel, recipient, status, attempts, last_error,"
			+ " created_at, sent_at, delivered_at, failed_at, read_at, next_attempt_at, handled_at, handled_by,"
			+ " handled_note";

	/** The messages about a dossier, oldest first. */
	public List<Delivery> ofDossier(String dossierCode) {
		return this.jdbc
			.sql("select " + COLUMNS + " from notification_message where dossier_code = :code order by created_at, id")
			.param("code", dossierCode)
			.query(this::delivery)
			.list();
	}

	/** The messages of one event. */
	public List<Delivery> ofEvent(String eventKey) {
		return this.jdbc.sql("select " + COLUMNS + " from notification_message where event_key = :key order by id")
			.param("key", eventKey)
			.query(this::delivery)
			.list();
	}

	/** How many messages of a round of survey invitations are in one state. */
	public record SurveyRoundCount(int round, NoticeChannel channel, DeliveryStatus status, long count) {

	}

	/**
	 * The messages of a survey campaign's invitation (round 0) and reminders (round n),
	 * counted by channel and status.
	 */
	public List<SurveyRoundCount> ofSurvey(long campaignId) {
		return this.jdbc.sql("""
				select case when event_key like '%:invitation' then 0 else split_part(event_key, ':', 5)::int end
				         as round, channel, status, count(*) as n
				  from notification_message where subject_ref = :ref
				 group by 1, 2, 3 order by 1, 2, 3""")
			.param("ref", "survey:" + campaignId)
			.query((rs, row) -> new SurveyRoundCount(rs.getInt("round"), NoticeChannel.valueOf(rs.getString("channel")),
					DeliveryStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
	}

	/** A citizen's in-app messages, newest first. */
	public List<InboxMessage> inbox(long accountId, int limit) {
		return this.jdbc.sql("""
				select id, kind, params::text as params, dossier_code, created_at, read_at from notification_message
				 where channel = 'IN_APP' and account_id = :account order by created_at desc, id desc limit :limit""")
			.param("account", accountId)
			.param("limit", limit)
			.query((rs, row) -> new InboxMessage(rs.getLong("id"), rs.getString("kind"),
					this.json.readValue(rs.getString("params"), STRINGS), rs.getString("dossier_code"),
					instant(rs, "created_at"), instantOrNull(rs, "read_at")))
			.list();
	}

	/** How many in-app messages the citizen has not read. */
	public long unread(long accountId) {
		return this.jdbc.sql("""
				select count(*) from notification_message
				 where channel = 'IN_APP' and account_id = :account and read_at is null""")
			.param("account", accountId)
			.query(Long.class)
			.single();
	}

	/** Marks the citizen's in-app messages as read. */
	public int markRead(long accountId, Collection<Long> ids, Instant now) {
		if (ids.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				update notification_message set read_at = :now
				 where channel = 'IN_APP' and account_id = :account and id in (:ids) and read_at is null""")
			.param("now", Timestamp.from(now))
			.param("account", accountId)
			.param("ids", ids)
			.update();
	}

	/**
	 * The legally required notices of these agencies (settling or receiving the dossier)
	 * that reached nobody: every e-mail and SMS failed or none was possible, and no
	 * in-app message was read; not yet handled by an officer. Newest first.
	 */
	public List<Undelivered> undelivered(Collection<String> agencyCodes, @Nullable String dossierCode, int limit) {
		if (agencyCodes.isEmpty() && dossierCode == null) {
			return List.of();
		}
		String where = (dossierCode != null) ? "dossier_code = :code"
				: "(desk_agency_code in (:agencies) or agency_code in (:agencies))";
		JdbcClient.StatementSpec sql = this.jdbc
			.sql("""
					select event_key, min(dossier_code) as dossier_code, min(kind) as kind, min(created_at) as created_at,
					       coalesce(string_agg(distinct case when last_error is not null then channel || ': ' || last_error end,
					                '; '), '') as errors
					  from notification_message
					 where legal and handled_at is null and %s
					 group by event_key
					having bool_and(channel = 'IN_APP' or status = 'FAILED')
					   and not bool_or(channel = 'IN_APP' and read_at is not null)
					 order by min(created_at) desc
					 limit :limit"""
				.formatted(where))
			.param("limit", limit);
		sql = (dossierCode != null) ? sql.param("code", dossierCode) : sql.param("agencies", agencyCodes);
		return sql
			.query((rs, row) -> new Undelivered(rs.getString("event_key"), rs.getString("dossier_code"),
					rs.getString("kind"), instant(rs, "created_at"), rs.getString("errors")))
			.list();
	}

	/** The dossier an event's messages are about. */
	public Optional<String> dossierOf(String eventKey) {
		return this.jdbc
			.sql("select dossier_code from notification_message where event_key = :key and dossier_code is not null"
					+ " limit 1")
			.param("key", eventKey)
			.query(String.class)
			.optional();
	}

	/**
	 * Queues the failed e-mails and SMS of an event again, with a fresh allowance of
	 * attempts; how many.
	 */
	public int retry(String eventKey, Instant now) {
		return this.jdbc.sql("""
				update notification_message
				   set status = 'QUEUED', next_attempt_at = :now, failed_at = null,
				       attempt_limit = attempts + :attempts
				 where event_key = :key and status = 'FAILED' and channel in ('EMAIL', 'SMS')""")
			.param("now", Timestamp.from(now))
			.param("attempts", this.settings.sender().attempts())
			.param("key", eventKey)
			.update();
	}

	/** Records that an officer handed the notice over another way (paper, phone…). */
	public int handled(String eventKey, String officer, String note, Instant now) {
		return this.jdbc.sql("""
				update notification_message set handled_at = :now, handled_by = :officer, handled_note = :note
				 where event_key = :key and handled_at is null""")
			.param("now", Timestamp.from(now))
			.param("officer", officer)
			.param("note", note)
			.param("key", eventKey)
			.update();
	}

	private Delivery delivery(ResultSet rs, int row) throws SQLException {
		return new Delivery(rs.getLong("id"), rs.getString("event_key"), rs.getString("kind"), rs.getBoolean("legal"),
				NoticeChannel.valueOf(rs.getString("channel")), rs.getString("recipient"),
				DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
				instant(rs, "created_at"), instantOrNull(rs, "sent_at"), instantOrNull(rs, "delivered_at"),
				instantOrNull(rs, "failed_at"), instantOrNull(rs, "read_at"), instantOrNull(rs, "next_attempt_at"),
				instantOrNull(rs, "handled_at"), rs.getString("handled_by"), rs.getString("handled_note"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
