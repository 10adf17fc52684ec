package vn.motcua.satisfaction.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.satisfaction.RatingGiven;
import vn.motcua.satisfaction.SurveyAnswered;
import vn.motcua.satisfaction.internal.Campaigns;
import vn.motcua.satisfaction.internal.IndexEstimator;
import vn.motcua.satisfaction.internal.Questionnaire;
import vn.motcua.satisfaction.internal.RatingInput;
import vn.motcua.satisfaction.internal.Ratings;
import vn.motcua.satisfaction.internal.SatisfactionIndexes;
import vn.motcua.satisfaction.internal.SurveyAnswers;
import vn.motcua.satisfaction.internal.SurveyResponses;
import vn.motcua.shared.DomainException;

/**
 * The satisfaction API: the published index (public), a rating by its token (public,
 * never by staff accounts), survey answers by their one-time link (public), and survey
 * campaigns (survey managers).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Satisfaction", description = "Per-transaction ratings and the SIPAS-shaped satisfaction index")
class SatisfactionApi {

	private final Ratings ratings;

	private final SatisfactionIndexes indexes;

	private final Campaigns campaigns;

	private final SurveyResponses responses;

	SatisfactionApi(Ratings ratings, SatisfactionIndexes indexes, Campaigns campaigns, SurveyResponses responses) {
		this.ratings = ratings;
		this.indexes = indexes;
		this.campaigns = campaigns;
		this.responses = responses;
	}

	@GetMapping("/satisfaction/index")
	@Operation(summary = "The satisfaction index of a unit and year",
			description = "Share of respondents satisfied or very satisfied (answers 4–5 of 5), in percent with one"
					+ " decimal, overall (mean of the 5 elements) and per element, stratified by the sampling frame,"
					+ " with the 95 % confidence interval of the overall index. Null values and 0 respondents when"
					+ " no survey answered for the unit that year.")
	Map<String, Object> index(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String year) {
		int y = parseYear(year);
		this.indexes.check(agency, y);
		SatisfactionIndexes.UnitIndex index = this.indexes.index(agency.strip(), y);
		Map<String, Object> body = new LinkedHashMap<>();
		IndexEstimator.Estimate overall = index.overall();
		body.put("index", percent(overall));
		Map<String, Object> elements = new LinkedHashMap<>();
		for (String element : Questionnaire.ELEMENTS) {
			elements.put(element, percent(index.elements().get(element)));
		}
		body.put("elements", elements);
		body.put("respondents", index.respondents());
		body.put("ci95", (overall != null) ? List.of(round(overall.low()), round(overall.high())) : null);
		return body;
	}

	@PostMapping("/ratings/{token}")
	@Operation(summary = "Rate the handling of a returned dossier",
			description = "The token comes from the invitation (link or QR code on the result slip). One rating per"
					+ " dossier; staff accounts are refused. Returns the dossier's points for indices 1, 2, 3, 4, 7.")
	ResponseEntity<Map<String, Object>> rate(@PathVariable String token, @RequestBody RatingInput input,
			@Nullable Authentication authentication) {
		Raters.refuseStaff(authentication);
		RatingGiven given = this.ratings.rate(token, input, "ONLINE");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("dossierCode", given.dossierCode());
		body.put("total", given.total());
		body.put("givenAt", given.occurredAt());
		return ResponseEntity.status(HttpStatus.CREATED).body(body);
	}

	@PostMapping("/surveys/{token}")
	@Operation(summary = "Answer a survey through a one-time link",
			description = "All five satisfaction answers (1–5) are required; perceptions 1–5; expectations name a"
					+ " criterion of their element. The link can be used once.")
	ResponseEntity<Map<String, Object>> answer(@PathVariable String token, @RequestBody SurveyAnswers answers,
			@Nullable Authentication authentication) {
		Raters.refuseStaff(authentication);
		SurveyAnswered answered = this.responses.answerOnline(token, answers);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("campaignId", answered.campaignId(), "answeredAt", answered.occurredAt()));
	}

	@PostMapping("/satisfaction/campaigns")
	@Operation(summary = "Create a survey campaign (survey managers)")
	ResponseEntity<Campaigns.Campaign> create(@RequestBody Campaigns.CampaignForm form,
			@Nullable Authentication authentication) {
		String actor = Raters.surveyManager(authentication).getUsername();
		return ResponseEntity.status(HttpStatus.CREATED).body(this.campaigns.create(form, actor));
	}

	@PostMapping("/satisfaction/campaigns/{id}/sample")
	@Operation(summary = "Build the sampling frame and draw the stratified sample (survey managers)")
	Map<String, Object> sample(@PathVariable long id, @Nullable Authentication authentication) {
		Raters.surveyManager(authentication);
		Campaigns.Campaign campaign = this.campaigns.sample(id);
		return Map.of("campaign", campaign, "strata", this.campaigns.strata(id));
	}

	@PostMapping("/satisfaction/campaigns/{id}/invitations")
	@Operation(summary = "Send the campaign's invitations (survey managers)",
			description = "Every sampled person who has not answered gets the one-time link by e-mail or SMS (the"
					+ " contact written on the dossier), once per campaign. Returns how many are written to and how"
					+ " many have no contact (reach them with the links list). 409 when already sent or the campaign"
					+ " is not open.")
	ResponseEntity<Campaigns.Round> invite(@PathVariable long id, @Nullable Authentication authentication) {
		String actor = Raters.surveyManager(authentication).getUsername();
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(this.campaigns.invite(id, actor));
	}

	@PostMapping("/satisfaction/campaigns/{id}/reminders")
	@Operation(summary = "Send the next reminder (survey managers)",
			description = "Those invited who have not answered get their link again; at most " + Campaigns.MAX_REMINDERS
					+ " reminders. 409 before the invitation, when everyone answered,"
					+ " after the last reminder or when the campaign is not open.")
	ResponseEntity<Campaigns.Round> remind(@PathVariable long id, @Nullable Authentication authentication) {
		String actor = Raters.surveyManager(authentication).getUsername();
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(this.campaigns.remind(id, actor));
	}

	@GetMapping("/satisfaction/campaigns/{id}/strata")
	@Operation(summary = "Live response rates per stratum (survey managers)")
	List<Campaigns.StratumProgress> strata(@PathVariable long id, @Nullable Authentication authentication) {
		Raters.surveyManager(authentication);
		this.campaigns.find(id);
		return this.campaigns.strata(id);
	}

	@GetMapping("/satisfaction/campaigns/{id}/samples")
	@Operation(summary = "The sampled dossiers with their one-time links (survey managers)")
	List<Campaigns.SampledUnit> samples(@PathVariable long id, @Nullable Authentication authentication) {
		Raters.surveyManager(authentication);
		this.campaigns.find(id);
		return new ArrayList<>(this.campaigns.samples(id));
	}

	/** A paper form typed by a surveyor. */
	record PaperForm(@Nullable String dossierCode, @Nullable SurveyAnswers answers) {

	}

	@PostMapping("/satisfaction/campaigns/{id}/paper")
	@Operation(summary = "Enter a paper form (double entry)",
			description = "The first entry is kept (202, AWAITING_SECOND_ENTRY); a second entry by another person with"
					+ " the same answers makes the response count (201, VERIFIED); a differing second entry (409"
					+ " satisfaction.paper.mismatch), the same person twice or a form already verified are refused.")
	ResponseEntity<Map<String, Object>> paper(@PathVariable long id, @RequestBody PaperForm form,
			@Nullable Authentication authentication) {
		String surveyor = Raters.surveyor(authentication).getUsername();
		SurveyAnswers answers = (form.answers() != null) ? form.answers()
				: new SurveyAnswers(Map.of(), Map.of(), Map.of(), Map.of());
		SurveyResponses.PaperOutcome outcome = this.responses.enterPaper(id,
				(form.dossierCode() != null) ? form.dossierCode() : "", answers, surveyor);
		return ResponseEntity
			.status((outcome == SurveyResponses.PaperOutcome.VERIFIED) ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
			.body(Map.of("outcome", outcome.name()));
	}

	static int parseYear(@Nullable String year) {
		if (year == null || !year.strip().matches("\\d{4}")) {
			throw DomainException.invalid("satisfaction.year.invalid", "year", String.valueOf(year));
		}
		return Integer.parseInt(year.strip());
	}

	static @Nullable Double percent(IndexEstimator.@Nullable Estimate estimate) {
		return (estimate != null) ? round(estimate.value()) : null;
	}

	static double round(double share) {
		return Math.round(share * 1000) / 10.0;
	}

}
