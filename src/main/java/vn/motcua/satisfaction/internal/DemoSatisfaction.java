package vn.motcua.satisfaction.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.calendar.Deadlines;
import vn.motcua.dossier.ReturnedDossier;
import vn.motcua.dossier.ReturnedDossiers;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;

/**
 * <b>Synthetic</b> satisfaction data for the demo, so that the results pages mean
 * something on the first start: ratings of about a third of the dossiers returned in the
 * last twelve months (given a few days after the return, without events: they are not
 * real ratings), and last year's SIPAS-shaped campaign, sampled from the dossiers
 * returned last year, with answers from about 70 % of the sample, closed. The answers are
 * drawn from a fixed seed with plausible, made-up shares (feedback handling rated lowest,
 * the officials and the result highest, some units better than others).
 * <p>
 * Runs after the demo dossier history (order 30) under the demo data lock, once.
 */
@Component
@Order(40)
// built on the demo dossier history: without it (a test in another year) there is
// nothing to rate, and last year's campaign may fall outside the years allowed
@ConditionalOnExpression("${motcua.demo.enabled:false} and ${motcua.demo.history:true}")
class DemoSatisfaction implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSatisfaction.class);

	static final long SEED = 0x5_1BA5L;

	static final String ACTOR = "system";

	/** Made-up base shares satisfied per element. */
	static final Map<String, Double> BASE = Map.of("access", 0.80, "procedure", 0.83, "officials", 0.88, "result", 0.90,
			"feedback", 0.66);

	private final ReturnedDossiers dossiers;

	private final Agencies agencies;

	private final Ratings ratings;

	private final Campaigns campaigns;

	private final SurveyResponses responses;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoSatisfaction(ReturnedDossiers dossiers, Agencies agencies, Ratings ratings, Campaigns campaigns,
			SurveyResponses responses, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.dossiers = dossiers;
		this.agencies = agencies;
		this.ratings = ratings;
		this.campaigns = campaigns;
		this.responses = responses;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select exists (select 1 from satisfaction_campaign where created_by = ?)")
			.param(ACTOR)
			.query(Boolean.class)
			.single()) {
			return;
		}
		Instant now = this.clock.instant();
		Random random = new Random(SEED);
		List<String> all = this.agencies.all().stream().map(AgencyView::code).toList();
		Map<String, Double> quality = new HashMap<>();
		for (String code : all.stream().sorted().toList()) {
			quality.put(code, -0.12 + 0.2 * random.nextDouble());
		}
		int rated = this.transactions.execute((status) -> ratings(all, now, random, quality));
		long campaign = this.transactions.execute((status) -> {
			try {
				return campaign(now, random, quality);
			}
			catch (vn.motcua.shared.DomainException ex) {
				// e.g. no returned dossier to sample (demo history off): no campaign at
				// all rather than a half-made one
				log.info("Demo survey campaign not made: {}", ex.code());
				status.setRollbackOnly();
				return -1L;
			}
		});
		log.info("Demo data: {} synthetic ratings added{}", rated,
				(campaign < 0) ? "" : ", and last year’s survey campaign " + campaign);
	}

	private int ratings(List<String> all, Instant now, Random random, Map<String, Double> quality) {
		List<ReturnedDossier> returned = this.dossiers.returnedBetween(new java.util.HashSet<>(all),
				now.minus(Duration.ofDays(366)), now);
		int count = 0;
		for (ReturnedDossier summary : returned) {
			if (random.nextInt(100) >= 35) {
				continue;
			}
			ReturnedDossier dossier = this.dossiers.find(summary.code()).orElse(null);
			if (dossier == null) {
				continue;
			}
			this.ratings.insert(dossier, Tokens.next(), dossier.returnedAt());
			Ratings.Invitation invitation = this.ratings.byDossier(dossier.code()).orElseThrow();
			double q = quality.getOrDefault(dossier.agencyCode(), 0.0);
			boolean online = dossier.channel() == vn.motcua.dossier.Channel.ONLINE;
			int contacts = (random.nextDouble() < 0.80 + q) ? 0 : (random.nextDouble() < 0.7) ? 1 : 2;
			String agencies = online ? ((random.nextDouble() < 0.7) ? "NONE" : "ONE_STOP_ONLY")
					: (random.nextDouble() < 0.9 + q / 2) ? "ONE_STOP_ONLY" : "MORE_THAN_ONE";
			boolean complaint = random.nextDouble() < 0.04 - q / 4;
			String level = null;
			if (online) {
				double r = random.nextDouble();
				level = (r < 0.45 + q) ? "VERY_SATISFIED" : (r < 0.9) ? "SATISFIED" : "NOT_YET_SATISFIED";
			}
			int overall = Math.max(1, Math.min(5, (int) Math.round(4.2 + q * 4 + random.nextGaussian() * 0.8)));
			Instant given = dossier.returnedAt().plus(Duration.ofMinutes(5 + random.nextInt(60 * 24 * 3)));
			if (given.isAfter(now)) {
				given = now;
			}
			String channel = online ? "ONLINE" : (random.nextInt(100) < 60) ? "KIOSK" : "PAPER";
			this.ratings.store(invitation, new RatingInput(contacts, agencies, complaint, level, overall, null),
					channel, given);
			count++;
		}
		return count;
	}

	private long campaign(Instant now, Random random, Map<String, Double> quality) {
		LocalDate today = LocalDate.ofInstant(now, Deadlines.VIETNAM);
		int year = today.getYear() - 1;
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate earliest = today.minusDays(365);
		if (from.isBefore(earliest)) {
			from = earliest;
		}
		LocalDate to = LocalDate.of(year, 12, 31);
		if (!from.isBefore(to)) {
			to = today.minusDays(1);
		}
		String province = this.agencies.all()
			.stream()
			.filter((a) -> a.parentCode() == null)
			.map(AgencyView::code)
			.findFirst()
			.orElse("22");
		Campaigns.Campaign campaign = this.campaigns
			.create(new Campaigns.CampaignForm("Khảo sát SIPAS năm " + year + " (dữ liệu mẫu tổng hợp)", year, province,
					from, to, new BigDecimal("0.06"), new BigDecimal("0.7"), SEED), ACTOR);
		this.campaigns.sample(campaign.id());
		for (Campaigns.SampledUnit unit : this.campaigns.samples(campaign.id())) {
			if (random.nextInt(100) >= 70) {
				continue;
			}
			this.responses.store(unit, answers(random, quality.getOrDefault(unit.agencyCode(), 0.0)),
					(random.nextInt(100) < 55) ? "ONLINE" : "PAPER", null);
		}
		this.jdbc.sql("update satisfaction_sample set invited_at = ? where campaign_id = ?")
			.params(java.sql.Timestamp.from(now), campaign.id())
			.update();
		this.campaigns.close(campaign.id());
		return campaign.id();
	}

	static SurveyAnswers answers(Random random, double quality) {
		Map<String, Integer> perceptions = new HashMap<>();
		Map<String, Integer> satisfaction = new HashMap<>();
		Map<String, String> expectations = new HashMap<>();
		for (Questionnaire.Element element : Questionnaire.V1.elements()) {
			double base = BASE.get(element.code()) + quality;
			String lowest = null;
			int lowestValue = 6;
			List<String> criteria = new ArrayList<>(element.criteria());
			for (int i = 0; i < criteria.size(); i++) {
				// later criteria of an element are made slightly harder to satisfy
				double p = base - 0.04 * i;
				int value = level(random, p);
				perceptions.put(criteria.get(i), value);
				if (value < lowestValue) {
					lowestValue = value;
					lowest = criteria.get(i);
				}
			}
			satisfaction.put(element.code(), level(random, base));
			if (lowest != null && random.nextDouble() < 0.5) {
				expectations.put(element.code(), lowest);
			}
		}
		Map<String, String> profile = new HashMap<>();
		profile.put("gender", random.nextBoolean() ? "MALE" : "FEMALE");
		profile.put("age", Questionnaire.V1.profile().get("age").get(random.nextInt(5)));
		profile.put("education", Questionnaire.V1.profile().get("education").get(random.nextInt(4)));
		return new SurveyAnswers(perceptions, satisfaction, expectations, profile);
	}

	/** 4 or 5 with probability p, otherwise 1–3. */
	private static int level(Random random, double p) {
		if (random.nextDouble() < p) {
			return (random.nextDouble() < 0.4) ? 5 : 4;
		}
		double r = random.nextDouble();
		return (r < 0.6) ? 3 : (r < 0.9) ? 2 : 1;
	}

}
