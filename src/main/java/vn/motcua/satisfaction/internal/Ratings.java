package vn.motcua.satisfaction.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ReturnedDossier;
import vn.motcua.dossier.ReturnedDossiers;
import vn.motcua.satisfaction.RatingGiven;
import vn.motcua.satisfaction.RatingInvited;
import vn.motcua.shared.DomainException;

/**
 * Rating invitations and ratings: one invitation with an unguessable token when a result
 * is returned, at most one rating per dossier, the rater never recorded.
 */
@Service
public class Ratings {

	/** How long a rating link stays valid after the result was returned. */
	static final Duration VALIDITY = Duration.ofDays(30);

	/** How long a kiosk offers a result just returned at its desk. */
	static final Duration KIOSK_WINDOW = Duration.ofMinutes(30);

	private static final TypeReference<Map<String, Integer>> OFFICERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ReturnedDossiers dossiers;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	Ratings(JdbcClient jdbc, ReturnedDossiers dossiers, ApplicationEventPublisher events, JsonMapper json,
			Clock clock) {
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/** An invitation as the rating page shows it. */
	public record Invitation(long id, String token, String dossierCode, String procedureCode, String agencyCode,
			String deskAgencyCode, Channel dossierChannel, @Nullable String outcome, Instant returnedAt,
			Instant expiresAt, @Nullable Instant ratedAt) {

		public boolean online() {
			return this.dossierChannel == Channel.ONLINE;
		}

	}

	/**
	 * Creates the invitation of a returned dossier, once, and publishes
	 * {@link RatingInvited} so that the link is sent; the existing one if there is one
	 * (whoever created it first, the listener or the desk's invitation page). Empty if
	 * the dossier was not returned.
	 */
	@Transactional
	public Optional<Invitation> invite(String dossierCode) {
		Optional<Invitation> existing = byDossier(dossierCode);
		if (existing.isPresent()) {
			return existing;
		}
		Optional<ReturnedDossier> found = this.dossiers.find(dossierCode);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ReturnedDossier dossier = found.get();
		Instant now = this.clock.instant();
		boolean created = insert(dossier, Tokens.next(), now);
		Optional<Invitation> invitation = byDossier(dossierCode);
		// a link that has already run out (a result returned long ago) is not sent
		if (created && invitation.isPresent() && invitation.get().expiresAt().isAfter(now)) {
			Invitation made = invitation.get();
			this.events.publishEvent(new RatingInvited(made.dossierCode(), made.agencyCode(), made.deskAgencyCode(),
					ratingPath(made.token()), made.expiresAt(), now));
		}
		return invitation;
	}

	/** The rating page of a token. */
	public static String ratingPath(String token) {
		return "/rate/" + token;
	}

	/**
	 * Stores the invitation unless the dossier has one; whether it was stored (the demo
	 * data calls this directly: its invitations are not sent).
	 */
	boolean insert(ReturnedDossier dossier, String token, Instant now) {
		Map<String, Integer> officers = new LinkedHashMap<>();
		Map<String, List<ReturnedDossier.Step>> byOfficer = new LinkedHashMap<>();
		for (ReturnedDossier.Step step : dossier.steps()) {
			if (step.handledBy() != null && !"system".equals(step.handledBy())) {
				byOfficer.computeIfAbsent(step.handledBy(), (k) -> new java.util.ArrayList<>()).add(step);
			}
		}
		byOfficer.forEach((officer, steps) -> officers.put(officer, RatingRules.stepScore(steps)));
		if (dossier.returnedBy() != null && !"system".equals(dossier.returnedBy())) {
			officers.putIfAbsent(dossier.returnedBy(), null);
		}
		return this.jdbc.sql("""
				insert into satisfaction_invitation (token, dossier_code, procedure_code, agency_code, desk_agency_code,
				  dossier_channel, outcome, returned_at, time_score, step_score, officers, expires_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
				on conflict (dossier_code) do nothing""")
			.params(token, dossier.code(), dossier.procedureCode(), dossier.agencyCode(), dossier.deskAgencyCode(),
					dossier.channel().name(), dossier.outcome(), java.sql.Timestamp.from(dossier.returnedAt()),
					RatingRules.timeScore(dossier.outcome()), RatingRules.stepScore(dossier.steps()),
					this.json.writeValueAsString(officers),
					java.sql.Timestamp.from(dossier.returnedAt().plus(VALIDITY)), java.sql.Timestamp.from(now))
			.update() == 1;
	}

	public Optional<Invitation> byDossier(String dossierCode) {
		return this.jdbc.sql("select * from satisfaction_invitation where dossier_code = ?")
			.param(dossierCode)
			.query(this::invitation)
			.optional();
	}

	/** The invitation of a token; refused if the token is malformed or unknown. */
	public Invitation byToken(String token) {
		if (!Tokens.plausible(token)) {
			throw DomainException.notFound("satisfaction.rating.token-unknown");
		}
		return this.jdbc.sql("select * from satisfaction_invitation where token = ?")
			.param(token)
			.query(this::invitation)
			.optional()
			.orElseThrow(() -> DomainException.notFound("satisfaction.rating.token-unknown"));
	}

	/**
	 * Records a rating for the token. Refused: an unknown token (404), a dossier already
	 * rated or a link expired (409), answers out of scale (400).
	 */
	@Transactional
	public RatingGiven rate(String token, RatingInput input, String channel) {
		Invitation invitation = byToken(token);
		Instant now = this.clock.instant();
		if (invitation.ratedAt() != null) {
			throw DomainException.conflict("satisfaction.rating.already-given", null, invitation.dossierCode());
		}
		if (now.isAfter(invitation.expiresAt())) {
			throw DomainException.conflict("satisfaction.rating.expired", null, invitation.dossierCode());
		}
		RatingGiven given = store(invitation, input, channel, now);
		this.events.publishEvent(given);
		return given;
	}

	/**
	 * Checks the answers and stores the rating given at {@code at}; the event to publish.
	 */
	RatingGiven store(Invitation invitation, RatingInput input, String channel, Instant at) {
		if (input.contacts() == null || input.contacts() < 0 || input.contacts() > 99) {
			throw DomainException.invalid("satisfaction.rating.contacts", "contacts");
		}
		RatingRules.AgenciesContacted contacted = parse(RatingRules.AgenciesContacted.class, input.agenciesContacted(),
				"agenciesContacted", "satisfaction.rating.agencies");
		if (contacted == null) {
			throw DomainException.invalid("satisfaction.rating.agencies", "agenciesContacted");
		}
		if (input.attitudeComplaint() == null) {
			throw DomainException.invalid("satisfaction.rating.attitude", "attitudeComplaint");
		}
		RatingRules.OnlineLevel online = parse(RatingRules.OnlineLevel.class, input.onlineLevel(), "onlineLevel",
				"satisfaction.rating.online-level");
		if (online != null && !invitation.online()) {
			throw DomainException.invalid("satisfaction.rating.online-level-not-online", "onlineLevel");
		}
		if (input.overall() != null && (input.overall() < 1 || input.overall() > 5)) {
			throw DomainException.invalid("satisfaction.rating.overall", "overall");
		}
		String comment = (input.comment() == null || input.comment().isBlank()) ? null : input.comment().strip();
		if (comment != null && comment.length() > 1000) {
			throw DomainException.invalid("satisfaction.rating.comment-long", "comment");
		}
		int contacts = RatingRules.contactsScore(input.contacts());
		int agencies = RatingRules.agenciesScore(contacted);
		int attitude = RatingRules.attitudeScore(input.attitudeComplaint(), invitation.outcome());
		Integer time = RatingRules.timeScore(invitation.outcome());
		Integer steps = this.jdbc.sql("select step_score from satisfaction_invitation where id = ?")
			.param(invitation.id())
			.query(Integer.class)
			.optional()
			.orElse(null);
		int claimed = this.jdbc.sql("update satisfaction_invitation set rated_at = ? where id = ? and rated_at is null")
			.params(java.sql.Timestamp.from(at), invitation.id())
			.update();
		if (claimed == 0) {
			throw DomainException.conflict("satisfaction.rating.already-given", null, invitation.dossierCode());
		}
		long ratingId;
		try {
			ratingId = this.jdbc.sql("""
					insert into satisfaction_rating (invitation_id, dossier_code, procedure_code, agency_code,
					  desk_agency_code, dossier_channel, channel, given_at, contacts, agencies_contacted,
					  attitude_complaint, online_level, overall, comment, index1, index2, index3, index4, index7)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(invitation.id(), invitation.dossierCode(), invitation.procedureCode(), invitation.agencyCode(),
						invitation.deskAgencyCode(), invitation.dossierChannel().name(), channel,
						java.sql.Timestamp.from(at), Math.min(input.contacts(), 2), contacted.name(),
						input.attitudeComplaint(), (online != null) ? online.name() : null, input.overall(), comment,
						time, steps, contacts, agencies, attitude)
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("satisfaction.rating.already-given", null, invitation.dossierCode());
		}
		String officers = this.jdbc.sql("select officers::text from satisfaction_invitation where id = ?")
			.param(invitation.id())
			.query(String.class)
			.single();
		this.json.readValue(officers, OFFICERS)
			.forEach((username, score) -> this.jdbc
				.sql("insert into satisfaction_rating_officer (rating_id, username, step_score) values (?, ?, ?)")
				.params(ratingId, username, score)
				.update());
		int total = contacts + agencies + attitude + ((time != null) ? time : 0) + ((steps != null) ? steps : 0);
		return new RatingGiven(invitation.dossierCode(), invitation.agencyCode(), invitation.deskAgencyCode(), channel,
				total, input.overall(), at);
	}

	/** Registers a rating tablet for a desk; its key. */
	@Transactional
	public String registerKiosk(String deskAgencyCode, String createdBy) {
		String key = Tokens.next();
		this.jdbc
			.sql("insert into satisfaction_kiosk (key, desk_agency_code, created_by, created_at) values (?, ?, ?, ?)")
			.params(key, deskAgencyCode, createdBy, java.sql.Timestamp.from(this.clock.instant()))
			.update();
		return key;
	}

	/** The desk of a kiosk key; refused if unknown. */
	public String kioskDesk(String key) {
		if (!Tokens.plausible(key)) {
			throw DomainException.notFound("satisfaction.kiosk.unknown");
		}
		return this.jdbc.sql("select desk_agency_code from satisfaction_kiosk where key = ?")
			.param(key)
			.query(String.class)
			.optional()
			.orElseThrow(() -> DomainException.notFound("satisfaction.kiosk.unknown"));
	}

	/** The kiosks of a desk, newest first. */
	public List<String> kiosks(String deskAgencyCode) {
		return this.jdbc.sql("select key from satisfaction_kiosk where desk_agency_code = ? order by created_at desc")
			.param(deskAgencyCode)
			.query(String.class)
			.list();
	}

	/**
	 * The next result to rate at a kiosk: the oldest unrated one returned at its desk
	 * within the last {@link #KIOSK_WINDOW}, at the counter.
	 */
	public Optional<Invitation> nextAtKiosk(String key) {
		String desk = kioskDesk(key);
		Instant since = this.clock.instant().minus(KIOSK_WINDOW);
		return this.jdbc.sql("""
				select * from satisfaction_invitation where desk_agency_code = ? and rated_at is null
				  and returned_at >= ? order by returned_at, id limit 1""")
			.params(desk, java.sql.Timestamp.from(since))
			.query(this::invitation)
			.optional();
	}

	private Invitation invitation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		java.sql.Timestamp rated = rs.getTimestamp("rated_at");
		return new Invitation(rs.getLong("id"), rs.getString("token"), rs.getString("dossier_code"),
				rs.getString("procedure_code"), rs.getString("agency_code"), rs.getString("desk_agency_code"),
				Channel.valueOf(rs.getString("dossier_channel")), rs.getString("outcome"),
				rs.getTimestamp("returned_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				(rated != null) ? rated.toInstant() : null);
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field,
			String code) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid(code, field, value);
		}
	}

}
