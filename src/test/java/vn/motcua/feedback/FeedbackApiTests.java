package vn.motcua.feedback;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.document.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.feedback.FeedbackTestSupport.address;
import static vn.motcua.feedback.FeedbackTestSupport.from;

/**
 * The open feedback API (no sign-in, no CSRF token): sending with and without files,
 * tracking by code and contact, refusals as problem details, the intake limit as 429; the
 * statistics API for staff, limited to their agencies.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FeedbackApiTests {

	static final String BODY = """
			{"title":"Thu tuc dang ky khai sinh","content":"De nghi bo giay xac nhan cu tru",
			 "topic":"regulation","agencyCode":"06652","senderName":"Trần Văn Hải",
			 "senderAddress":"Hà Tu","senderPhone":"0905123456","senderEmail":null}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anyoneSendsFeedbackAndFollowsItWithTheCodeAndThePhonesLastDigits() throws Exception {
		MvcResult result = this.mvc.perform(
				post("/api/v1/feedback").with(from(address())).contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/feedback/tracking/PA-")))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.agencyCode").value("06652"))
			.andReturn();
		String code = JsonPath.read(result.getResponse().getContentAsString(), "$.code");
		this.mvc.perform(get("/api/v1/feedback/tracking/" + code).param("check", "3456"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.topic").value("REGULATION"))
			.andExpect(jsonPath("$.answer").doesNotExist());
		this.mvc.perform(get("/api/v1/feedback/tracking/" + code).param("check", "9999"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("feedback.tracking.not-found"));
		// not answered yet: the sender cannot rate it
		this.mvc
			.perform(post("/api/v1/feedback/tracking/" + code + "/resolution").contentType(MediaType.APPLICATION_JSON)
				.content("{\"check\":\"3456\",\"resolved\":true}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("feedback.not-answered"));
	}

	@Test
	void missingContactDetailsAreRefusedWithTheFieldAtFault() throws Exception {
		long before = count();
		this.mvc
			.perform(post("/api/v1/feedback").with(from(address()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY.replace("\"0905123456\"", "null")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("feedback.contact-required"))
			.andExpect(jsonPath("$.field").value("senderPhone"));
		this.mvc
			.perform(post("/api/v1/feedback").with(from(address()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY.replace("\"Hà Tu\"", "\"\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("feedback.address-required"));
		this.mvc
			.perform(post("/api/v1/feedback").with(from(address()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY.replace("\"0905123456\"", "\"12\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("feedback.phone-invalid"));
		this.mvc
			.perform(post("/api/v1/feedback").with(from(address()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY.replace("\"06652\"", "\"99999\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("feedback.agency-unknown"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void filesAreCheckedByContentAndARefusedSubmissionLeavesNoFile() throws Exception {
		long files = documents();
		MvcResult result = this.mvc
			.perform(multipart("/api/v1/feedback")
				.file(new MockMultipartFile("feedback", "", "application/json", BODY.getBytes()))
				.file(new MockMultipartFile("files", "anh.png", "image/png", SampleFiles.png()))
				.with(from(address())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.attachments").value(1))
			.andReturn();
		assertThat(documents()).isEqualTo(files + 1);
		String code = JsonPath.read(result.getResponse().getContentAsString(), "$.code");
		assertThat(code).startsWith("PA-");

		long before = count();
		this.mvc
			.perform(multipart("/api/v1/feedback")
				.file(new MockMultipartFile("feedback", "", "application/json", BODY.getBytes()))
				.file(new MockMultipartFile("files", "to-khai.pdf", "application/pdf", SampleFiles.pdf()))
				.file(new MockMultipartFile("files", "bang.xlsx", "application/pdf", SampleFiles.xlsx()))
				.with(from(address())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("document.type-not-allowed"));
		// a good file with a refused contact: the stored file is removed again
		this.mvc
			.perform(multipart("/api/v1/feedback")
				.file(new MockMultipartFile("feedback", "", "application/json",
						BODY.replace("\"0905123456\"", "null").getBytes()))
				.file(new MockMultipartFile("files", "to-khai.pdf", "application/pdf", SampleFiles.pdf()))
				.with(from(address())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("feedback.contact-required"));
		assertThat(count()).isEqualTo(before);
		assertThat(documents()).isEqualTo(files + 1);
	}

	@Test
	void abusiveVolumeGets429WithAProblemDetail() throws Exception {
		String source = address();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(
					post("/api/v1/feedback").with(from(source)).contentType(MediaType.APPLICATION_JSON).content(BODY))
				.andExpect(status().isCreated());
		}
		long before = count();
		this.mvc
			.perform(post("/api/v1/feedback").with(from(source)).contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.code").value("feedback.throttled"))
			.andExpect(jsonPath("$.detail").value(containsString("10 phút")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void publishedAnswersArePublicAndStatisticsAreForStaffOfTheAgency() throws Exception {
		this.mvc.perform(get("/api/v1/feedback"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(greaterThanOrEqualTo(4)))
			.andExpect(jsonPath("$[0].question").exists())
			.andExpect(jsonPath("$[0].senderName").doesNotExist());
		this.mvc.perform(get("/api/v1/feedback/statistics").param("from", "2020-01-01").param("to", "2099-12-31"))
			.andExpect(status().isUnauthorized());
		String token = FeedbackTestSupport.token(this.mvc, "lanhdao.hatu");
		this.mvc
			.perform(get("/api/v1/feedback/statistics").param("from", "2020-01-01")
				.param("to", "2099-12-31")
				.header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.received").value(greaterThanOrEqualTo(2)))
			.andExpect(jsonPath("$.total.answeredOnTime").value(greaterThanOrEqualTo(2)))
			.andExpect(jsonPath("$.rows[?(@.agencyCode != '06652')]").isEmpty())
			.andExpect(jsonPath("$.rows[?(@.agencyCode == '06652' && @.topic == 'CONDUCT')].counts.answeredOnTime")
				.value(org.hamcrest.Matchers.hasItem(greaterThanOrEqualTo(1))));
		this.mvc
			.perform(get("/api/v1/feedback/statistics").param("from", "2026-12-31")
				.param("to", "2026-01-01")
				.header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("feedback.period-invalid"));
	}

	long count() {
		return this.jdbc.sql("select count(*) from feedback_item").query(Long.class).single();
	}

	long documents() {
		return this.jdbc.sql("select count(*) from document_file").query(Long.class).single();
	}

}
