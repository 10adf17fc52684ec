package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.DemoTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dossier API end to end on the demo commune of Hà Tu, with the demo accounts signed
 * in by bearer token: online submission with retries, the whole lifecycle to status 10,
 * the once-only rules, refusals that say why, and two officers racing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String token(String username) throws Exception {
		return DemoTokens.of(this.mvc, username);
	}

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	/** Uploads a small PDF as the citizen; its document id. */
	String upload() throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/api/v1/dossiers/attachments")
				.file(new MockMultipartFile("file", "giay-to.pdf", "application/pdf", PDF))
				.header("Authorization", "Bearer " + token("congdan")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	String birthRegistration(String phone) throws Exception {
		return birthRegistration(phone, """
				[{"index":0,"received":false,"documentIds":["%s"]},
				 {"index":1,"received":false,"documentIds":["%s"]}]""".formatted(upload(), upload()));
	}

	static String birthRegistration(String phone, String papers) {
		return """
				{"procedureCode":"1.001193","caseIndex":0,"agencyCode":"06652",
				 "applicant":{"name":"Nguyễn Văn An","idNumber":"022085001234","phone":"%s","email":null,"address":"Hà Tu"},
				 "formData":{"childName":"Nguyễn Thị Mai"},
				 "papers":%s,
				 "note":"Đăng ký khai sinh cho con"}"""
			.formatted(phone, papers);
	}

	String submit(String body, String key) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/dossiers").header("Authorization", "Bearer " + token("congdan"))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.code");
	}

	org.springframework.test.web.servlet.ResultActions act(String user, String code, String action, String body)
			throws Exception {
		return this.mvc.perform(
				post("/api/v1/dossiers/" + code + "/actions/" + action).header("Authorization", "Bearer " + token(user))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body));
	}

	@Test
	void aDossierGoesFromOnlineSubmissionToResultReturnedAndTheCitizenSeesStatus10() throws Exception {
		String body = birthRegistration("0912345678");
		String key = UUID.randomUUID().toString();
		String code = submit(body, key);
		assertThat(code).matches("06652-\\d{6}-\\d{4}");

		// a retry with the same key and body: the same dossier, not a second one
		this.mvc
			.perform(post("/api/v1/dossiers").header("Authorization", "Bearer " + token("congdan"))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.code").value(code));
		// the same key with another body
		this.mvc
			.perform(post("/api/v1/dossiers").header("Authorization", "Bearer " + token("congdan"))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(birthRegistration("0987654321")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.idempotency.mismatch"));

		// another commune's officer may not receive it
		act("tiepnhan.binhlieu", code, "receive", "{}").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("dossier.out-of-scope"));
		act("tiepnhan.hatu", code, "receive", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(2))
			.andExpect(jsonPath("$.dueAt", notNullValue()))
			.andExpect(jsonPath("$.currentStep").value(0));
		act("tiepnhan.hatu", code, "receive", "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.action.not-allowed"))
			.andExpect(jsonPath("$.detail", containsString("tiepnhan.hatu")));
		act("tiepnhan.hatu", code, "forward", "{\"assignee\":\"chuyenvien.hatu\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(4))
			.andExpect(jsonPath("$.currentStep").value(1));

		// the specialist asks for a supplement: papers must be named, and only once
		act("chuyenvien.hatu", code, "request-supplement", "{\"papers\":[]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("dossier.supplement.papers-required"));
		act("chuyenvien.hatu", code, "request-supplement",
				"{\"papers\":[{\"name\":\"Giấy chứng sinh\",\"reason\":\"Bản chụp bị mờ\"}]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(5));
		this.mvc.perform(get("/api/v1/tracking/" + code).param("phone4", "5678"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.missing[0]").value("Giấy chứng sinh"))
			.andExpect(jsonPath("$.applicantName").value("N*** V*** An"));
		act("congdan", code, "supplement",
				"{\"papers\":[{\"name\":\"Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh\",\"documentIds\":[\""
						+ upload() + "\"]}]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(4));
		act("chuyenvien.hatu", code, "request-supplement",
				"{\"papers\":[{\"name\":\"Tờ khai\",\"reason\":\"Thiếu chữ ký\"}]}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.supplement.once"));

		act("chuyenvien.hatu", code, "forward", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.currentStep").value(2));
		// a return before approval is refused
		act("tiepnhan.hatu", code, "return-result", "{\"channel\":\"DIRECT\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.return.not-approved"));
		act("chuyenvien.hatu", code, "approve", "{}").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("dossier.step.role"));
		act("lanhdao.hatu", code, "approve", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.approved").value(true))
			.andExpect(jsonPath("$.currentStep").value(3));
		act("tiepnhan.hatu", code, "result-ready", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(9))
			.andExpect(jsonPath("$.outcome", notNullValue()));
		act("tiepnhan.hatu", code, "return-result", "{\"channel\":\"DIRECT\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(10));

		this.mvc.perform(get("/api/v1/tracking/" + code).param("phone4", "5678"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(10))
			.andExpect(jsonPath("$.history.length()").value(9));
		this.mvc.perform(get("/api/v1/tracking/" + code).param("phone4", "0000")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/dossiers/" + code).header("Authorization", "Bearer " + token("congdan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps.length()").value(4))
			.andExpect(jsonPath("$.history[0].action").value("submit"));
		this.mvc.perform(get("/api/v1/dossiers/" + code).header("Authorization", "Bearer " + token("congdan2")))
			.andExpect(status().isForbidden());

		// every transition is in the audit log, with who and from where
		assertThat(this.jdbc.sql("select count(*) from audit_entry where subject = ?")
			.param("dossier:" + code)
			.query(Long.class)
			.single()).isEqualTo(9L);
	}

	@Test
	void theAppraisalConcludesWithARefusalThatGoesTheWayOfAResult() throws Exception {
		String code = submit(birthRegistration("0914141414"), UUID.randomUUID().toString());
		act("tiepnhan.hatu", code, "receive", "{}").andExpect(status().isOk());
		act("tiepnhan.hatu", code, "forward", "{\"assignee\":\"chuyenvien.hatu\"}").andExpect(status().isOk());

		// the same action name; after receipt it needs the legal basis, and only who
		// appraises
		act("chuyenvien.hatu", code, "refuse", "{\"reason\":\"Trẻ đã được đăng ký khai sinh\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("dossier.refuse.legal-basis-required"))
			.andExpect(jsonPath("$.field").value("legalBasis"))
			.andExpect(jsonPath("$.detail", containsString("căn cứ pháp lý")));
		String refusal = "{\"reason\":\"Trẻ đã được đăng ký khai sinh tại UBND phường Hồng Hà\","
				+ "\"legalBasis\":\"Điều 13 Luật Hộ tịch 2014\"}";
		act("tiepnhan.hatu", code, "refuse", refusal).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("dossier.step.role"));
		act("congdan", code, "refuse", refusal).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("dossier.staff-only"));
		act("chuyenvien.hatu", code, "refuse", refusal).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(4))
			.andExpect(jsonPath("$.currentStep").value(2))
			.andExpect(jsonPath("$.refusal.legalBasis").value("Điều 13 Luật Hộ tịch 2014"))
			.andExpect(jsonPath("$.refusal.decidedBy").value("chuyenvien.hatu"))
			.andExpect(jsonPath("$.refusal.approvedAt").doesNotExist());
		act("chuyenvien.hatu", code, "refuse", refusal).andExpect(status().isForbidden());
		act("tiepnhan.hatu", code, "return-result", "{\"channel\":\"DIRECT\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("dossier.return.not-approved"));
		act("lanhdao.hatu", code, "approve", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.refusal.approvedBy").value("lanhdao.hatu"));
		act("tiepnhan.hatu", code, "result-ready", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(9));
		act("tiepnhan.hatu", code, "return-result", "{\"channel\":\"DIRECT\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(10));
		this.mvc.perform(get("/api/v1/tracking/" + code).param("phone4", "1414"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(10))
			.andExpect(jsonPath("$.refused").value(true))
			.andExpect(jsonPath("$.history[?(@.action == 'refuse')].actionName").value("Từ chối giải quyết hồ sơ"));
	}

	@Test
	void badSubmissionsAreRefusedWithTheFieldAtFaultAndNothingIsStored() throws Exception {
		long before = this.jdbc.sql("select count(*) from dossier").query(Long.class).single();
		String noPapers = birthRegistration("0912345678", "[]");
		this.mvc
			.perform(post("/api/v1/dossiers").header("Authorization", "Bearer " + token("congdan"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(noPapers))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("dossier.papers.missing"))
			.andExpect(jsonPath("$.detail", containsString("Tờ khai đăng ký khai sinh")));
		this.mvc
			.perform(post("/api/v1/dossiers").header("Authorization", "Bearer " + token("congdan"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(birthRegistration("12345")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("applicant.phone"));
		this.mvc
			.perform(post("/api/v1/dossiers").header("Authorization", "Bearer " + token("congdan"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(birthRegistration("0912345678").replace("1.001193", "9.99")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("dossier.procedure.unknown"));
		// a department does not register births
		this.mvc
			.perform(post("/api/v1/dossiers").header("Authorization", "Bearer " + token("congdan"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(birthRegistration("0912345678").replace("06652", "22.STP")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("dossier.agency.not-competent"));
		// staff do not submit online on their own account
		this.mvc
			.perform(post("/api/v1/dossiers").header("Authorization", "Bearer " + token("tiepnhan.hatu"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(birthRegistration("0912345678")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/dossiers/06652-260101-0001")).andExpect(status().isUnauthorized());
		// a file id that was never uploaded
		this.mvc
			.perform(post("/api/v1/dossiers").header("Authorization", "Bearer " + token("congdan"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(birthRegistration("0912345678",
						"[{\"index\":0,\"received\":false,\"documentIds\":[\"" + UUID.randomUUID()
								+ "\"]},{\"index\":1,\"received\":false,\"documentIds\":[\"" + upload() + "\"]}]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("dossier.document.unknown"))
			.andExpect(jsonPath("$.field").value("papers[0].documentIds"));
		// a text file passed off as a PDF
		this.mvc
			.perform(multipart("/api/v1/dossiers/attachments")
				.file(new MockMultipartFile("file", "giay-to.pdf", "application/pdf", "xin chao".getBytes()))
				.header("Authorization", "Bearer " + token("congdan")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("file"));
		assertThat(this.jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void actionsOutOfOrderAndApologiesWithoutCauseAreRefused() throws Exception {
		String code = submit(birthRegistration("0911111111"), UUID.randomUUID().toString());
		act("tiepnhan.hatu", code, "approve", "{}").andExpect(status().isConflict());
		act("tiepnhan.hatu", code, "launch", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("dossier.action.unknown"));
		act("tiepnhan.hatu", code, "refuse", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reason"));
		act("tiepnhan.hatu", code, "receive", "{}").andExpect(status().isOk());
		act("tiepnhan.hatu", code, "apologize",
				"{\"reason\":\"Chậm\",\"newDate\":\"" + LocalDate.now().minusDays(1) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("dossier.date.not-future"));
		act("tiepnhan.hatu", code, "apologize", "{\"newDate\":\"" + LocalDate.now().plusDays(30) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reason"));
		act("congdan", code, "withdraw", "{\"reason\":\"Không cần nữa\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value(7));
		act("tiepnhan.hatu", code, "forward", "{}").andExpect(status().isConflict());
	}

	@Test
	void aSupplementDuringProcessingIsRefusedAfterThreeWorkingDaysFromReceipt() throws Exception {
		String code = submit(birthRegistration("0913131313"), UUID.randomUUID().toString());
		act("tiepnhan.hatu", code, "receive", "{}").andExpect(status().isOk());
		act("tiepnhan.hatu", code, "forward", "{\"assignee\":\"chuyenvien.hatu\"}").andExpect(status().isOk());
		// received three weeks ago: far more than 3 working days, whatever the holidays
		this.jdbc.sql("update dossier set received_at = received_at - interval '21 days' where code = ?")
			.param(code)
			.update();

		act("chuyenvien.hatu", code, "request-supplement",
				"{\"papers\":[{\"name\":\"Giấy chứng sinh\",\"reason\":\"Bản chụp bị mờ\"}]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("dossier.supplement.too-late"))
			.andExpect(jsonPath("$.detail", containsString("3 ngày làm việc")));
		this.mvc.perform(get("/api/v1/dossiers/" + code).header("Authorization", "Bearer " + token("chuyenvien.hatu")))
			.andExpect(jsonPath("$.status").value(4))
			.andExpect(jsonPath("$.supplementRequest").doesNotExist());
	}

	@Test
	void twoOfficersActingAtOnceExactlyOneWins() throws Exception {
		for (int round = 0; round < 3; round++) {
			String code = submit(birthRegistration("0922222222"), UUID.randomUUID().toString());
			token("tiepnhan.hatu");
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				Callable<Integer> call = () -> {
					start.await();
					return act("tiepnhan.hatu", code, "receive", "{}").andReturn().getResponse().getStatus();
				};
				results.add(pool.submit(call));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			pool.shutdown();
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
			assertThat(this.jdbc
				.sql("select count(*) from dossier_history h join dossier d on d.id = h.dossier_id"
						+ " where d.code = ? and h.action = 'receive'")
				.param(code)
				.query(Long.class)
				.single()).isEqualTo(1L);
		}
	}

}
