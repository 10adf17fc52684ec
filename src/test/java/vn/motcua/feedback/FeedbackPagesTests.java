package vn.motcua.feedback;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.document.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.feedback.FeedbackTestSupport.address;
import static vn.motcua.feedback.FeedbackTestSupport.from;

/**
 * The feedback pages end to end with the demo accounts: a citizen files feedback on the
 * portal, the Department of Justice forwards it to Hà Tu, Hà Tu’s specialist answers, its
 * leader approves, the answer is published with personal data masked; who may see what;
 * refusals that keep the input.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FeedbackPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	MockHttpServletRequestBuilder portalForm(String phone) {
		return post("/feedback/new").with(csrf())
			.with(from(address()))
			.param("title", "Can bo yeu cau nop them giay to")
			.param("content",
					"Toi la Hoang Van Nam, so dien thoai " + phone
							+ ". Can bo Pham Thi Hoa yeu cau toi nop them ban sao so ho khau. Email nam.hv@example.com")
			.param("senderName", "Hoàng Văn Nam")
			.param("senderAddress", "Tổ 5, phường Hà Tu")
			.param("senderPhone", phone)
			.param("senderEmail", "nam.hv@example.com");
	}

	String file(MockHttpServletRequestBuilder form) throws Exception {
		MvcResult result = this.mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/feedback/track?code=PA-");
		return location.substring("/feedback/track?code=".length());
	}

	int version(String code) {
		return this.jdbc.sql("select lock_version from feedback_item where code = :code")
			.param("code", code)
			.query(Integer.class)
			.single();
	}

	MockHttpServletRequestBuilder act(String user, String code, String action) {
		return post("/workspace/feedback/" + code + "/" + action).with(csrf())
			.with(FeedbackTestSupport.as(this.users, user))
			.param("version", String.valueOf(version(code)));
	}

	@Test
	void aCitizensFeedbackIsForwardedAnsweredApprovedAndPublishedWithoutPersonalData() throws Exception {
		String code = file(portalForm("0913111222"));
		assertThat(this.jdbc.sql("select agency_code from feedback_item where code = :c")
			.param("c", code)
			.query(String.class)
			.single()).isEqualTo("22.STP");

		// the sender follows it with the code and the phone's last four digits
		this.mvc.perform(get("/feedback/track").param("code", code).param("check", "1222"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fb-track-result")));
		this.mvc.perform(get("/feedback/track").param("code", code).param("check", "0000"))
			.andExpect(status().isNotFound());

		// Sở Tư pháp forwards it to the commune
		this.mvc.perform(act("chuyenvien.stp", code, "route").param("topic", "conduct").param("agencyCode", "06652"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/workspace/feedback/" + code).with(FeedbackTestSupport.as(this.users, "chuyenvien.stp")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/workspace/feedback/" + code).with(FeedbackTestSupport.as(this.users, "tiepnhan.binhlieu")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/workspace/feedback").with(FeedbackTestSupport.as(this.users, "tiepnhan.binhlieu")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(code))));
		this.mvc.perform(get("/workspace/feedback").with(FeedbackTestSupport.as(this.users, "chuyenvien.hatu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)));

		// an answer needs its legal basis: refused, the input kept
		this.mvc
			.perform(act("chuyenvien.hatu", code, "answer").param("legalBasis", "")
				.param("answer", "Ho so khong yeu cau so ho khau"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ho so khong yeu cau so ho khau")))
			.andExpect(content().string(containsString("căn cứ pháp lý")));
		this.mvc
			.perform(act("chuyenvien.hatu", code, "answer").param("legalBasis", "Luật Hộ tịch 2014, Điều 16")
				.param("answer", "Phường đã nhắc nhở cán bộ Phạm Thị Hoa; hồ sơ không yêu cầu sổ hộ khẩu."))
			.andExpect(status().is3xxRedirection());
		// not published before a leader approves
		this.mvc.perform(get("/feedback/answers/" + code)).andExpect(status().isNotFound());
		// a stale form is refused with 409
		this.mvc
			.perform(post("/workspace/feedback/" + code + "/approve").with(csrf())
				.with(FeedbackTestSupport.as(this.users, "lanhdao.hatu"))
				.param("version", "0"))
			.andExpect(status().isConflict());
		this.mvc.perform(act("lanhdao.hatu", code, "approve")).andExpect(status().is3xxRedirection());

		String page = this.mvc.perform(get("/feedback/answers/" + code))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Luật Hộ tịch 2014, Điều 16")
			.contains("hồ sơ không yêu cầu sổ hộ khẩu")
			.doesNotContain("0913111222")
			.doesNotContain("nam.hv@example.com")
			.doesNotContainIgnoringCase("Hoang Van Nam")
			.doesNotContain("Hoàng Văn Nam")
			.doesNotContain("Pham Thi Hoa")
			.doesNotContain("Phạm Thị Hoa")
			.doesNotContain("Tổ 5");
		this.mvc.perform(get("/feedback"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(not(containsString("0913111222"))));

		// the sender says whether it solved the matter
		this.mvc
			.perform(post("/feedback/track/resolution").with(csrf())
				.param("code", code)
				.param("check", "1222")
				.param("resolved", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/feedback/answers/" + code))
			.andExpect(content().string(containsString("fb-public-resolved")));
	}

	@Test
	void aLeaderDoesNotApproveTheirOwnDraftAndReturnsDraftsWithAComment() throws Exception {
		String code = file(portalForm("0913222333").param("agencyCode", "06652"));
		this.mvc
			.perform(act("lanhdao.hatu", code, "route").param("topic", "implementation").param("agencyCode", "06652"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(act("lanhdao.hatu", code, "answer").param("legalBasis", "Nghị định 23/2015/NĐ-CP")
				.param("answer", "Đã xử lý."))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(act("lanhdao.hatu", code, "approve")).andExpect(status().isForbidden());
		this.mvc.perform(act("chuyenvien.hatu", code, "approve")).andExpect(status().isForbidden());
		this.mvc.perform(act("lanhdao.hatu", code, "return").param("note", "")).andExpect(status().isBadRequest());
		this.mvc.perform(act("lanhdao.hatu", code, "return").param("note", "Bổ sung căn cứ"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select status from feedback_item where code = :c")
			.param("c", code)
			.query(String.class)
			.single()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void feedbackAboutADossierIsLinkedToADossierThatExists() throws Exception {
		String code = file(portalForm("0913555666").param("agencyCode", "06652"));
		this.mvc
			.perform(act("chuyenvien.hatu", code, "route").param("topic", "dossier")
				.param("agencyCode", "06652")
				.param("dossierCode", "06652-000000-9999"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Không có hồ sơ mã 06652-000000-9999")));
		this.mvc.perform(act("chuyenvien.hatu", code, "route").param("topic", "dossier").param("agencyCode", "06652"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("phải có mã hồ sơ")));
		this.mvc
			.perform(act("chuyenvien.hatu", code, "route").param("topic", "dossier")
				.param("agencyCode", "06652")
				.param("dossierCode", "06652-261102-0001"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/workspace/feedback/" + code).with(FeedbackTestSupport.as(this.users, "chuyenvien.hatu")))
			.andExpect(content().string(containsString("href=\"/workspace/dossiers/06652-261102-0001\"")));
	}

	@Test
	void missingContactDetailsAreRefusedBesideTheFieldWithTheInputKept() throws Exception {
		long before = count();
		this.mvc
			.perform(post("/feedback/new").with(csrf())
				.with(from(address()))
				.param("title", "Thu tuc qua phuc tap")
				.param("content", "Noi dung rat dai va quan trong")
				.param("senderName", "Lê Văn Tám")
				.param("senderAddress", "Hạ Long"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("số điện thoại hoặc thư điện tử")))
			.andExpect(content().string(containsString("Noi dung rat dai va quan trong")));
		this.mvc
			.perform(post("/feedback/new").with(csrf())
				.with(from(address()))
				.param("title", "Thu tuc")
				.param("content", "Noi dung")
				.param("senderPhone", "0912345678"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("họ và tên")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anAttachmentOfTheWrongTypeIsRefusedAndNothingIsStored() throws Exception {
		long before = count();
		long files = this.jdbc.sql("select count(*) from document_file").query(Long.class).single();
		org.springframework.test.web.servlet.RequestBuilder form = multipart("/feedback/new")
			.file(new MockMultipartFile("files", "anh.pdf", "application/pdf", "MZ not a pdf at all".getBytes()))
			.file(new MockMultipartFile("files", "to-khai.pdf", "application/pdf", SampleFiles.pdf()))
			.with(csrf())
			.with(from(address()))
			.param("title", "Co tep dinh kem")
			.param("content", "Xem tep")
			.param("senderName", "Lê Văn Tám")
			.param("senderAddress", "Hạ Long")
			.param("senderPhone", "0912345678");
		this.mvc.perform(form)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("anh.pdf")));
		assertThat(count()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from document_file").query(Long.class).single()).isEqualTo(files);
	}

	@Test
	void abusiveVolumeFromOneSourceIsRefusedWith429AndAClearMessage() throws Exception {
		String source = address();
		for (int i = 0; i < 5; i++) {
			file(portalForm("0913444555").with(from(source)));
		}
		long before = count();
		this.mvc.perform(portalForm("0913444555").with(from(source)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("chờ ít phút")))
			.andExpect(content().string(containsString("Can bo yeu cau nop them giay to")));
		assertThat(count()).isEqualTo(before);
		// another source is not affected
		file(portalForm("0913444555").with(from(address())));
	}

	@Test
	void staffRecordFeedbackGivenByPhoneAndSeeOnlyTheirAgencysItems() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/workspace/feedback/new").with(csrf())
				.with(FeedbackTestSupport.as(this.users, "tiepnhan.hatu"))
				.param("channel", "PHONE")
				.param("title", "Goi duong day nong")
				.param("content", "Phan anh qua dien thoai")
				.param("senderName", "Đỗ Văn Ba")
				.param("senderAddress", "Hà Tu")
				.param("senderPhone", "0987000111"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String code = result.getResponse().getRedirectedUrl().substring("/workspace/feedback/".length());
		assertThat(this.jdbc.sql("select channel || ' ' || agency_code from feedback_item where code = :c")
			.param("c", code)
			.query(String.class)
			.single()).isEqualTo("PHONE 06652");
		this.mvc.perform(get("/workspace/feedback").with(FeedbackTestSupport.as(this.users, "chuyenvien.stp")))
			.andExpect(content().string(not(containsString(code))));
		// the province's administrator, who includes sub-agencies, sees it
		this.mvc.perform(get("/workspace/feedback/" + code).with(FeedbackTestSupport.as(this.users, "thanhtra")))
			.andExpect(status().isOk());
		// the inspector reads but does not act
		this.mvc.perform(act("thanhtra", code, "route").param("topic", "regulation").param("agencyCode", "06652"))
			.andExpect(status().isForbidden());
	}

	@Test
	void statisticsCountTheAgencysItemsByTopic() throws Exception {
		this.mvc.perform(get("/workspace/feedback/statistics").with(FeedbackTestSupport.as(this.users, "lanhdao.stp")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fb-stats-total")))
			.andExpect(content().string(containsString("Sở Tư pháp")))
			.andExpect(content().string(not(containsString("Phường Hà Tu"))));
	}

	long count() {
		return this.jdbc.sql("select count(*) from feedback_item").query(Long.class).single();
	}

}
