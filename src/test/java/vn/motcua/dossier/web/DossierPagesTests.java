package vn.motcua.dossier.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.document.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dossier pages with the demo accounts of Hà Tu: who may open which page, the online
 * form (draft, submit once however often it is sent, files checked by content), the
 * queues and their search, the staff dossier page and its action forms (errors shown
 * beside the form with the input kept, 409 when someone else acted first), counter
 * intake, downloads and public tracking.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierPagesTests {

	static final String BIRTH = "1.001193";

	static final byte[] PDF = SampleFiles.pdf();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor as(String username) {
		UserDetails details = this.users.loadUserByUsername(username);
		return user(details);
	}

	MockMultipartHttpServletRequestBuilder onlineForm(String key, String phone) {
		return onlineForm(key, phone, "submit");
	}

	MockMultipartHttpServletRequestBuilder onlineForm(String key, String phone, String intent) {
		MockMultipartHttpServletRequestBuilder form = multipart("/account/dossiers/new");
		form.file(new MockMultipartFile("file-0", "to-khai.pdf", "application/pdf", PDF));
		form.file(new MockMultipartFile("file-1", "giay-chung-sinh.png", "image/png", SampleFiles.png()));
		form.param("procedure", BIRTH)
			.param("formKey", key)
			.param("intent", intent)
			.param("caseIndex", "0")
			.param("agencyCode", "06652")
			.param("name", "Nguyễn Văn An")
			.param("idNumber", "022085001234")
			.param("phone", phone)
			.param("address", "Tổ 1, Hà Tu")
			.param("note", "Đăng ký khai sinh cho con");
		return form;
	}

	/** Submits through the page and returns the new dossier's code. */
	String submitOnline(String phone) throws Exception {
		MvcResult result = this.mvc
			.perform(onlineForm(UUID.randomUUID().toString(), phone).with(as("congdan")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/account/dossiers/06652-");
		return location.substring("/account/dossiers/".length());
	}

	@Test
	void theOnlineFormIsPrefilledAndSubmittedOnceHoweverOftenItIsSent() throws Exception {
		this.mvc.perform(get("/account/dossiers/new").param("procedure", BIRTH).with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"formKey\"")))
			.andExpect(content().string(containsString("Nguyễn Văn An")))
			.andExpect(content().string(containsString("Phường Hà Tu")));
		String key = UUID.randomUUID().toString();
		String first = this.mvc.perform(onlineForm(key, "0912340001").with(as("congdan")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		// the double click: the same one-time key
		String second = this.mvc.perform(onlineForm(key, "0912340001").with(as("congdan")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(second).isEqualTo(first);
		String code = first.substring("/account/dossiers/".length());
		assertThat(this.jdbc.sql("select count(*) from dossier where applicant_phone = '0912340001'")
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(get(first).with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("to-khai.pdf")))
			.andExpect(content().string(containsString("Mới đăng ký")));
		this.mvc.perform(get("/account/dossiers").with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)));
		// another citizen may not see it
		this.mvc.perform(get(first).with(as("congdan2"))).andExpect(status().isForbidden());
	}

	@Test
	void aDraftIsSavedContinuedAndDeleted() throws Exception {
		MockMultipartHttpServletRequestBuilder form = onlineForm(UUID.randomUUID().toString(), "", "draft");
		String location = this.mvc.perform(form.with(as("congdan")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/account/dossiers/new?draft=");
		String id = location.substring(location.indexOf('=') + 1);
		this.mvc.perform(get(location).with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"draftId\"")))
			.andExpect(content().string(containsString("to-khai.pdf")));
		// not someone else's
		this.mvc.perform(get(location).with(as("congdan2"))).andExpect(status().isNotFound());
		this.mvc.perform(post("/account/dossiers/drafts/" + id + "/delete").with(as("congdan")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(location).with(as("congdan"))).andExpect(status().isNotFound());
	}

	@Test
	void badInputIsRefusedBesideTheFieldAndNothingIsCreated() throws Exception {
		long before = this.jdbc.sql("select count(*) from dossier").query(Long.class).single();
		// no phone
		this.mvc.perform(onlineForm(UUID.randomUUID().toString(), "").with(as("congdan")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Vui lòng nhập số điện thoại")))
			.andExpect(content().string(containsString("Tổ 1, Hà Tu")));
		// a text file named .pdf: the type is checked from the content
		MockMultipartHttpServletRequestBuilder fake = multipart("/account/dossiers/new");
		fake.file(new MockMultipartFile("file-0", "to-khai.pdf", "application/pdf", "không phải PDF".getBytes()));
		fake.param("procedure", BIRTH)
			.param("formKey", UUID.randomUUID().toString())
			.param("intent", "submit")
			.param("caseIndex", "0")
			.param("agencyCode", "06652")
			.param("name", "Nguyễn Văn An")
			.param("phone", "0912340002");
		this.mvc.perform(fake.with(as("congdan")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("to-khai.pdf")))
			.andExpect(content().string(containsString("id=\"papers-error\"")));
		// mandatory papers missing
		MockMultipartHttpServletRequestBuilder none = multipart("/account/dossiers/new");
		none.param("procedure", BIRTH)
			.param("formKey", UUID.randomUUID().toString())
			.param("intent", "submit")
			.param("caseIndex", "0")
			.param("agencyCode", "06652")
			.param("name", "Nguyễn Văn An")
			.param("phone", "0912340002");
		this.mvc.perform(none.with(as("congdan")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Còn thiếu giấy tờ bắt buộc")));
		// an unknown procedure
		this.mvc.perform(get("/account/dossiers/new").param("procedure", "9.999999").with(as("congdan")))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void pagesAreForTheirAudience() throws Exception {
		this.mvc.perform(get("/workspace/dossiers").with(as("congdan"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/account/dossiers").with(as("tiepnhan.hatu"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/workspace/dossiers/new").with(as("chuyenvien.hatu"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/workspace/dossiers/new").with(as("tiepnhan.hatu"))).andExpect(status().isOk());
		this.mvc.perform(get("/workspace/dossiers")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/account/dossiers/new").param("procedure", BIRTH)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/track")).andExpect(status().isOk());
	}

	@Test
	void theDeskFindsReceivesAndTheSecondClickIsToldWhoDidIt() throws Exception {
		String code = submitOnline("0912340003");
		this.mvc.perform(get("/workspace/dossiers").param("tab", "new").with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)));
		// accent-free name, code prefix and CCCD
		this.mvc.perform(get("/workspace/dossiers").param("q", "nguyen van an").with(as("tiepnhan.hatu")))
			.andExpect(content().string(containsString(code)));
		this.mvc.perform(get("/workspace/dossiers").param("q", code).with(as("tiepnhan.hatu")))
			.andExpect(content().string(containsString(code)));
		this.mvc.perform(get("/workspace/dossiers").param("cccd", "022085001234").with(as("tiepnhan.hatu")))
			.andExpect(content().string(containsString(code)));
		this.mvc.perform(get("/workspace/dossiers").param("tab", "new").with(as("tiepnhan.binhlieu")))
			.andExpect(content().string(not(containsString(code))));
		this.mvc.perform(get("/workspace/dossiers/" + code).with(as("tiepnhan.binhlieu")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/workspace/dossiers/" + code).with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"action-receive\"")))
			.andExpect(content().string(containsString("id=\"action-request-supplement\"")));
		// a supplement request naming no paper: refused beside the form, input kept
		this.mvc
			.perform(post("/workspace/dossiers/" + code + "/actions/request-supplement").param("reason", "Xem lại")
				.param("paperName", "")
				.param("paperReason", "")
				.with(as("tiepnhan.hatu"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"f-request-supplement-error\"")))
			.andExpect(content().string(containsString("Xem lại")));
		this.mvc
			.perform(post("/workspace/dossiers/" + code + "/actions/receive").with(as("tiepnhan.hatu")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/workspace/dossiers/" + code + "/actions/receive").with(as("tiepnhan.hatu")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"conflict-alert\"")))
			.andExpect(content().string(containsString("tiepnhan.hatu")));
		this.mvc.perform(get("/workspace/dossiers/" + code).with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"receipt\"")))
			.andExpect(content().string(containsString("data:image/png;base64,")));
		// the specialist sees it in "my steps" after the desk forwards it
		this.mvc
			.perform(post("/workspace/dossiers/" + code + "/actions/forward").param("assignee", "chuyenvien.hatu")
				.with(as("tiepnhan.hatu"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/workspace/dossiers").param("tab", "mine").with(as("chuyenvien.hatu")))
			.andExpect(content().string(containsString(code)));
		// a malformed amount
		this.mvc
			.perform(post("/workspace/dossiers/" + code + "/actions/request-payment").param("amountVnd", "mười nghìn")
				.param("reason", "Lệ phí")
				.with(as("chuyenvien.hatu"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("mười nghìn")));
		// an apology with a date in the past, and an unknown action
		this.mvc
			.perform(post("/workspace/dossiers/" + code + "/actions/nonsense").with(as("chuyenvien.hatu")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	org.springframework.test.web.servlet.ResultActions act(String code, String action, String username,
			String... params) throws Exception {
		var request = post("/workspace/dossiers/" + code + "/actions/" + action).with(as(username)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request);
	}

	/** The row of the dossier in the table of a page. */
	static String row(String html, String table, String code) {
		int at = html.indexOf(">" + code + "<", html.indexOf("id=\"" + table + "\""));
		assertThat(at).as("row of %s", code).isPositive();
		return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
	}

	@Test
	void aSpecialistRefusesOnTheDossierPageAndTheRefusalIsReturnedAsTheResult() throws Exception {
		String code = submitOnline("0912340077");
		act(code, "receive", "tiepnhan.hatu").andExpect(status().is3xxRedirection());
		// the desk received it but does not appraise it: no refusal offered
		this.mvc.perform(get("/workspace/dossiers/" + code).with(as("tiepnhan.hatu")))
			.andExpect(content().string(not(containsString("id=\"action-refuse\""))));
		act(code, "forward", "tiepnhan.hatu", "assignee", "chuyenvien.hatu").andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/workspace/dossiers/" + code).with(as("chuyenvien.hatu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"action-refuse\"")))
			.andExpect(content().string(containsString("Từ chối giải quyết hồ sơ")))
			.andExpect(content().string(containsString("name=\"legalBasis\"")))
			.andExpect(content().string(containsString("for=\"f-refuse-legal-basis\"")));
		// without its legal basis: said beside the form, the reasons kept
		act(code, "refuse", "chuyenvien.hatu", "reason", "Giấy chứng sinh không phải bản chính", "legalBasis", " ")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"f-refuse-error\"")))
			.andExpect(content().string(containsString("Hãy ghi căn cứ pháp lý của việc từ chối")))
			.andExpect(content().string(containsString("Giấy chứng sinh không phải bản chính")));
		act(code, "refuse", "chuyenvien.hatu", "reason", "Giấy chứng sinh không phải bản chính", "legalBasis",
				"Khoản 1 Điều 16 Luật Hộ tịch 2014")
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/workspace/dossiers/" + code).with(as("lanhdao.hatu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"refusal\"")))
			.andExpect(content().string(containsString("Đang chờ lãnh đạo duyệt Phiếu từ chối.")))
			.andExpect(content().string(containsString("Khoản 1 Điều 16 Luật Hộ tịch 2014")))
			.andExpect(content().string(containsString("id=\"action-approve\"")));
		// the leader's queue says what is to approve
		assertThat(row(this.mvc.perform(get("/workspace/dossiers").param("tab", "approve").with(as("lanhdao.hatu")))
			.andReturn()
			.getResponse()
			.getContentAsString(), "queue-table", code)).contains("Từ chối giải quyết hồ sơ");
		// the applicant does not see a refusal that is not issued
		this.mvc.perform(get("/account/dossiers/" + code).with(as("congdan")))
			.andExpect(content().string(not(containsString("id=\"refusal\""))));
		assertThat(row(this.mvc.perform(get("/account/dossiers").with(as("congdan")))
			.andReturn()
			.getResponse()
			.getContentAsString(), "mine-table", code)).doesNotContain("Từ chối giải quyết hồ sơ");
		act(code, "approve", "lanhdao.hatu").andExpect(status().is3xxRedirection());
		act(code, "result-ready", "tiepnhan.hatu").andExpect(status().is3xxRedirection());
		act(code, "return-result", "tiepnhan.hatu", "channel", "DIRECT").andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/track").param("code", code).param("phone4", "0077"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"track-refused\"")))
			.andExpect(content().string(containsString("Kết quả: từ chối giải quyết hồ sơ")))
			.andExpect(content().string(containsString("Từ chối giải quyết hồ sơ")))
			// the reasons are for the applicant, not for public tracking
			.andExpect(content().string(not(containsString("Giấy chứng sinh không phải bản chính"))));
		assertThat(row(this.mvc.perform(get("/account/dossiers").with(as("congdan")))
			.andReturn()
			.getResponse()
			.getContentAsString(), "mine-table", code)).contains("Đã trả kết quả").contains("Từ chối giải quyết hồ sơ");
		this.mvc.perform(get("/account/dossiers/" + code).with(as("congdan")))
			.andExpect(content().string(containsString("id=\"refusal\"")))
			.andExpect(content().string(containsString("Giấy chứng sinh không phải bản chính")))
			.andExpect(content().string(containsString("/account/dossiers/" + code + "/forms/refusal")));
	}

	@Test
	void filesAreDownloadedByTheOwnerAndTheAgencyOnly() throws Exception {
		String code = submitOnline("0912340004");
		String page = this.mvc.perform(get("/account/dossiers/" + code).with(as("congdan")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int at = page.indexOf("/account/dossiers/" + code + "/files/");
		assertThat(at).isPositive();
		String id = page.substring(at + ("/account/dossiers/" + code + "/files/").length(), page.indexOf('"', at));
		this.mvc.perform(get("/account/dossiers/" + code + "/files/" + id).with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(PDF));
		this.mvc.perform(get("/workspace/dossiers/" + code + "/files/" + id).with(as("tiepnhan.hatu")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/workspace/dossiers/" + code + "/files/" + id).with(as("tiepnhan.binhlieu")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/account/dossiers/" + code + "/files/" + id).with(as("congdan2")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/account/dossiers/" + code + "/files/" + UUID.randomUUID()).with(as("congdan")))
			.andExpect(status().isNotFound());
	}

	@Test
	void counterIntakeReceivesAtOnceAndShowsTheReceipt() throws Exception {
		MockMultipartHttpServletRequestBuilder form = multipart("/workspace/dossiers/new");
		form.file(new MockMultipartFile("file-0", "scan.jpg", "image/jpeg", SampleFiles.jpeg()));
		form.param("procedure", BIRTH)
			.param("caseIndex", "0")
			.param("agencyCode", "06652")
			.param("name", "Trần Thị Bình")
			.param("phone", "0987650005")
			.param("received", "0", "1")
			.param("channel", "POST");
		String location = this.mvc.perform(form.with(as("tiepnhan.hatu")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/workspace/dossiers/06652-").endsWith("#receipt");
		String code = location.substring("/workspace/dossiers/".length(), location.indexOf('#'));
		this.mvc.perform(get("/workspace/dossiers/" + code).with(as("tiepnhan.hatu")))
			.andExpect(content().string(containsString("Được tiếp nhận")))
			.andExpect(content().string(containsString("scan.jpg")))
			.andExpect(content().string(containsString("Qua bưu chính công ích")));
		// nothing ticked: the mandatory papers are missing
		MockMultipartHttpServletRequestBuilder empty = multipart("/workspace/dossiers/new");
		empty.param("procedure", BIRTH)
			.param("caseIndex", "0")
			.param("agencyCode", "06652")
			.param("name", "Trần Thị Bình")
			.param("phone", "0987650005");
		this.mvc.perform(empty.with(as("tiepnhan.hatu")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Còn thiếu giấy tờ bắt buộc")))
			.andExpect(content().string(containsString("Trần Thị Bình")));
	}

	@Test
	void trackingShowsAMaskedDossierOnlyWithTheRightDigits() throws Exception {
		String code = submitOnline("0912340006");
		this.mvc.perform(get("/track/" + code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + code + "\"")))
			.andExpect(content().string(not(containsString("id=\"track-result\""))));
		this.mvc.perform(get("/track").param("code", code).param("phone4", "0006"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"track-result\"")))
			.andExpect(content().string(containsString("N***")))
			.andExpect(content().string(not(containsString("Nguyễn Văn An"))));
		this.mvc.perform(get("/track").param("code", code).param("phone4", "9999"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("id=\"track-result\""))));
		this.mvc.perform(get("/track").param("code", code).param("phone4", "12a"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("4 chữ số")));
		this.mvc.perform(get("/track").param("code", "").param("phone4", "1234")).andExpect(status().isBadRequest());
	}

}
