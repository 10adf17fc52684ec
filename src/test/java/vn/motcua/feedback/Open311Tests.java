package vn.motcua.feedback;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;
import static vn.motcua.feedback.FeedbackTestSupport.address;
import static vn.motcua.feedback.FeedbackTestSupport.from;

/**
 * Open311 GeoReport v2 as published (wiki.open311.org/GeoReport_v2), field by field, in
 * JSON and XML, anonymously and without a CSRF token, as Open311 clients call it; errors
 * in the specification’s format.
 */
@SpringBootTest
@AutoConfigureMockMvc
class Open311Tests {

	/** The fields of a service, in the specification’s order. */
	static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description", "metadata",
			"type", "keywords", "group");

	/** The fields of a service request, in the specification’s order. */
	static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
			"service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
			"updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");

	static final String W3C = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	MockHttpServletRequestBuilder report() {
		return post("/open311/v2/requests.json").with(from(address()))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("service_code", "conduct")
			.param("lat", "20.9512")
			.param("long", "107.0836")
			.param("address_string", "Bộ phận một cửa phường Hà Tu")
			.param("first_name", "Văn Cường")
			.param("last_name", "Nguyễn")
			.param("email", "cuong@example.com")
			.param("phone", "0912 888 777")
			.param("description", "Can bo Nguyen Van Cuong (0912888777) yeu cau nop them phi ngoai quy dinh.")
			.param("media_url", "https://example.org/anh.jpg")
			.param("account_id", "acc-42");
	}

	@Test
	void servicesListEveryTopicWithTheSpecificationsFields() throws Exception {
		MvcResult result = this.mvc.perform(get("/open311/v2/services.json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$", hasSize(5)))
			.andExpect(jsonPath("$[0].service_code").value("regulation"))
			.andExpect(jsonPath("$[0].metadata").value(false))
			.andExpect(jsonPath("$[0].type").value("realtime"))
			.andExpect(jsonPath("$[4].service_code").value("general"))
			.andReturn();
		List<Map<String, Object>> services = JsonPath.read(result.getResponse().getContentAsString(), "$");
		for (Map<String, Object> service : services) {
			assertThat(service.keySet()).containsExactlyElementsOf(SERVICE_FIELDS);
			assertThat(service.get("service_name")).isInstanceOf(String.class).asString().isNotBlank();
			assertThat(service.get("keywords")).isInstanceOf(String.class);
			assertThat(service.get("group")).isEqualTo("Phản ánh, kiến nghị");
		}
		this.mvc.perform(get("/open311/v2/services.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(content().string(containsString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")))
			.andExpect(xpath("count(/services/service)").number(5.0))
			.andExpect(xpath("/services/service[1]/service_code").string("regulation"))
			.andExpect(xpath("/services/service[1]/metadata").string("false"))
			.andExpect(xpath("/services/service[1]/type").string("realtime"));
	}

	@Test
	void aRequestPostedByAnOpen311ClientIsRegisteredAndFollowedFieldByField() throws Exception {
		MvcResult created = this.mvc.perform(report())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].service_request_id").value(matchesPattern("PA-\\d{6}-[A-Z0-9]{6}")))
			.andExpect(jsonPath("$[0].token").value(nullValue()))
			.andExpect(jsonPath("$[0].service_notice").value(containsString("Đã tiếp nhận")))
			.andExpect(jsonPath("$[0].account_id").value("acc-42"))
			.andReturn();
		Map<String, Object> response = JsonPath.read(created.getResponse().getContentAsString(), "$[0]");
		assertThat(response.keySet()).containsExactly("service_request_id", "token", "service_notice", "account_id");
		String id = (String) response.get("service_request_id");
		assertThat(
				this.jdbc.sql("select channel || ' ' || topic || ' ' || sender_name from feedback_item where code = :c")
					.param("c", id)
					.query(String.class)
					.single())
			.isEqualTo("OPEN311 CONDUCT Nguyễn Văn Cường");

		MvcResult one = this.mvc.perform(get("/open311/v2/requests/" + id + ".json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].service_request_id").value(id))
			.andExpect(jsonPath("$[0].status").value("open"))
			.andExpect(jsonPath("$[0].status_notes").value(nullValue()))
			.andExpect(jsonPath("$[0].service_name").value("Hành vi của cán bộ, công chức"))
			.andExpect(jsonPath("$[0].service_code").value("conduct"))
			.andExpect(jsonPath("$[0].agency_responsible").value("Sở Tư pháp"))
			.andExpect(jsonPath("$[0].service_notice").value(nullValue()))
			.andExpect(jsonPath("$[0].requested_datetime").value(matchesPattern(W3C)))
			.andExpect(jsonPath("$[0].updated_datetime").value(matchesPattern(W3C)))
			.andExpect(jsonPath("$[0].expected_datetime").value(matchesPattern(W3C)))
			.andExpect(jsonPath("$[0].address").value("Bộ phận một cửa phường Hà Tu"))
			.andExpect(jsonPath("$[0].address_id").value(nullValue()))
			.andExpect(jsonPath("$[0].zipcode").value(nullValue()))
			.andExpect(jsonPath("$[0].lat").value(20.9512))
			.andExpect(jsonPath("$[0].long").value(107.0836))
			.andExpect(jsonPath("$[0].media_url").value("https://example.org/anh.jpg"))
			.andReturn();
		String body = one.getResponse().getContentAsString();
		Map<String, Object> request = JsonPath.read(body, "$[0]");
		assertThat(request.keySet()).containsExactlyElementsOf(REQUEST_FIELDS);
		// the description is public: personal data masked, contact details never returned
		assertThat((String) request.get("description")).contains("yeu cau nop them phi ngoai quy dinh")
			.doesNotContain("Nguyen Van Cuong")
			.doesNotContain("0912888777");
		assertThat(body).doesNotContain("cuong@example.com").doesNotContain("0912 888 777");

		this.mvc.perform(get("/open311/v2/requests/" + id + ".xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/service_requests/request/service_request_id").string(id))
			.andExpect(xpath("/service_requests/request/status").string("open"))
			.andExpect(xpath("/service_requests/request/lat").string("20.9512"))
			.andExpect(xpath("count(/service_requests/request/zipcode)").number(1.0))
			.andExpect(xpath("count(/service_requests/request/*)").number((double) REQUEST_FIELDS.size()));

		// the list, by id, by service and by status
		this.mvc.perform(get("/open311/v2/requests.json").param("service_request_id", id + ",PA-000000-NOSUCH"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].service_request_id").value(id));
		this.mvc.perform(get("/open311/v2/requests.json").param("service_code", "conduct").param("status", "open"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.service_request_id == '" + id + "')]", hasSize(1)))
			.andExpect(jsonPath("$[?(@.status == 'closed')]", hasSize(0)));
		this.mvc.perform(get("/open311/v2/requests.json").param("status", "closed"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.service_request_id == '" + id + "')]", hasSize(0)));
		this.mvc
			.perform(get("/open311/v2/requests.json").param("start_date", "2000-01-01T00:00:00Z")
				.param("end_date", "2000-02-01T00:00:00+07:00"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void closedRequestsCarryTheMaskedAnswerAsStatusNotes() throws Exception {
		// the demo data has published answers
		MvcResult result = this.mvc.perform(get("/open311/v2/requests.json").param("status", "closed"))
			.andExpect(status().isOk())
			.andReturn();
		List<Map<String, Object>> closed = JsonPath.read(result.getResponse().getContentAsString(), "$");
		assertThat(closed).isNotEmpty();
		for (Map<String, Object> request : closed) {
			assertThat(request.get("status")).isEqualTo("closed");
			assertThat(request.get("status_notes")).isNotNull();
		}
		assertThat(result.getResponse().getContentAsString()).doesNotContain("0912 345 678")
			.doesNotContain("Phạm Văn Hùng")
			.doesNotContain("022085001234");
	}

	@Test
	void malformedRequestsGetTheSpecificationsErrorList() throws Exception {
		long before = this.jdbc.sql("select count(*) from feedback_item").query(Long.class).single();
		this.mvc
			.perform(post("/open311/v2/requests.json").with(from(address()))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("service_code", " ")
				.param("address_string", "Hà Tu"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400));
		this.mvc
			.perform(post("/open311/v2/requests.json").with(from(address()))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("lat", "1")
				.param("long", "2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value(containsString("service_code")));
		this.mvc
			.perform(post("/open311/v2/requests.json").with(from(address()))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("service_code", "potholes")
				.param("lat", "1")
				.param("long", "2"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404))
			.andExpect(jsonPath("$[0].description").value(containsString("potholes")));
		this.mvc
			.perform(post("/open311/v2/requests.xml").with(from(address()))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("service_code", "regulation")
				.param("description", "Khong co vi tri")
				.param("first_name", "An")
				.param("phone", "0912345678"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/errors/error/code").string("400"))
			.andExpect(xpath("/errors/error/description").string(containsString("address_string")));
		this.mvc
			.perform(post("/open311/v2/requests.json").with(from(address()))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("service_code", "regulation")
				.param("lat", "north")
				.param("long", "2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(containsString("lat")));
		// missing contact details: the Decree’s rule, in the specification’s format
		this.mvc
			.perform(post("/open311/v2/requests.json").with(from(address()))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("service_code", "regulation")
				.param("lat", "20.95")
				.param("long", "107.08")
				.param("first_name", "An")
				.param("description", "Thu tuc phuc tap"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value(containsString("thư điện tử")));
		this.mvc.perform(get("/open311/v2/requests.json").param("start_date", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value(containsString("start_date")));
		this.mvc.perform(get("/open311/v2/requests.json").param("status", "pending"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400));
		this.mvc.perform(get("/open311/v2/requests/PA-000000-NOSUCH.json"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
		this.mvc.perform(get("/open311/v2/requests/PA-000000-NOSUCH.xml"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
		assertThat(this.jdbc.sql("select count(*) from feedback_item").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void abusiveVolumeIsRefusedWith429InTheSpecificationsFormat() throws Exception {
		String source = address();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(report().with(from(source))).andExpect(status().isOk());
		}
		this.mvc.perform(report().with(from(source)))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$[0].code").value(429))
			.andExpect(jsonPath("$[0].description").value(containsString("phút")));
	}

}
