package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.DemoTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The synthetic demo history loaded at start (the test configuration turns demo mode on):
 * how many, with plausible mixes, marked synthetic, loaded once; and the accountability
 * report it makes meaningful, with its scope checks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoDossierHistoryTests {

	static final String DEMO = """
			from dossier d join dossier_history h on h.dossier_id = d.id and h.action = 'import'
			where h.details ->> 'source' = 'demo'""";

	@Autowired
	DemoDossierHistory history;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	String token(String username) throws Exception {
		return DemoTokens.of(this.mvc, username);
	}

	long count(String condition) {
		return this.jdbc.sql("select count(*) " + DEMO + " and " + condition).query(Long.class).single();
	}

	@Test
	void aYearOfSyntheticDossiersIsLoadedOnceWithPlausibleMixes() throws Exception {
		long total = count("true");
		assertThat(total).isEqualTo(DemoDossierHistory.COUNT);
		// every one says it is synthetic
		assertThat(count("h.note like 'Dữ liệu mẫu tổng hợp%'")).isEqualTo(total);
		// twelve months, nothing in the future
		assertThat(count("d.received_at < now() - interval '366 days'")).isZero();
		assertThat(count("coalesce(d.received_at, d.submitted_at) > now()")).isZero();
		assertThat(count("d.received_at < now() - interval '300 days'")).isPositive();
		// online share of the whole about half
		double online = (double) count("d.channel = 'ONLINE'") / total;
		assertThat(online).isBetween(0.40, 0.60);
		// of the resolved, most on time
		long resolved = count("d.status in (9, 10)");
		double onTime = (double) count("d.status in (9, 10) and d.outcome in ('EARLY', 'ON_TIME')") / resolved;
		assertThat(onTime).isBetween(0.80, 0.92);
		assertThat(count("d.outcome = 'LATE'")).isPositive();
		Map<Integer, Long> byStatus = this.jdbc.sql("select d.status, count(*) as n " + DEMO + " group by d.status")
			.query((rs, n) -> Map.entry(rs.getInt("status"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(byStatus).containsKeys(2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(byStatus.get(10)).isGreaterThan(total / 2);
		// the communes of the demo accounts and the departments have their share
		assertThat(count("d.agency_code = '06652'")).isGreaterThan(total / 10);
		assertThat(count("d.agency_code = '22.STP'")).isPositive();
		assertThat(count("d.agency_code like '22.%'")).isGreaterThan(total / 10);
		// resolved ones carry their steps, the late ones with an overrun
		assertThat(this.jdbc
			.sql("select count(*) from dossier_step s where s.used_seconds > s.allowed_seconds"
					+ " and s.dossier_id in (select d.id " + DEMO + " and d.outcome = 'LATE')")
			.query(Long.class)
			.single()).isPositive();

		// starting again (another node, a restart) adds nothing
		this.history.run(new DefaultApplicationArguments());
		assertThat(count("true")).isEqualTo(total);
	}

	@Test
	void theGenerationIsDeterministicForAnAnchorDate() {
		Instant now = Instant.parse("2026-06-15T03:00:00Z");
		List<ImportedDossier> first = this.history.generate(now);
		List<ImportedDossier> second = this.history.generate(now);
		assertThat(first).hasSize(DemoDossierHistory.COUNT).isEqualTo(second);
		assertThat(first).extracting(ImportedDossier::code).doesNotHaveDuplicates();
		assertThat(first).allSatisfy((d) -> assertThat(d.receivedAt()).isBefore(now));
	}

	@Test
	void theAccountabilityReportGivesEachUnitAndOfficerTheirOverrunWithinScope() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/api/v1/admin/dossiers/delays").param("agency", "06652")
				.header("Authorization", "Bearer " + token("lanhdao.hatu")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyCode").value("06652"))
			.andExpect(jsonPath("$.units[0].agencyCode").value("06652"))
			.andReturn();
		String body = result.getResponse().getContentAsString();
		List<Map<String, Object>> officers = JsonPath.read(body, "$.units[0].officers");
		Map<String, Object> specialist = officers.stream()
			.filter((o) -> "chuyenvien.hatu".equals(o.get("officer")))
			.findFirst()
			.orElseThrow();
		assertThat(((Number) specialist.get("stepsOverShare")).longValue()).isPositive();
		assertThat(((Number) specialist.get("stepsHandled")).longValue())
			.isGreaterThan(((Number) specialist.get("stepsOverShare")).longValue());
		assertThat(((Number) specialist.get("overrunHours")).doubleValue()).isPositive();
		long over = this.jdbc.sql("""
				select count(*) from dossier_step where agency_code = '06652' and handled_by = 'chuyenvien.hatu'
				and used_seconds > allowed_seconds and finished_at >= now() - interval '13 months'""")
			.query(Long.class)
			.single();
		assertThat(((Number) specialist.get("stepsOverShare")).longValue()).isEqualTo(over);

		// the inspector of the province sees every unit, the centre and departments too
		this.mvc
			.perform(get("/api/v1/admin/dossiers/delays").param("agency", "22")
				.param("from", "2025-01-01")
				.param("to", "2026-12-31")
				.header("Authorization", "Bearer " + token("thanhtra")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units[?(@.agencyCode == '22.STP')]").isNotEmpty())
			.andExpect(jsonPath("$.units[?(@.agencyCode == '06838')]").isNotEmpty());
		// another commune is out of the leader's scope; specialists do not see the report
		this.mvc
			.perform(get("/api/v1/admin/dossiers/delays").param("agency", "06838")
				.header("Authorization", "Bearer " + token("lanhdao.hatu")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/admin/dossiers/delays").header("Authorization", "Bearer " + token("chuyenvien.hatu")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/admin/dossiers/delays").param("from", "2026-05-01")
				.param("to", "2026-01-01")
				.header("Authorization", "Bearer " + token("lanhdao.hatu")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("dossier.delays.period"));
	}

}
