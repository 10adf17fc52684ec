package vn.motcua.satisfaction;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.browser.ReturnedDossierFixture;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossiers;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.satisfaction.internal.Ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rating page and the kiosk as a citizen uses them, refused to staff; the staff pages
 * by role; the demo data and the report exports.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SatisfactionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Dossiers dossiers;

	@Autowired
	Ratings ratings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	static RequestPostProcessor staff(String username, String agency, Role... roles) {
		StaffPrincipal principal = new StaffPrincipal(1, username, username, null, true, agency, false, Set.of(roles));
		return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
	}

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

	@Test
	void aCitizenRatesOnThePageTheAnswersAreKeptOnAMistakeAndStaffAreRefused() throws Exception {
		String code = ReturnedDossierFixture.returned(this.dossiers, Channel.COUNTER, "0913000111");
		Ratings.Invitation invitation = invitationOf(code);
		String page = "/rate/" + invitation.token();
		this.mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("đăng ký lại khai sinh")));
		this.mvc.perform(get(page).with(staff("tiepnhan.hatu", "06652", Role.ONE_STOP_OFFICER)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Tài khoản cán bộ")));
		this.mvc.perform(post(page).with(csrf()).param("contacts", "1").param("attitudeComplaint", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rate-agencies-error\"")))
			.andExpect(content().string(org.hamcrest.Matchers
				.matchesRegex("(?s).*id=\"rate-contacts-1\" value=\"1\"\\s+required checked.*")));
		this.mvc
			.perform(post(page).with(csrf())
				.param("contacts", "1")
				.param("agenciesContacted", "ONE_STOP_ONLY")
				.param("attitudeComplaint", "false")
				.param("overall", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rated-message\"")));
		this.mvc.perform(get(page)).andExpect(status().isConflict());
		this.mvc.perform(get("/rate/not-a-token")).andExpect(status().isNotFound());
	}

	@Test
	void theKioskShowsWhatTheDeskJustReturnedAndGoesBackToWaiting() throws Exception {
		this.mvc
			.perform(post("/workspace/satisfaction/kiosks").with(csrf())
				.with(staff("tiepnhan.hatu", "06652", Role.ONE_STOP_OFFICER)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/workspace/satisfaction/kiosks").with(csrf())
				.with(staff("chuyenvien.hatu", "06652", Role.SPECIALIST)))
			.andExpect(status().isForbidden());
		String key = this.ratings.kiosks("06652").get(0);
		// results returned earlier are rated first: rate them away so the new one comes
		// up
		String code = ReturnedDossierFixture.returned(this.dossiers, Channel.COUNTER, "0913000222");
		invitationOf(code);
		this.mvc.perform(get("/kiosk/" + key).with(staff("tiepnhan.hatu", "06652", Role.ONE_STOP_OFFICER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/kiosk/" + key)).andExpect(status().isOk());
		for (int guard = 0; guard < 20; guard++) {
			Optional<Ratings.Invitation> next = this.ratings.nextAtKiosk(key);
			assertThat(next).isPresent();
			String token = next.get().token();
			this.mvc.perform(get("/kiosk/" + key + "/next"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"kiosk-form\"")))
				.andExpect(content().string(containsString(next.get().dossierCode())));
			this.mvc
				.perform(post("/kiosk/" + key + "/rate/" + token).with(csrf())
					.param("contacts", "0")
					.param("agenciesContacted", "ONE_STOP_ONLY")
					.param("attitudeComplaint", "false"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"kiosk-thanks\"")));
			if (next.get().dossierCode().equals(code)) {
				break;
			}
		}
		assertThat(this.jdbc.sql("select channel from satisfaction_rating where dossier_code = ?")
			.param(code)
			.query(String.class)
			.single()).isEqualTo("KIOSK");
		// after the rating the kiosk waits again
		this.mvc.perform(get("/kiosk/" + key + "/next"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kiosk-waiting")))
			.andExpect(content().string(not(containsString(code))));
		this.mvc.perform(get("/kiosk/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());
	}

	@Test
	void theDemoHasAYearOfRatingsAndLastYearsClosedCampaign() throws Exception {
		assertThat(this.jdbc.sql("select count(*) from satisfaction_rating").query(Long.class).single())
			.isGreaterThan(300);
		Integer year = this.jdbc.sql("""
				select c.year from satisfaction_campaign c where c.created_by = 'system' and c.status = 'CLOSED'
				  and (select count(*) from satisfaction_response r where r.campaign_id = c.id) > 50""")
			.query(Integer.class)
			.single();
		this.mvc.perform(get("/api/v1/satisfaction/index").param("agency", "22").param("year", String.valueOf(year)))
			.andExpect(status().isOk())
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.index").isNumber());

		RequestPostProcessor manager = staff("khaosat.snv", "22.SNV", Role.SURVEY_MANAGER);
		this.mvc.perform(get("/workspace/satisfaction/results").with(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"chart-elements\"")))
			.andExpect(content().string(containsString("id=\"ranking\"")));
		this.mvc
			.perform(get("/workspace/satisfaction/report.xlsx").param("agency", "22")
				.param("year", String.valueOf(year))
				.with(manager))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
		byte[] pdf = this.mvc
			.perform(get("/workspace/satisfaction/report.pdf").param("agency", "22")
				.param("year", String.valueOf(year))
				.with(manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		this.mvc.perform(get("/workspace/satisfaction/campaigns").with(manager)).andExpect(status().isOk());
		this.mvc
			.perform(get("/workspace/satisfaction/campaigns").with(staff("chuyenvien.stp", "22.STP", Role.SPECIALIST)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/workspace/satisfaction/results").with(staff("chuyenvien.stp", "22.STP", Role.SPECIALIST)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/workspace/satisfaction").with(staff("lanhdao.hatu", "06652", Role.AGENCY_LEADER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unit-scores\"")))
			.andExpect(content().string(containsString("id=\"officer-scores\"")));
	}

	@Test
	void theCitizensDossierPageLinksToTheRatingUntilTheDossierIsRated() throws Exception {
		CitizenPrincipal owner = (CitizenPrincipal) this.users.loadUserByUsername("congdan");
		Actor citizen = new Actor(Actor.Kind.CITIZEN, "congdan", owner.fullName(), Set.of(), null, false,
				owner.accountId(), "127.0.0.1");
		String code = ReturnedDossierFixture.returnedOnline(this.dossiers, citizen, "0913000333", null);
		Ratings.Invitation invitation = invitationOf(code);
		String page = "/account/dossiers/" + code;
		this.mvc.perform(get(page).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"rating-invitation\"")))
			.andExpect(content().string(containsString("Đánh giá mức độ hài lòng")))
			.andExpect(content().string(containsString("href=\"/rate/" + invitation.token() + "\"")));
		// the officers' page of the same dossier has no rating link
		this.mvc.perform(get("/workspace/dossiers/" + code).with(user(this.users.loadUserByUsername("tiepnhan.hatu"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"rating-link\""))))
			.andExpect(content().string(not(containsString(invitation.token()))));
		this.mvc
			.perform(post("/rate/" + invitation.token()).with(csrf())
				.param("contacts", "0")
				.param("agenciesContacted", "ONE_STOP_ONLY")
				.param("attitudeComplaint", "false"))
			.andExpect(status().isOk());
		this.mvc.perform(get(page).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"rating-invitation\""))));
		// in English too
		String other = ReturnedDossierFixture.returnedOnline(this.dossiers, citizen, "0913000444", null);
		invitationOf(other);
		this.mvc.perform(get("/account/dossiers/" + other).param("lang", "en").with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rate the service")));
	}

}
