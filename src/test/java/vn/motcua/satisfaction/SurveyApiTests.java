package vn.motcua.satisfaction;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import vn.motcua.browser.ReturnedDossierFixture;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossiers;
import vn.motcua.satisfaction.internal.Campaigns;
import vn.motcua.support.DemoTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A survey campaign from the frame of returned dossiers to the index API: only the survey
 * manager manages it, the sample is stratified and reproducible, answers out of scale and
 * reused links are refused, paper forms count after two matching entries, and
 * {@code GET /api/v1/satisfaction/index} returns the share satisfied with its interval.
 * Uses years of its own (2031–2033) so the demo campaign does not interfere.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Dossiers dossiers;

	@Autowired
	UserDetailsService users;

	String bearer(String username) throws Exception {
		return "Bearer " + DemoTokens.of(this.mvc, username);
	}

	String campaignBody(int year, LocalDate from, LocalDate to, long seed) {
		return """
				{"name":"Khảo sát %d","year":%d,"scopeAgencyCode":"06652","periodFrom":"%s","periodTo":"%s",
				 "margin":0.1,"responseRate":0.5,"seed":%d}""".formatted(year, year, from, to, seed);
	}

	ResultActions createAs(String user, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/satisfaction/campaigns").header("Authorization", bearer(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	long create(int year, LocalDate from, LocalDate to, long seed) throws Exception {
		MvcResult result = createAs("khaosat.snv", campaignBody(year, from, to, seed)).andExpect(status().isCreated())
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	static String answers(int access, int procedure, int officials, int result, int feedback) {
		return """
				{"perceptions":{"access.seats":%d,"officials.polite":4},
				 "satisfaction":{"access":%d,"procedure":%d,"officials":%d,"result":%d,"feedback":%d},
				 "expectations":{"procedure":"procedure.time"},"profile":{"gender":"FEMALE","age":"35-44"}}"""
			.formatted(access, access, procedure, officials, result, feedback);
	}

	ResultActions answer(String token, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/surveys/" + token).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	@Test
	void aCampaignGoesFromTheFrameToTheIndexOfTheUnit() throws Exception {
		LocalDate to = LocalDate.now();
		LocalDate from = to.minusDays(365);
		String body = campaignBody(2031, from, to, 7);
		createAs("chuyenvien.stp", body).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("satisfaction.campaign.manager-only"));
		createAs("tiepnhan.hatu", body).andExpect(status().isForbidden());
		long id = create(2031, from, to, 7);

		this.mvc
			.perform(post("/api/v1/satisfaction/campaigns/" + id + "/sample").header("Authorization",
					bearer("khaosat.snv")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.campaign.status").value("OPEN"));
		this.mvc
			.perform(post("/api/v1/satisfaction/campaigns/" + id + "/sample").header("Authorization",
					bearer("khaosat.snv")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("satisfaction.campaign.already-sampled"));

		List<Campaigns.StratumProgress> strata = this.campaigns.strata(id);
		int frame = strata.stream().mapToInt(Campaigns.StratumProgress::frameSize).sum();
		int sampled = strata.stream().mapToInt(Campaigns.StratumProgress::sampleSize).sum();
		assertThat(frame).isGreaterThan(50);
		assertThat(this.campaigns.samples(id)).hasSize(sampled);
		// proportional within one unit per stratum (largest remainders, at least one
		// each)
		for (Campaigns.StratumProgress stratum : strata) {
			assertThat(stratum.sampleSize()).isBetween(1, stratum.frameSize());
			assertThat((double) stratum.sampleSize()).isCloseTo((double) sampled * stratum.frameSize() / frame,
					within(1.0 + 1e-9));
		}

		// the same frame and seed draw the same dossiers
		long again = create(2032, from, to, 7);
		this.campaigns.sample(again);
		assertThat(this.campaigns.samples(again).stream().map(Campaigns.SampledUnit::dossierCode).sorted())
			.containsExactlyElementsOf(
					this.campaigns.samples(id).stream().map(Campaigns.SampledUnit::dossierCode).sorted().toList());

		// answers in the largest stratum only: the estimate is that stratum's mean
		Campaigns.StratumProgress largest = strata.stream()
			.max(Comparator.comparingInt(Campaigns.StratumProgress::sampleSize))
			.orElseThrow();
		assertThat(largest.sampleSize()).isGreaterThanOrEqualTo(5);
		List<Campaigns.SampledUnit> units = this.campaigns.samples(id)
			.stream()
			.filter((u) -> u.stratum().equals(largest.stratum()))
			.toList();
		answer(units.get(0).token(), answers(9, 5, 5, 5, 5)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("satisfaction.survey.out-of-scale"))
			.andExpect(jsonPath("$.field").value("perceptions.access.seats"));
		answer(units.get(0).token(), answers(5, 5, 5, 5, 5).replace("\"feedback\":5", "\"feedback\":null"))
			.andExpect(status().isBadRequest());
		answer(units.get(0).token(), answers(5, 5, 5, 5, 5)).andExpect(status().isCreated());
		answer(units.get(0).token(), answers(5, 5, 5, 5, 5)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("satisfaction.survey.already-answered"));
		answer(units.get(1).token(), answers(4, 4, 2, 2, 2)).andExpect(status().isCreated());
		answer(units.get(2).token(), answers(1, 1, 1, 1, 1)).andExpect(status().isCreated());
		answer("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", answers(5, 5, 5, 5, 5)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("satisfaction.survey.token-unknown"));

		// a paper form: typed twice by two people; a differing entry and a duplicate are
		// refused
		String paper = "{\"dossierCode\":\"" + units.get(3).dossierCode() + "\",\"answers\":" + answers(5, 4, 3, 3, 3)
				+ "}";
		paper("khaosat.snv", id, paper).andExpect(status().isAccepted())
			.andExpect(jsonPath("$.outcome").value("AWAITING_SECOND_ENTRY"));
		paper("khaosat.snv", id, paper).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("satisfaction.paper.same-surveyor"));
		paper("admin", id, paper.replace("\"feedback\":3", "\"feedback\":4")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("satisfaction.paper.mismatch"));
		paper("admin", id, paper).andExpect(status().isCreated()).andExpect(jsonPath("$.outcome").value("VERIFIED"));
		paper("admin", id, paper).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("satisfaction.paper.duplicate"));
		paper("chuyenvien.stp", id, paper).andExpect(status().isForbidden());

		// overall scores 1, .4, 0, .4: mean .45, s² = (1.32 − 4·.2025)/3 = .17
		// elements: access 3/4, procedure 3/4, officials, result, feedback 1/4
		double se = Math.sqrt((1 - 4.0 / largest.frameSize()) * 0.17 / 4);
		double low = Math.max(0, 0.45 - 1.959964 * se);
		double high = Math.min(1, 0.45 + 1.959964 * se);
		this.mvc.perform(get("/api/v1/satisfaction/index").param("agency", "06652").param("year", "2031"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.index").value(45.0))
			.andExpect(jsonPath("$.elements.access").value(75.0))
			.andExpect(jsonPath("$.elements.procedure").value(75.0))
			.andExpect(jsonPath("$.elements.officials").value(25.0))
			.andExpect(jsonPath("$.elements.result").value(25.0))
			.andExpect(jsonPath("$.elements.feedback").value(25.0))
			.andExpect(jsonPath("$.respondents").value(4))
			.andExpect(jsonPath("$.ci95[0]").value(Math.round(low * 1000) / 10.0))
			.andExpect(jsonPath("$.ci95[1]").value(Math.round(high * 1000) / 10.0));
		// the province includes its communes
		this.mvc.perform(get("/api/v1/satisfaction/index").param("agency", "22").param("year", "2031"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.respondents").value(4));
		// the index was read from the totals the responses added to their strata
		assertStrataTotalsMatchTheResponses();
		// the live response rate of the stratum
		assertThat(this.campaigns.strata(id)
			.stream()
			.filter((s) -> s.stratum().equals(largest.stratum()))
			.findFirst()
			.orElseThrow()
			.responded()).isEqualTo(4);
	}

	/**
	 * Each stratum's totals (what the index is estimated from) equal a count over its
	 * responses.
	 */
	void assertStrataTotalsMatchTheResponses() {
		List<String> differing = this.jdbc.sql("""
				select st.campaign_id || ' ' || st.stratum from satisfaction_stratum st
				left join (select campaign_id, stratum, count(*) as n,
				    sum(access_ok + procedure_ok + officials_ok + result_ok + feedback_ok) as k,
				    sum((access_ok + procedure_ok + officials_ok + result_ok + feedback_ok)
				      * (access_ok + procedure_ok + officials_ok + result_ok + feedback_ok)) as kk,
				    sum(access_ok) as a, sum(procedure_ok) as p, sum(officials_ok) as o, sum(result_ok) as r,
				    sum(feedback_ok) as f
				  from satisfaction_response group by campaign_id, stratum) x
				  on x.campaign_id = st.campaign_id and x.stratum = st.stratum
				where st.respondents <> coalesce(x.n, 0) or st.satisfied_sum <> coalesce(x.k, 0)
				  or st.satisfied_squares <> coalesce(x.kk, 0) or st.access_satisfied <> coalesce(x.a, 0)
				  or st.procedure_satisfied <> coalesce(x.p, 0) or st.officials_satisfied <> coalesce(x.o, 0)
				  or st.result_satisfied <> coalesce(x.r, 0) or st.feedback_satisfied <> coalesce(x.f, 0)""")
			.query(String.class)
			.list();
		assertThat(differing).isEmpty();
		assertThat(this.jdbc.sql("select coalesce(sum(respondents), 0) from satisfaction_stratum")
			.query(Long.class)
			.single())
			.isEqualTo(this.jdbc.sql("select count(*) from satisfaction_response").query(Long.class).single());
	}

	ResultActions paper(String user, long id, String body) throws Exception {
		return this.mvc
			.perform(post("/api/v1/satisfaction/campaigns/" + id + "/paper").header("Authorization", bearer(user))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
	}

	@Test
	void theIndexApiExplainsBadInput() throws Exception {
		this.mvc.perform(get("/api/v1/satisfaction/index").param("agency", "99999").param("year", "2025"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("satisfaction.agency.unknown"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("99999")));
		this.mvc.perform(get("/api/v1/satisfaction/index").param("agency", "06652").param("year", "20x5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("satisfaction.year.invalid"))
			.andExpect(jsonPath("$.field").value("year"));
		this.mvc.perform(get("/api/v1/satisfaction/index").param("agency", "06652"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("satisfaction.year.invalid"));
		// a year without survey: no index, no respondents
		this.mvc.perform(get("/api/v1/satisfaction/index").param("agency", "06652").param("year", "2033"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.index").isEmpty())
			.andExpect(jsonPath("$.respondents").value(0))
			.andExpect(jsonPath("$.elements.access").isEmpty());
	}

	@Test
	void aCampaignWithoutReturnedDossiersInItsPeriodIsRefused() throws Exception {
		long id = create(2033, LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31), 1);
		this.mvc
			.perform(post("/api/v1/satisfaction/campaigns/" + id + "/sample").header("Authorization",
					bearer("khaosat.snv")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("satisfaction.campaign.empty-frame"));
		createAs("khaosat.snv", campaignBody(2033, LocalDate.of(2001, 2, 1), LocalDate.of(2001, 1, 1), 1))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("periodTo"));
		createAs("khaosat.snv", campaignBody(1999, LocalDate.of(2001, 1, 1), LocalDate.of(2001, 2, 1), 1))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("satisfaction.year.invalid"));
	}

	ResultActions issue(String user, long id, String what) throws Exception {
		return this.mvc
			.perform(post("/api/v1/satisfaction/campaigns/" + id + "/" + what).header("Authorization", bearer(user)));
	}

	@Test
	void invitationsGoOutOnceAndUpToThreeRemindersToThoseWhoHaveNotAnswered() throws Exception {
		LocalDate to = LocalDate.now();
		long id = create(2035, to.minusDays(365), to, 11);
		issue("khaosat.snv", id, "invitations").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("satisfaction.campaign.not-open"));
		this.campaigns.sample(id);
		long sampled = this.campaigns.find(id).sampled();
		issue("khaosat.snv", id, "reminders").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("satisfaction.campaign.not-invited"));
		issue("chuyenvien.stp", id, "invitations").andExpect(status().isForbidden());

		MvcResult invited = issue("khaosat.snv", id, "invitations").andExpect(status().isAccepted())
			.andExpect(jsonPath("$.round").value(0))
			.andReturn();
		int recipients = JsonPath.read(invited.getResponse().getContentAsString(), "$.recipients");
		int withoutContact = JsonPath.read(invited.getResponse().getContentAsString(), "$.withoutContact");
		assertThat(recipients + withoutContact).isEqualTo(sampled);
		assertThat(this.campaigns.find(id).invitedAt()).isNotNull();
		issue("khaosat.snv", id, "invitations").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("satisfaction.campaign.already-invited"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Khảo sát 2035")));

		// one answers: the reminders leave them out
		Campaigns.SampledUnit first = this.campaigns.samples(id).get(0);
		answer(first.token(), answers(5, 5, 5, 5, 5)).andExpect(status().isCreated());
		for (int n = 1; n <= Campaigns.MAX_REMINDERS; n++) {
			issue("khaosat.snv", id, "reminders").andExpect(status().isAccepted())
				.andExpect(jsonPath("$.round").value(n))
				.andExpect(jsonPath("$.recipients")
					.value(recipients - ((first.contact() != null && !first.contact().isEmpty()) ? 1 : 0)));
		}
		assertThat(this.campaigns.find(id).reminders()).isEqualTo(Campaigns.MAX_REMINDERS);
		issue("khaosat.snv", id, "reminders").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("satisfaction.campaign.reminders-exhausted"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("3")));
		assertThat(this.jdbc.sql("select count(*) from satisfaction_sample where campaign_id = ? and reminders = 3")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(sampled - 1);
		this.campaigns.close(id);
		issue("khaosat.snv", id, "reminders").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("satisfaction.campaign.not-open"));
	}

	@Test
	void theCampaignPageSendsTheInvitationThenRemindersAndSaysWhyItCannotRemindAnyMore() throws Exception {
		String code = ReturnedDossierFixture.returned(this.dossiers, Channel.COUNTER, "0915000111",
				"nguoi.duoc.khao.sat@example.vn");
		LocalDate today = LocalDate.now(vn.motcua.calendar.Deadlines.VIETNAM);
		long id = create(2036, today, today, 5);
		this.campaigns.sample(id);
		var manager = user(this.users.loadUserByUsername("khaosat.snv"));
		String page = "/workspace/satisfaction/campaigns/" + id;
		this.mvc.perform(get(page).with(manager))
			.andExpect(status().isOk())
			// this test application has neither SMTP nor SMS: the manager is warned
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"campaign-channels-off\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"campaign-invite\"")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"campaign-remind\""))));
		this.mvc.perform(post(page + "/invite").with(manager).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.startsWith("Đã lập thư mời cho")));
		this.mvc.perform(get(page).with(manager))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"campaign-invitations\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Gửi nhắc lại lần 1")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"campaign-invite\""))));
		assertThat(this.campaigns.sampleByDossier(id, code))
			.hasValueSatisfying((unit) -> assertThat(unit.contact()).isEqualTo("nguoi.duoc.khao.sat@example.vn"));
		// everyone answers: there is nobody left to remind
		for (Campaigns.SampledUnit unit : this.campaigns.samples(id)) {
			answer(unit.token(), answers(4, 4, 4, 4, 4)).andExpect(status().isCreated());
		}
		assertStrataTotalsMatchTheResponses();
		this.mvc.perform(post(page + "/remind").with(manager).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("invitationError",
					org.hamcrest.Matchers.containsString("đều đã trả lời; không còn ai để nhắc lại")));
		assertThat(this.campaigns.find(id).reminders()).isZero();
	}

}
