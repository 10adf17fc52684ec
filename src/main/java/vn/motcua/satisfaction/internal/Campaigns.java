package vn.motcua.satisfaction.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.Deadlines;
import vn.motcua.catalog.Procedures;
import vn.motcua.dossier.ReturnedDossier;
import vn.motcua.dossier.ReturnedDossiers;
import vn.motcua.organization.Agencies;
import vn.motcua.satisfaction.SurveyInvitations;
import vn.motcua.satisfaction.SurveyInvitationsIssued;
import vn.motcua.shared.DomainException;

/**
 * Survey campaigns: creation, the sampling frame of returned dossiers in strata (agency,
 * field, channel), the seeded stratified sample with one-time links, the invitation and
 * the reminders (sent by the notification module), closing.
 */
@Service
public class Campaigns implements SurveyInvitations {

	private final JdbcClient jdbc;

	private final ReturnedDossiers dossiers;

	private final Procedures procedures;

	private final Agencies agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Campaigns(JdbcClient jdbc, ReturnedDossiers dossiers, Procedures procedures, Agencies agencies,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.procedures = procedures;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	/** What a manager fills in to start a campaign. */
	public record CampaignForm(@Nullable String name, @Nullable Integer year, @Nullable String scopeAgencyCode,
			@Nullable LocalDate periodFrom, @Nullable LocalDate periodTo, @Nullable BigDecimal margin,
			@Nullable BigDecimal responseRate, @Nullable Long seed) {

	}

	/** A campaign as the pages show it. */
	public record Campaign(long id, String name, int year, String scopeAgencyCode, int questionnaireVersion,
			LocalDate periodFrom, LocalDate periodTo, BigDecimal margin, BigDecimal responseRate, long seed,
			String status, int frameSize, String createdBy, Instant createdAt, long sampled, long responded,
			@Nullable Instant invitedAt, int reminders) {

		public double responseShare() {
			return (this.sampled == 0) ? 0 : (double) this.responded / this.sampled;
		}

	}

	/** A stratum with its live response count. */
	public record StratumProgress(String stratum, String agencyCode, String field, String channel, int frameSize,
			int sampleSize, long responded) {

		public double responseShare() {
			return (this.sampleSize == 0) ? 0 : (double) this.responded / this.sampleSize;
		}

	}

	/** A sampled person, for the invitation list. */
	public record SampledUnit(long id, String dossierCode, String agencyCode, String stratum, String token,
			@Nullable String contact, @Nullable Instant respondedAt) {

	}

	@Transactional
	public Campaign create(CampaignForm form, String actor) {
		String name = (form.name() == null) ? "" : form.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			throw DomainException.invalid("satisfaction.campaign.name", "name");
		}
		if (form.year() == null || form.year() < 2000 || form.year() > 2100) {
			throw DomainException.invalid("satisfaction.year.invalid", "year", String.valueOf(form.year()));
		}
		String scope = (form.scopeAgencyCode() == null) ? "" : form.scopeAgencyCode().strip();
		if (!this.agencies.exists(scope)) {
			throw DomainException.invalid("satisfaction.agency.unknown", "scopeAgencyCode", scope);
		}
		if (form.periodFrom() == null || form.periodTo() == null || form.periodTo().isBefore(form.periodFrom())) {
			throw DomainException.invalid("satisfaction.campaign.period", "periodTo");
		}
		BigDecimal margin = (form.margin() != null) ? form.margin() : new BigDecimal("0.05");
		if (margin.compareTo(new BigDecimal("0.005")) < 0 || margin.compareTo(new BigDecimal("0.2")) > 0) {
			throw DomainException.invalid("satisfaction.campaign.margin", "margin");
		}
		BigDecimal rate = (form.responseRate() != null) ? form.responseRate() : new BigDecimal("0.6");
		if (rate.compareTo(new BigDecimal("0.05")) < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
			throw DomainException.invalid("satisfaction.campaign.response-rate", "responseRate");
		}
		long seed = (form.seed() != null) ? form.seed() : this.clock.millis();
		long id = this.jdbc.sql("""
				insert into satisfaction_campaign (name, year, scope_agency_code, questionnaire_version, period_from,
				  period_to, margin, response_rate, seed, status, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?) returning id""")
			.params(name, form.year(), scope, Questionnaire.V1.version(), form.periodFrom(), form.periodTo(), margin,
					rate, seed, actor, Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		return find(id);
	}

	public Campaign find(long id) {
		return this.jdbc.sql(SELECT + " where c.id = ?")
			.param(id)
			.query(this::campaign)
			.optional()
			.orElseThrow(() -> DomainException.notFound("satisfaction.campaign.unknown", id));
	}

	public List<Campaign> all() {
		return this.jdbc.sql(SELECT + " order by c.year desc, c.id desc").query(this::campaign).list();
	}

	private static final String SELECT = """
			select c.*, (select count(*) from satisfaction_sample s where s.campaign_id = c.id) as sampled,
			  (select coalesce(sum(st.respondents), 0) from satisfaction_stratum st where st.campaign_id = c.id)
			    as responded,
			  (select i.issued_at from satisfaction_invitation_round i where i.campaign_id = c.id and i.round = 0)
			    as invited_at,
			  (select coalesce(max(i.round), 0) from satisfaction_invitation_round i where i.campaign_id = c.id)
			    as reminders
			from satisfaction_campaign c""";

	/**
	 * Builds the frame from the dossiers returned in the campaign's period within its
	 * scope and draws the sample; the campaign opens. Refused if the frame is empty or
	 * the campaign was sampled already.
	 */
	@Transactional
	public Campaign sample(long id) {
		Campaign campaign = find(id);
		if (!"DRAFT".equals(campaign.status())) {
			throw DomainException.conflict("satisfaction.campaign.already-sampled", null, campaign.name());
		}
		Set<String> scope = this.agencies.withDescendants(campaign.scopeAgencyCode());
		Instant from = campaign.periodFrom().atStartOfDay(Deadlines.VIETNAM).toInstant();
		Instant to = campaign.periodTo().plusDays(1).atStartOfDay(Deadlines.VIETNAM).toInstant();
		List<ReturnedDossier> frame = this.dossiers.returnedBetween(scope, from, to);
		if (frame.isEmpty()) {
			throw DomainException.unprocessable("satisfaction.campaign.empty-frame", null, campaign.name());
		}
		Map<String, String> fields = new HashMap<>();
		Map<String, ReturnedDossier> byCode = new HashMap<>();
		List<SurveySampling.Unit> units = new ArrayList<>();
		Map<String, String[]> strata = new HashMap<>();
		for (ReturnedDossier dossier : frame) {
			String field = fields.computeIfAbsent(dossier.procedureCode(),
					(code) -> this.procedures.findPublished(code).map((p) -> p.details().field()).orElse("-"));
			String stratum = dossier.agencyCode() + "|" + field + "|" + dossier.channel().name();
			strata.putIfAbsent(stratum, new String[] { dossier.agencyCode(), field, dossier.channel().name() });
			units.add(new SurveySampling.Unit(dossier.code(), stratum));
			byCode.put(dossier.code(), dossier);
		}
		int size = SampleSize.invitations(campaign.margin().doubleValue(), 0.5, frame.size(),
				campaign.responseRate().doubleValue());
		size = Math.min(frame.size(), Math.max(size, strata.size()));
		SurveySampling.Sample sample = SurveySampling.draw(units, size, campaign.seed());
		sample.frameSizes().forEach((stratum, frameSize) -> {
			String[] parts = strata.get(stratum);
			this.jdbc.sql("""
					insert into satisfaction_stratum (campaign_id, stratum, agency_code, field, channel, frame_size,
					  sample_size) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, stratum, parts[0], parts[1], parts[2], frameSize,
						sample.allocation().getOrDefault(stratum, 0))
				.update();
		});
		for (SurveySampling.Unit unit : sample.units()) {
			ReturnedDossier dossier = byCode.get(unit.code());
			String contact = (dossier.applicant().email() != null) ? dossier.applicant().email()
					: dossier.applicant().phone();
			this.jdbc.sql("""
					insert into satisfaction_sample (campaign_id, stratum, dossier_code, agency_code, token, contact)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id, unit.stratum(), unit.code(), dossier.agencyCode(), Tokens.next(), contact)
				.update();
		}
		this.jdbc.sql("update satisfaction_campaign set status = 'OPEN', frame_size = ? where id = ?")
			.params(frame.size(), id)
			.update();
		return find(id);
	}

	@Transactional
	public Campaign close(long id) {
		Campaign campaign = find(id);
		if (!"OPEN".equals(campaign.status())) {
			throw DomainException.conflict("satisfaction.campaign.not-open", null, campaign.name());
		}
		this.jdbc.sql("update satisfaction_campaign set status = 'CLOSED', closed_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), id)
			.update();
		return find(id);
	}

	/** The most reminders a campaign sends after its invitation. */
	public static final int MAX_REMINDERS = 3;

	/**
	 * A round of invitations as issued.
	 *
	 * @param round 0 for the invitation, n for the n-th reminder
	 * @param recipients the people written to (not answered, with a contact)
	 * @param withoutContact the people of the round without e-mail or phone, to be
	 * reached another way (the links list)
	 */
	public record Round(int round, int recipients, int withoutContact) {

	}

	/**
	 * Issues the campaign's invitations: every sampled person who has not answered yet
	 * gets the one-time link by e-mail or SMS (the notification module sends them on
	 * {@link SurveyInvitationsIssued}). Once per campaign; refused when the campaign is
	 * not open.
	 */
	@Transactional
	public Round invite(long id, String actor) {
		Campaign campaign = find(id);
		if (!"OPEN".equals(campaign.status())) {
			throw DomainException.conflict("satisfaction.campaign.not-open", null, campaign.name());
		}
		if (campaign.invitedAt() != null) {
			throw DomainException.conflict("satisfaction.campaign.already-invited", null, campaign.name());
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				update satisfaction_sample set invited_at = ? where campaign_id = ? and responded_at is null""")
			.params(Timestamp.from(now), id)
			.update();
		return issue(campaign, 0, actor, now, "invited_at is not null");
	}

	/**
	 * Issues the next reminder: those invited who have not answered yet get their link
	 * again. Refused before the invitation, after {@link #MAX_REMINDERS} reminders, when
	 * everyone answered, or when the campaign is not open.
	 */
	@Transactional
	public Round remind(long id, String actor) {
		Campaign campaign = find(id);
		if (!"OPEN".equals(campaign.status())) {
			throw DomainException.conflict("satisfaction.campaign.not-open", null, campaign.name());
		}
		if (campaign.invitedAt() == null) {
			throw DomainException.conflict("satisfaction.campaign.not-invited", null, campaign.name());
		}
		int round = campaign.reminders() + 1;
		if (round > MAX_REMINDERS) {
			throw DomainException.conflict("satisfaction.campaign.reminders-exhausted", null, campaign.name(),
					MAX_REMINDERS);
		}
		Instant now = this.clock.instant();
		int included = this.jdbc.sql("""
				update satisfaction_sample set reminders = ?, reminded_at = ?
				 where campaign_id = ? and invited_at is not null and responded_at is null""")
			.params(round, Timestamp.from(now), id)
			.update();
		if (included == 0) {
			throw DomainException.conflict("satisfaction.campaign.nobody-to-remind", null, campaign.name());
		}
		return issue(campaign, round, actor, now, "reminders >= " + round);
	}

	private Round issue(Campaign campaign, int round, String actor, Instant now, String included) {
		Map<String, Object> counts = this.jdbc.sql("""
				select count(*) filter (where contact is not null and contact <> '') as recipients,
				  count(*) filter (where contact is null or contact = '') as without_contact
				from satisfaction_sample where campaign_id = ? and responded_at is null and %s""".formatted(included))
			.param(campaign.id())
			.query()
			.singleRow();
		Round issued = new Round(round, ((Number) counts.get("recipients")).intValue(),
				((Number) counts.get("without_contact")).intValue());
		try {
			this.jdbc.sql("""
					insert into satisfaction_invitation_round (campaign_id, round, issued_at, issued_by, recipients,
					  without_contact) values (?, ?, ?, ?, ?, ?)""")
				.params(campaign.id(), round, Timestamp.from(now), actor, issued.recipients(), issued.withoutContact())
				.update();
		}
		catch (DuplicateKeyException ex) {
			// another manager issued the same round a moment ago
			throw DomainException.conflict(
					(round == 0) ? "satisfaction.campaign.already-invited" : "satisfaction.campaign.reminder-issued",
					null, campaign.name());
		}
		this.events.publishEvent(new SurveyInvitationsIssued(campaign.id(), campaign.name(), round, now));
		return issued;
	}

	@Override
	public List<Invitee> round(long campaignId, int round) {
		String included = (round == 0) ? "s.invited_at is not null" : "s.reminders >= :round";
		return this.jdbc.sql("""
				select s.id, s.dossier_code, s.agency_code, s.contact, s.token
				from satisfaction_sample s join satisfaction_campaign c on c.id = s.campaign_id
				where s.campaign_id = :campaign and c.status = 'OPEN' and s.responded_at is null
				  and s.contact is not null and s.contact <> '' and %s
				  and exists (select 1 from satisfaction_invitation_round r where r.campaign_id = s.campaign_id
				    and r.round = :round)
				order by s.id""".formatted(included))
			.param("campaign", campaignId)
			.param("round", round)
			.query((rs, row) -> new Invitee(rs.getLong("id"), rs.getString("dossier_code"), rs.getString("agency_code"),
					rs.getString("contact"), surveyPath(rs.getString("token"))))
			.list();
	}

	/** The one-time survey page of a token. */
	public static String surveyPath(String token) {
		return "/survey/" + token;
	}

	public List<StratumProgress> strata(long id) {
		return this.jdbc.sql("""
				select st.*, st.respondents as responded
				from satisfaction_stratum st where st.campaign_id = ? order by st.agency_code, st.field, st.channel""")
			.param(id)
			.query((rs, row) -> new StratumProgress(rs.getString("stratum"), rs.getString("agency_code"),
					rs.getString("field"), rs.getString("channel"), rs.getInt("frame_size"), rs.getInt("sample_size"),
					rs.getLong("responded")))
			.list();
	}

	public List<SampledUnit> samples(long id) {
		return this.jdbc.sql("select * from satisfaction_sample where campaign_id = ? order by stratum, dossier_code")
			.param(id)
			.query(this::sampled)
			.list();
	}

	public Optional<SampledUnit> sampleByToken(String token) {
		if (!Tokens.plausible(token)) {
			return Optional.empty();
		}
		return this.jdbc.sql("select * from satisfaction_sample where token = ?")
			.param(token)
			.query(this::sampled)
			.optional();
	}

	public Optional<SampledUnit> sampleByDossier(long campaignId, String dossierCode) {
		return this.jdbc.sql("select * from satisfaction_sample where campaign_id = ? and dossier_code = ?")
			.params(campaignId, dossierCode)
			.query(this::sampled)
			.optional();
	}

	long campaignOf(long sampleId) {
		return this.jdbc.sql("select campaign_id from satisfaction_sample where id = ?")
			.param(sampleId)
			.query(Long.class)
			.single();
	}

	private SampledUnit sampled(ResultSet rs, int row) throws SQLException {
		Timestamp responded = rs.getTimestamp("responded_at");
		return new SampledUnit(rs.getLong("id"), rs.getString("dossier_code"), rs.getString("agency_code"),
				rs.getString("stratum"), rs.getString("token"), rs.getString("contact"),
				(responded != null) ? responded.toInstant() : null);
	}

	private Campaign campaign(ResultSet rs, int row) throws SQLException {
		return new Campaign(rs.getLong("id"), rs.getString("name"), rs.getInt("year"),
				rs.getString("scope_agency_code"), rs.getInt("questionnaire_version"),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				rs.getBigDecimal("margin"), rs.getBigDecimal("response_rate"), rs.getLong("seed"),
				rs.getString("status"), rs.getInt("frame_size"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getLong("sampled"), rs.getLong("responded"),
				(rs.getTimestamp("invited_at") != null) ? rs.getTimestamp("invited_at").toInstant() : null,
				rs.getInt("reminders"));
	}

}
