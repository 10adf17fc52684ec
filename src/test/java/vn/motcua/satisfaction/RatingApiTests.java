package vn.motcua.satisfaction;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.browser.ReturnedDossierFixture;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossiers;
import vn.motcua.satisfaction.internal.Ratings;
import vn.motcua.support.DemoTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A returned dossier gets one rating invitation; the citizen rates through {@code POST
 * /api/v1/ratings/{token}} once; staff, forged tokens and answers out of scale are
 * refused with problem details; nothing in the rating names the rater.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RatingApiTests {

	static final String GOOD = """
			{"contacts":0,"agenciesContacted":"ONE_STOP_ONLY","attitudeComplaint":false,"overall":5,
			 "comment":"Nhanh, chu đáo"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Dossiers dossiers;

	@Autowired
	Ratings ratings;

	@Autowired
	JdbcClient jdbc;

	String bearer(String username) throws Exception {
		return "Bearer " + DemoTokens.of(this.mvc, username);
	}

	/** The invitation the listener creates after the return commits. */
	Ratings.Invitation invitationOf(String code) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(until)) {
			Optional<Ratings.Invitation> invitation = this.ratings.byDossier(code);
			if (invitation.isPresent()) {
				return invitation.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no invitation for " + code);
	}

	int stepScore(String code) {
		return this.jdbc.sql("select step_score from satisfaction_invitation where dossier_code = ?")
			.param(code)
			.query(Integer.class)
			.single();
	}

	@Test
	void aReturnedDossierIsRatedOnceThroughItsTokenAndTheRaterIsNotRecorded() throws Exception {
		String code = ReturnedDossierFixture.returned(this.dossiers, Channel.COUNTER, "0911222333");
		Ratings.Invitation invitation = invitationOf(code);
		assertThat(invitation.token()).hasSize(43);
		// processed the same day, well before the 5-working-day appointment: early
		assertThat(invitation.outcome()).isEqualTo("EARLY");

		// index 2 depends on whether a short step falls due today: read from the
		// invitation
		int steps = stepScore(code);
		assertThat(steps).isBetween(1, 2);
		this.mvc
			.perform(
					post("/api/v1/ratings/" + invitation.token()).contentType(MediaType.APPLICATION_JSON).content(GOOD))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.dossierCode").value(code))
			// index 1 early 2, index 2, contacts 0 → 2, one-stop only 1, attitude 2
			.andExpect(jsonPath("$.total").value(7 + steps));

		this.mvc
			.perform(
					post("/api/v1/ratings/" + invitation.token()).contentType(MediaType.APPLICATION_JSON).content(GOOD))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("satisfaction.rating.already-given"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(code)));

		Map<String, Object> row = this.jdbc.sql("select * from satisfaction_rating where dossier_code = ?")
			.param(code)
			.query()
			.singleRow();
		assertThat(((Number) row.get("index1")).intValue()).isEqualTo(2);
		assertThat(((Number) row.get("index3")).intValue()).isEqualTo(2);
		assertThat(((Number) row.get("index4")).intValue()).isEqualTo(1);
		assertThat(((Number) row.get("index7")).intValue()).isEqualTo(2);
		assertThat(row).containsEntry("channel", "ONLINE");
		assertThat(row.keySet()).noneMatch((column) -> column.contains("account") || column.contains("address"));
		assertThat(this.jdbc
			.sql("select username from satisfaction_rating_officer o join satisfaction_rating r"
					+ " on r.id = o.rating_id where r.dossier_code = ? order by 1")
			.param(code)
			.query(String.class)
			.list()).contains("tiepnhan.hatu", "lanhdao.hatu");
		// the rating is audited without a rater
		assertThat(this.jdbc.sql("select actor from audit_entry where action = 'satisfaction.rating' and subject = ?")
			.param("dossier:" + code)
			.query(String.class)
			.list()).containsOnly("anonymous");
	}

	@Test
	void officersCannotRateTheirOwnDossiersAndForgedTokensAndBadAnswersAreRefused() throws Exception {
		String code = ReturnedDossierFixture.returned(this.dossiers, Channel.COUNTER, "0911222444");
		Ratings.Invitation invitation = invitationOf(code);

		this.mvc
			.perform(post("/api/v1/ratings/" + invitation.token()).header("Authorization", bearer("tiepnhan.hatu"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(GOOD))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("satisfaction.rating.staff"));

		this.mvc
			.perform(post("/api/v1/ratings/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
				.contentType(MediaType.APPLICATION_JSON)
				.content(GOOD))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("satisfaction.rating.token-unknown"));
		this.mvc.perform(post("/api/v1/ratings/short").contentType(MediaType.APPLICATION_JSON).content(GOOD))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("satisfaction.rating.token-unknown"));

		this.mvc.perform(post("/api/v1/ratings/" + invitation.token()).contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"contacts\":0,\"agenciesContacted\":\"ONE_STOP_ONLY\",\"attitudeComplaint\":false,\"overall\":7}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("satisfaction.rating.overall"))
			.andExpect(jsonPath("$.field").value("overall"));
		this.mvc
			.perform(post("/api/v1/ratings/" + invitation.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"contacts\":0,\"agenciesContacted\":\"SOME\",\"attitudeComplaint\":false}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("agenciesContacted"));
		this.mvc
			.perform(post("/api/v1/ratings/" + invitation.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"contacts\":0,\"agenciesContacted\":\"NONE\",\"attitudeComplaint\":false,"
						+ "\"onlineLevel\":\"SATISFIED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("satisfaction.rating.online-level-not-online"));
		// nothing was stored by the refusals: the citizen can still rate
		this.mvc
			.perform(post("/api/v1/ratings/" + invitation.token()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"contacts\":2,\"agenciesContacted\":\"MORE_THAN_ONE\",\"attitudeComplaint\":true}"))
			.andExpect(status().isCreated())
			// index 1 early 2, index 2, and 0 for contacts, agencies and the complaint
			.andExpect(jsonPath("$.total").value(2 + stepScore(code)));
	}

}
