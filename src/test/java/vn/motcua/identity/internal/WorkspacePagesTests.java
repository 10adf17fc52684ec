package vn.motcua.identity.internal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.motcua.identity.AccountPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The workspace and account pages, seen by the demo accounts. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkspacePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory directory;

	@Test
	void showsTheProvinceAdministratorWhatTheyCanDo() throws Exception {
		String html = page("/workspace", "admin", null);

		assertThat(html).contains("Trần Quốc Hùng", "Quản trị hệ thống", "Quảng Ninh", "(và các đơn vị trực thuộc)")
			.contains("href=\"/admin/agencies\"", "href=\"/admin/agencies/22/accounts\"", "href=\"/admin/audit\"");
	}

	@Test
	void showsASpecialistTheirRoleInWordsInBothLanguages() throws Exception {
		String html = page("/workspace", "chuyenvien.stp", null);
		assertThat(html).contains("Phạm Minh Tuấn", "Chuyên viên", "Sở Tư pháp")
			.contains("thẩm định, xử lý hồ sơ")
			.doesNotContain("href=\"/admin/audit\"");

		assertThat(page("/workspace", "chuyenvien.stp", "en")).contains("Specialist", "examines and processes");
	}

	@Test
	void showsTheInspectorTheAuditLog() throws Exception {
		String html = page("/workspace", "thanhtra", null);
		assertThat(html).contains("Thanh tra (chỉ xem)", "href=\"/admin/audit\"")
			.doesNotContain("href=\"/admin/agencies/22/accounts\"");
	}

	@Test
	void leadsTheOneStopOfficerToTheDaysPaymentsAndRefunds() throws Exception {
		assertThat(page("/workspace", "tiepnhan.hatu", null)).contains("href=\"/workspace/payments\"",
				"Thu, hoàn tiền trong ngày");
		assertThat(page("/workspace", "chuyenvien.stp", null)).doesNotContain("href=\"/workspace/payments\"");
	}

	@Test
	void showsTheCitizenTheirProfileWithTheNumberMasked() throws Exception {
		String html = page("/account", "congdan", null);

		assertThat(html).contains("Nguyễn Văn An", "congdan@motcua.example", "********1234", "1985", "Nam")
			.doesNotContain("022085001234");
	}

	@Test
	void sendsSignedInUsersFromTheLoginPageToTheirHome() throws Exception {
		this.mvc.perform(get("/login").with(user(principal("congdan")))).andExpect(redirectedUrl("/account"));
		this.mvc.perform(get("/login").with(user(principal("admin")))).andExpect(redirectedUrl("/workspace"));
	}

	private String page(String path, String username, String lang) throws Exception {
		var request = get(path).with(user(principal(username)));
		if (lang != null) {
			request.param("lang", lang);
		}
		return HtmlUtils.htmlUnescape(
				this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private AccountPrincipal principal(String username) {
		AccountPrincipal principal = (AccountPrincipal) this.directory.loadUserByUsername(username);
		principal.eraseCredentials();
		return principal;
	}

}
