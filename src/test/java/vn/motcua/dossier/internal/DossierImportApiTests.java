package vn.motcua.dossier.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import vn.motcua.support.DemoTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The historical import through the API: a good file stored with its history and
 * outcomes, a re-import that adds nothing, each kind of bad line rejected with its line
 * and field while nothing is stored, the size limits, and who may import what. The
 * dossiers are dated 2021–2022, apart from the demo history and other tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierImportApiTests {

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String token(String username) throws Exception {
		return DemoTokens.of(this.mvc, username);
	}

	ResultActions upload(String user, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/admin/dossiers/import").header("Authorization", "Bearer " + token(user))
			.contentType(NDJSON)
			.content(body.getBytes(StandardCharsets.UTF_8)));
	}

	/** A returned birth registration at Hà Tu: received, due, resolved, returned. */
	static String line(String code, String extra) {
		return """
				{"procedureCode":"1.001193","agencyCode":"06652","channel":"ONLINE","code":"%s",\
				"applicant":{"name":"Trần Văn Cũ","phone":"0912 000 222","idNumber":"022085001234"},\
				"receivedAt":"2021-03-01T08:00:00+07:00","dueAt":"2021-03-02T08:00:00+07:00",\
				"resolvedAt":"2021-03-01T15:00:00+07:00","returnedAt":"2021-03-02T09:00:00+07:00","finalStatus":10%s}"""
			.formatted(code, extra);
	}

	long dossiers() {
		return this.jdbc.sql("select count(*) from dossier").query(Long.class).single();
	}

	@Test
	void aGoodFileIsStoredWithHistoryAndOutcomeAndReimportingItAddsNothing() throws Exception {
		String late = """
				{"procedureCode":"1.004873","procedureVersion":1,"agencyCode":"06652","channel":"COUNTER",\
				"code":"06652-210305-0002","applicant":{"name":"Lê Thị Muộn"},"receivedAt":"2021-03-05T09:00:00+07:00",\
				"dueAt":"2021-03-10T09:00:00+07:00","resolvedAt":"2021-03-12T10:00:00+07:00","finalStatus":9,\
				"steps":[{"index":0,"startedAt":"2021-03-05T09:00:00+07:00","finishedAt":"2021-03-05T10:00:00+07:00","handledBy":"tiepnhan.cu"},\
				{"index":1,"startedAt":"2021-03-05T10:00:00+07:00","finishedAt":"2021-03-12T09:00:00+07:00","handledBy":"chuyenvien.cu"},\
				{"index":2,"startedAt":"2021-03-12T09:00:00+07:00","finishedAt":"2021-03-12T10:00:00+07:00","handledBy":"lanhdao.cu"}]}""";
		String open = """
				{"procedureCode":"3.000333","agencyCode":"22.STP","channel":"POST","code":"22.STP-210310-0003",\
				"applicant":{"name":"Phạm Văn Chờ","phone":"0987000333"},"receivedAt":"2021-03-10T09:00:00+07:00",\
				"dueAt":"2021-03-24T17:00:00+07:00","finalStatus":4}""";
		String paused = """
				{"procedureCode":"1.001193","agencyCode":"06652","channel":"COUNTER","code":"06652-210311-0004",\
				"applicant":{"name":"Đỗ Văn Bổ"},"receivedAt":"2021-03-11T09:00:00+07:00",\
				"dueAt":"2021-03-12T09:00:00+07:00","pausedAt":"2021-03-11T10:00:00+07:00","finalStatus":5}""";
		String file = String.join("\n", line("06652-210301-0001", ""), "", late, open, paused) + "\n";
		long before = dossiers();
		upload("admin", file).andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(true))
			.andExpect(jsonPath("$.lines").value(4))
			.andExpect(jsonPath("$.imported").value(4))
			.andExpect(jsonPath("$.alreadyPresent").value(0))
			.andExpect(jsonPath("$.rejected.length()").value(0));
		assertThat(dossiers()).isEqualTo(before + 4);

		this.mvc.perform(get("/api/v1/dossiers/06652-210301-0001").header("Authorization", "Bearer " + token("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(10))
			.andExpect(jsonPath("$.channel").value("ONLINE"))
			.andExpect(jsonPath("$.outcome").value("EARLY"))
			.andExpect(jsonPath("$.applicant.phone").value("0912000222"))
			.andExpect(jsonPath("$.history.length()").value(1))
			.andExpect(jsonPath("$.history[0].action").value("import"))
			.andExpect(jsonPath("$.history[0].note", containsString("trước hạn")));
		this.mvc.perform(get("/api/v1/dossiers/06652-210305-0002").header("Authorization", "Bearer " + token("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(9))
			.andExpect(jsonPath("$.outcome").value("LATE"))
			.andExpect(jsonPath("$.steps.length()").value(3))
			.andExpect(jsonPath("$.steps[1].handledBy").value("chuyenvien.cu"));
		assertThat(this.jdbc.sql("""
				select h.details ->> 'outcome' from dossier_history h join dossier d on d.id = h.dossier_id
				where d.code = '06652-210305-0002' and h.action = 'import'""").query(String.class).single())
			.isEqualTo("LATE");
		// the late dossier's delays: the specialist's step overran its share
		this.mvc
			.perform(get("/api/v1/dossiers/06652-210305-0002/delays").header("Authorization",
					"Bearer " + token("lanhdao.hatu")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[0].handledBy").value("chuyenvien.cu"))
			.andExpect(jsonPath("$.steps[0].stepIndex").value(1));
		// an open dossier imported can go on in this system: it is at the specialist's
		// step
		this.mvc.perform(get("/api/v1/dossiers/22.STP-210310-0003").header("Authorization", "Bearer " + token("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(4))
			.andExpect(jsonPath("$.currentStep").value(1))
			.andExpect(jsonPath("$.steps.length()").value(1));
		this.mvc.perform(get("/api/v1/dossiers/06652-210311-0004").header("Authorization", "Bearer " + token("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(5))
			.andExpect(jsonPath("$.supplementRequest.papers.length()").value(1));
		this.mvc
			.perform(post("/api/v1/dossiers/06652-210311-0004/actions/supplement")
				.header("Authorization", "Bearer " + token("tiepnhan.hatu"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"Đã nhận bản chính tại quầy\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(4));

		// the same file again: nothing new, all reported as present
		upload("admin", file).andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(true))
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.alreadyPresent").value(4))
			.andExpect(jsonPath("$.present[0].line").value(1))
			.andExpect(jsonPath("$.present[0].code").value("06652-210301-0001"));
		assertThat(dossiers()).isEqualTo(before + 4);

		// the same code with other content is refused, and the new line beside it is not
		// stored
		upload("admin",
				line("06652-210301-0001", ",\"pausedAt\":null").replace("Trần Văn Cũ", "Trần Văn Khác") + "\n"
						+ line("06652-210301-0009", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.stored").value(false))
			.andExpect(jsonPath("$.rejected.length()").value(1))
			.andExpect(jsonPath("$.rejected[0].line").value(1))
			.andExpect(jsonPath("$.rejected[0].field").value("code"))
			.andExpect(jsonPath("$.rejected[0].code").value("dossier.import.code-taken"));
		assertThat(dossiers()).isEqualTo(before + 4);
		// a code issued by this system is not taken over
		String issued = this.jdbc
			.sql("select code from dossier where code like '06652-%' and id = (select min(id)"
					+ " from dossier d where not exists (select 1 from dossier_history h where h.dossier_id = d.id"
					+ " and h.action = 'import') and code is not null)")
			.query(String.class)
			.optional()
			.orElse(null);
		if (issued != null) {
			upload("admin", line(issued, "")).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.rejected[0].code").value("dossier.import.code-in-use"));
		}
	}

	@Test
	void everyBadLineIsListedWithItsFieldAndNothingIsStored() throws Exception {
		List<String> lines = new ArrayList<>();
		lines.add(line("06652-220301-0001", "")); // 1: good
		lines.add("{\"procedureCode\": \"1.001193\", "); // 2: malformed JSON
		lines.add(line("06652-220301-0003", "").replace("1.001193", "9.999999")); // 3
		lines.add(line("06652-220301-0004", "").replace("\"06652\"", "\"99999\"")); // 4
		lines.add(line("ABC-2203-1", "")); // 5: bad code
		lines.add(line("06652-220301-0006", "").replace("\"dueAt\":\"2021-03-02T08:00:00+07:00\"",
				"\"dueAt\":\"2021-02-28T08:00:00+07:00\"")); // 6: due before received
		lines.add(line("06652-220301-0007", "").replace("\"resolvedAt\":\"2021-03-01T15:00:00+07:00\",", "")
			.replace(",\"returnedAt\":\"2021-03-02T09:00:00+07:00\"", "")
			.replace("\"returnedAt\":\"2021-03-02T09:00:00+07:00\",", "")
			.replace("\"finalStatus\":10", "\"finalStatus\":9")); // 7: status 9 without
																	// resolvedAt
		lines.add(line("06652-220301-0001", "")); // 8: duplicate of line 1
		lines.add(line("06652-220301-0009", "").replace("\"ONLINE\"", "\"FAX\"")); // 9
		lines.add(line("06652-220301-0010", ",\"colour\":\"blue\"")); // 10
		lines.add(line("06652-220301-0011", "").replace("\"2021-03-01T08:00:00+07:00\"", "\"yesterday\"")); // 11
		lines.add(line("06652-220301-0012", "").replace("0912 000 222", "12345")); // 12
		lines.add(line("06652-220301-0013", "").replace("\"finalStatus\":10", "\"finalStatus\":11")); // 13
		lines.add(line("06652-220301-0014", "").replace("\"returnedAt\":\"2021-03-02T09:00:00+07:00\"",
				"\"returnedAt\":\"2021-03-01T14:00:00+07:00\"")); // 14: returned before
																	// resolved
		lines.add(line("06652-220301-0015", "").replace("\"06652\"", "\"22.STP\"").replace("1.001193", "1.000894")); // 15
		lines.add("[1, 2, 3]"); // 16: not an object
		lines.add(line("06652-220301-0017", "").replace("\"finalStatus\":10", "\"finalStatus\":\"ten\"")); // 17
		lines.add(line("06652-220301-0018", "").replace("2021-03-02T09:00:00+07:00", "2099-01-01T09:00:00+07:00")); // 18
		long before = dossiers();
		MvcResult result = upload("admin", String.join("\n", lines)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.stored").value(false))
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.lines").value(18))
			.andReturn();
		String body = result.getResponse().getContentAsString();
		List<Map<String, Object>> rejected = JsonPath.read(body, "$.rejected");
		Map<Integer, List<String>> byLine = new java.util.TreeMap<>();
		for (Map<String, Object> r : rejected) {
			byLine.computeIfAbsent((Integer) r.get("line"), (k) -> new ArrayList<>())
				.add(r.get("field") + ":" + r.get("code"));
			assertThat((String) r.get("message")).isNotBlank().doesNotStartWith("dossier.");
		}
		assertThat(byLine).doesNotContainKey(1);
		assertThat(byLine.get(2)).containsExactly("null:dossier.import.json");
		assertThat(byLine.get(3)).containsExactly("procedureCode:dossier.import.procedure-unknown");
		assertThat(byLine.get(4)).containsExactly("agencyCode:dossier.agency.unknown");
		assertThat(byLine.get(5)).containsExactly("code:dossier.import.code-format");
		assertThat(byLine.get(6)).containsExactly("dueAt:dossier.import.before-received");
		assertThat(byLine.get(7)).containsExactly("resolvedAt:dossier.import.resolved-required");
		assertThat(byLine.get(8)).containsExactly("code:dossier.import.duplicate-code");
		assertThat(byLine.get(9)).containsExactly("channel:dossier.import.channel");
		assertThat(byLine.get(10)).containsExactly("colour:dossier.import.unknown-field");
		assertThat(byLine.get(11)).containsExactly("receivedAt:dossier.import.instant");
		assertThat(byLine.get(12)).containsExactly("applicant.phone:dossier.applicant.phone-invalid");
		assertThat(byLine.get(13)).containsExactly("finalStatus:dossier.import.status");
		assertThat(byLine.get(14)).containsExactly("returnedAt:dossier.import.before-resolved");
		assertThat(byLine.get(15)).containsExactly("agencyCode:dossier.agency.not-competent");
		assertThat(byLine.get(16)).containsExactly("null:dossier.import.not-object");
		assertThat(byLine.get(17)).containsExactly("finalStatus:dossier.import.type");
		assertThat(byLine.get(18)).containsExactly("returnedAt:dossier.import.instant-range");
		assertThat(rejected.stream()
			.filter((r) -> Integer.valueOf(8).equals(r.get("line")))
			.findFirst()
			.orElseThrow()
			.get("message")).asString().contains("dòng 1");
		// all or nothing: the good first line was not stored either
		assertThat(dossiers()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from dossier where code = '06652-220301-0001'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void oversizedBodiesAndOutsidersAreRefused() throws Exception {
		upload("admin", "\n".repeat(200_001)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("dossier.import.too-many-lines"))
			.andExpect(jsonPath("$.detail", containsString("200.000")));
		byte[] huge = new byte[50 * 1024 * 1024 + 1];
		java.util.Arrays.fill(huge, (byte) '\n');
		this.mvc
			.perform(post("/api/v1/admin/dossiers/import").header("Authorization", "Bearer " + token("admin"))
				.contentType(NDJSON)
				.content(huge))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("dossier.import.too-large"))
			.andExpect(jsonPath("$.detail", containsString("50 MB")));
		upload("admin", "\n\n").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("dossier.import.empty"));
		// an officer may not import; a commune's administrator only for the commune
		upload("tiepnhan.hatu", line("06652-220401-0001", "")).andExpect(status().isForbidden());
		upload("quantri.hatu", line("06838-220401-0002", "").replace("\"06652\"", "\"06838\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rejected[0].code").value("dossier.import.out-of-scope"));
		upload("quantri.hatu", line("06652-220401-0003", "")).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
	}

	@Test
	void theImportIsDocumentedInOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath(
					"$.paths['/api/v1/admin/dossiers/import'].post.requestBody.content['application/x-ndjson']")
				.exists())
			.andExpect(jsonPath("$.components.schemas.ImportedDossier.properties.finalStatus.description",
					containsString("National status code")))
			.andExpect(jsonPath("$.components.schemas.ImportedDossier.properties.dueAt.description").exists())
			.andExpect(jsonPath("$.components.schemas.ImportReport.properties.rejected").exists());
	}

}
