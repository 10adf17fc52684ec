package vn.motcua.satisfaction.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.satisfaction.SurveyAnswered;
import vn.motcua.shared.DomainException;

/**
 * Survey responses: online through the one-time link, or typed from paper twice by two
 * different people (the response counts once both entries agree).
 */
@Service
public class SurveyResponses {

	private final JdbcClient jdbc;

	private final Campaigns campaigns;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SurveyResponses(JdbcClient jdbc, Campaigns campaigns, JsonMapper json, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/** What became of a paper entry. */
	public enum PaperOutcome {

		/** The first entry is kept; a second person must type the form again. */
		AWAITING_SECOND_ENTRY,
		/** Both entries agree: the response counts. */
		VERIFIED

	}

	/** The sampled unit of an online link, if the link is valid and not used. */
	public Campaigns.SampledUnit openLink(String token) {
		Campaigns.SampledUnit unit = this.campaigns.sampleByToken(token)
			.orElseThrow(() -> DomainException.notFound("satisfaction.survey.token-unknown"));
		if (unit.respondedAt() != null) {
			throw DomainException.conflict("satisfaction.survey.already-answered", null, unit.dossierCode());
		}
		Campaigns.Campaign campaign = this.campaigns.find(this.campaigns.campaignOf(unit.id()));
		if (!"OPEN".equals(campaign.status())) {
			throw DomainException.conflict("satisfaction.campaign.not-open", null, campaign.name());
		}
		return unit;
	}

	@Transactional
	public SurveyAnswered answerOnline(String token, SurveyAnswers answers) {
		Campaigns.SampledUnit unit = openLink(token);
		return store(unit, answers, "ONLINE", null);
	}

	/**
	 * A surveyor types a paper form of a sampled dossier. The first entry is kept; a
	 * second entry by someone else must give the same answers.
	 */
	@Transactional
	public PaperOutcome enterPaper(long campaignId, String dossierCode, SurveyAnswers answers, String surveyor) {
		Campaigns.Campaign campaign = this.campaigns.find(campaignId);
		if (!"OPEN".equals(campaign.status())) {
			throw DomainException.conflict("satisfaction.campaign.not-open", null, campaign.name());
		}
		Campaigns.SampledUnit unit = this.campaigns
			.sampleByDossier(campaignId, (dossierCode == null) ? "" : dossierCode.strip())
			.orElseThrow(() -> DomainException.invalid("satisfaction.paper.not-sampled", "dossierCode",
					String.valueOf(dossierCode)));
		if (unit.respondedAt() != null) {
			throw DomainException.conflict("satisfaction.paper.duplicate", "dossierCode", unit.dossierCode());
		}
		answers.check(questionnaire(campaign));
		String canonical = this.json.writeValueAsString(answers);
		Optional<String[]> first = this.jdbc
			.sql("select entered_by, answers::text from satisfaction_paper_entry where sample_id = ?")
			.param(unit.id())
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional();
		if (first.isEmpty()) {
			this.jdbc.sql("""
					insert into satisfaction_paper_entry (sample_id, entered_by, answers, entered_at)
					values (?, ?, cast(? as jsonb), ?)""")
				.params(unit.id(), surveyor, canonical, Timestamp.from(this.clock.instant()))
				.update();
			return PaperOutcome.AWAITING_SECOND_ENTRY;
		}
		if (first.get()[0].equals(surveyor)) {
			throw DomainException.conflict("satisfaction.paper.same-surveyor", "dossierCode", unit.dossierCode());
		}
		SurveyAnswers earlier = this.json.readValue(first.get()[1], SurveyAnswers.class);
		if (!earlier.equals(answers)) {
			throw DomainException.conflict("satisfaction.paper.mismatch", "dossierCode", unit.dossierCode());
		}
		store(unit, answers, "PAPER", surveyor);
		return PaperOutcome.VERIFIED;
	}

	SurveyAnswered store(Campaigns.SampledUnit unit, SurveyAnswers answers, String mode, @Nullable String enteredBy) {
		long campaignId = this.campaigns.campaignOf(unit.id());
		answers.check(questionnaire(this.campaigns.find(campaignId)));
		Instant now = this.clock.instant();
		int claimed = this.jdbc
			.sql("update satisfaction_sample set responded_at = ? where id = ? and responded_at is null")
			.params(Timestamp.from(now), unit.id())
			.update();
		if (claimed == 0) {
			throw DomainException.conflict("satisfaction.survey.already-answered", null, unit.dossierCode());
		}
		this.jdbc
			.sql("""
					insert into satisfaction_response (campaign_id, sample_id, stratum, agency_code, mode, entered_by, answers,
					  access_ok, procedure_ok, officials_ok, result_ok, feedback_ok, submitted_at)
					values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)""")
			.params(campaignId, unit.id(), unit.stratum(), unit.agencyCode(), mode, enteredBy,
					this.json.writeValueAsString(answers), answers.satisfied("access"), answers.satisfied("procedure"),
					answers.satisfied("officials"), answers.satisfied("result"), answers.satisfied("feedback"),
					Timestamp.from(now))
			.update();
		addToStratum(campaignId, unit.stratum(), answers);
		SurveyAnswered answered = new SurveyAnswered(campaignId, unit.agencyCode(), unit.stratum(), mode, now);
		this.events.publishEvent(answered);
		return answered;
	}

	/**
	 * Adds the response to its stratum's totals, from which {@link SatisfactionIndexes}
	 * estimates the index without reading the responses.
	 */
	private void addToStratum(long campaignId, String stratum, SurveyAnswers answers) {
		int[] flags = new int[Questionnaire.ELEMENTS.size()];
		int k = 0;
		for (int i = 0; i < flags.length; i++) {
			flags[i] = answers.satisfied(Questionnaire.ELEMENTS.get(i));
			k += flags[i];
		}
		int updated = this.jdbc.sql("""
				update satisfaction_stratum set respondents = respondents + 1, satisfied_sum = satisfied_sum + ?,
				  satisfied_squares = satisfied_squares + ?, access_satisfied = access_satisfied + ?,
				  procedure_satisfied = procedure_satisfied + ?, officials_satisfied = officials_satisfied + ?,
				  result_satisfied = result_satisfied + ?, feedback_satisfied = feedback_satisfied + ?
				where campaign_id = ? and stratum = ?""")
			.params(k, k * k, flags[0], flags[1], flags[2], flags[3], flags[4], campaignId, stratum)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("no stratum " + stratum + " in campaign " + campaignId);
		}
	}

	private static Questionnaire questionnaire(Campaigns.Campaign campaign) {
		return Questionnaire.version(campaign.questionnaireVersion()).orElseThrow();
	}

}
