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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.Deadlines;
import vn.motcua.catalog.Procedures;
import vn.motcua.dossier.ReturnedDossier;
import vn.motcua.dossier.ReturnedDossiers;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.DomainException;

/**
 * Survey campaigns: creation, the sampling frame of returned dossiers in strata (agency,
 * field, channel), the seeded stratified sample with one-time links, closing.
 */
@Service
public class Campaigns {

	private final JdbcClient jdbc;

	private final ReturnedDossiers dossiers;

	private final Procedures procedures;

	private final Agencies agencies;

	private final Clock clock;

	Campaigns(JdbcClient jdbc, ReturnedDossiers dossiers, Procedures procedures, Agencies agencies, Clock clock) {
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.procedures = procedures;
		this.agencies = agencies;
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
			String status, int frameSize, String createdBy, Instant createdAt, long sampled, long responded) {

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
			  (select count(*) from satisfaction_response r where r.campaign_id = c.id) as responded
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

	/** Marks the sampled people as invited (the links were handed out); how many. */
	@Transactional
	public int markInvited(long id) {
		Instant now = this.clock.instant();
		int first = this.jdbc
			.sql("update satisfaction_sample set invited_at = ? where campaign_id = ? and invited_at is null")
			.params(Timestamp.from(now), id)
			.update();
		if (first > 0) {
			return first;
		}
		// a second call reminds those who have not answered yet
		return this.jdbc.sql("""
				update satisfaction_sample set reminded_at = ? where campaign_id = ? and responded_at is null""")
			.params(Timestamp.from(now), id)
			.update();
	}

	public List<StratumProgress> strata(long id) {
		return this.jdbc.sql("""
				select st.*, (select count(*) from satisfaction_response r where r.campaign_id = st.campaign_id
				  and r.stratum = st.stratum) as responded
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
				rs.getTimestamp("created_at").toInstant(), rs.getLong("sampled"), rs.getLong("responded"));
	}

}
