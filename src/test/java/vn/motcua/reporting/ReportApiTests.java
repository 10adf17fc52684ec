package vn.motcua.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.calendar.Deadlines;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Submission;
import vn.motcua.identity.Role;
import vn.motcua.support.DemoTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stable report API on the demo province: form II.06a's identities over a year of
 * demo history, a dossier received now counted at once by the event listener, the
 * dossiers behind each number, the check against a full recount, and the clear refusals
 * (reversed, future or too early periods, unknown agencies, units outside the scope).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Dossiers dossiers;

	@Autowired
	Clock clock;

	String token(String username) throws Exception {
		return DemoTokens.of(this.mvc, username);
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(Deadlines.VIETNAM));
	}

	String report(String user, String query) throws Exception {
		return this.mvc
			.perform(get("/api/v1/reports/processing?" + query).header("Authorization", "Bearer " + token(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static long n(String json, String path) {
		return ((Number) JsonPath.read(json, "$." + path)).longValue();
	}

	@Test
	void aYearOfDemoHistoryAddsUpLikeTheForm() throws Exception {
		LocalDate to = today().minusDays(1);
		LocalDate from = to.minusMonths(3);
		String json = report("lanhdao.hatu", "agency=06652&from=" + from + "&to=" + to);
		assertThat(n(json, "received.total")).isPositive()
			.isEqualTo(n(json, "received.online") + n(json, "received.direct") + n(json, "received.carriedOver"));
		assertThat(n(json, "received.carriedOver")).isPositive();
		assertThat(n(json, "resolved.total")).isPositive()
			.isEqualTo(n(json, "resolved.early") + n(json, "resolved.onTime") + n(json, "resolved.late"));
		assertThat(n(json, "resolved.late")).isPositive();
		assertThat(n(json, "inProgress.total"))
			.isEqualTo(n(json, "inProgress.withinDeadline") + n(json, "inProgress.overdue"));
		// every received dossier is resolved, still in progress, withdrawn or stopped
		assertThat(n(json, "received.total")).isEqualTo(
				n(json, "resolved.total") + n(json, "inProgress.total") + n(json, "withdrawn") + n(json, "stopped"));
		// the fields add up to the totals
		java.util.List<Number> fieldTotals = JsonPath.read(json, "$.fields[*].received.total");
		assertThat(fieldTotals.stream().mapToLong(Number::longValue).sum()).isEqualTo(n(json, "received.total"));
		// yesterday's end is today's start: what was in progress then is carried over now
		String next = report("lanhdao.hatu", "agency=06652&from=" + to.plusDays(1) + "&to=" + today());
		assertThat(n(next, "received.carriedOver")).isEqualTo(n(json, "inProgress.total"));
		// each number is a list of dossiers of that length
		for (String measure : new String[] { "received.carriedOver", "resolved.late", "inProgress.overdue",
				"withdrawn" }) {
			String page = this.mvc
				.perform(get("/api/v1/reports/processing/dossiers?agency=06652&from=" + from + "&to=" + to + "&measure="
						+ measure)
					.header("Authorization", "Bearer " + token("lanhdao.hatu")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(n(page, "total")).as(measure).isEqualTo(n(json, measure));
		}
		// the province with every unit below it includes the commune
		String province = report("admin", "agency=22&from=" + from + "&to=" + to + "&includeSubAgencies=true");
		assertThat(n(province, "received.total")).isGreaterThan(n(json, "received.total"));
		String provinceAlone = report("admin", "agency=22&from=" + from + "&to=" + to);
		assertThat(n(provinceAlone, "received.total")).isZero();
	}

	@Test
	void aDossierReceivedNowIsCountedAtOnceAndTheCheckFindsNoDifference() throws Exception {
		String query = "agency=06652&from=" + today() + "&to=" + today();
		String before = report("lanhdao.hatu", query);
		Actor officer = new Actor(Actor.Kind.STAFF, "tiepnhan.hatu", "Cán bộ Hà Tu", Set.of(Role.ONE_STOP_OFFICER),
				"06652", false, null, "127.0.0.1");
		DossierView dossier = this.dossiers
			.register(
					new Submission("1.004884", 0, "06652",
							new Applicant("Lê Thị Hoa", null, "0933333333", null, "Hà Tu"), null, null, null),
					Channel.COUNTER, officer);
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> n(report("lanhdao.hatu", query), "received.direct") == n(before, "received.direct") + 1);
		String after = report("lanhdao.hatu", query);
		assertThat(n(after, "inProgress.total")).isEqualTo(n(before, "inProgress.total") + 1);
		String page = this.mvc
			.perform(get("/api/v1/reports/processing/dossiers?" + query + "&measure=received.direct")
				.header("Authorization", "Bearer " + token("lanhdao.hatu")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((java.util.List<String>) JsonPath.read(page, "$.lines[*].code")).contains(dossier.code());
		this.mvc.perform(get("/api/v1/admin/reports/check").header("Authorization", "Bearer " + token("thanhtra")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.differences").value(0))
			.andExpect(jsonPath("$.dossiers").isNumber());
		// only administrators rebuild
		this.mvc.perform(post("/api/v1/admin/reports/rebuild").header("Authorization", "Bearer " + token("thanhtra")))
			.andExpect(status().isForbidden());
	}

	@Test
	void badRequestsAreRefusedWithClearProblems() throws Exception {
		String leader = "Bearer " + token("lanhdao.hatu");
		this.mvc
			.perform(get("/api/v1/reports/processing?agency=06652&from=2026-03-10&to=2026-03-01")
				.header("Authorization", leader)
				.header("Accept-Language", "vi"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("reporting.period.reversed"));
		this.mvc
			.perform(get("/api/v1/reports/processing?agency=06652&to=" + today().plusDays(3)).header("Authorization",
					leader))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("reporting.period.future"));
		this.mvc
			.perform(get("/api/v1/reports/processing?agency=99999&from=2026-01-01&to=2026-01-31")
				.header("Authorization", leader))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("reporting.agency.unknown"));
		this.mvc
			.perform(get("/api/v1/reports/processing?agency=06652&from=2001-01-01&to=2001-12-31")
				.header("Authorization", leader))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("reporting.period.before-data"));
		this.mvc
			.perform(get("/api/v1/reports/processing?agency=not-a-date&from=yesterday").header("Authorization", leader))
			.andExpect(status().isBadRequest());
		// a commune's leader sees neither another commune nor the province
		this.mvc.perform(get("/api/v1/reports/processing?agency=06838").header("Authorization", leader))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("reporting.scope.forbidden"));
		this.mvc
			.perform(
					get("/api/v1/reports/processing?agency=22&includeSubAgencies=true").header("Authorization", leader))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/reports/processing?agency=06652")).andExpect(status().isUnauthorized());
		this.mvc
			.perform(get("/api/v1/reports/processing?agency=06652").header("Authorization",
					"Bearer " + token("congdan")))
			.andExpect(status().isForbidden());
	}

}
