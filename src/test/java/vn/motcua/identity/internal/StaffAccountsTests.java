package vn.motcua.identity.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class StaffAccountsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccounts staffAccounts;

	@Autowired
	CitizenRegistration citizens;

	@Autowired
	AccountDirectory directory;

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new TestAccounts(this.staffAccounts, this.citizens, this.directory);
	}

	@Test
	void aProvinceAdministratorCreatesACommuneAdministrator() throws Exception {
		StaffPrincipal admin = this.accounts.staff("22", true, Role.SYSTEM_ADMIN);
		String username = TestAccounts.unique("quantri.");

		this.mvc
			.perform(create("06652", admin).param("username", username)
				.param("fullName", "Bùi Văn Quản")
				.param("email", username + "@motcua.example")
				.param("password", TestAccounts.PASSWORD)
				.param("roles", "SYSTEM_ADMIN", "ONE_STOP_OFFICER"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/agencies/06652/accounts"))
			.andExpect(flash().attribute("created", username));

		StaffPrincipal created = (StaffPrincipal) this.directory.loadUserByUsername(username);
		assertThat(created.agencyCode()).isEqualTo("06652");
		assertThat(created.includesSubAgencies()).isFalse();
		assertThat(created.roles()).containsExactlyInAnyOrder(Role.SYSTEM_ADMIN, Role.ONE_STOP_OFFICER);
		assertThat(this.jdbc.sql("SELECT actor || ' ' || details FROM audit_entry WHERE subject = :s")
			.param("s", "account:" + username)
			.query(String.class)
			.single())
			.isEqualTo(admin.getUsername() + " kind=STAFF agency=06652 subAgencies=false "
					+ "roles=ONE_STOP_OFFICER,SYSTEM_ADMIN");
		this.mvc.perform(get("/admin/agencies/06652/accounts").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(username)))
			.andExpect(content().string(containsString("Quản trị hệ thống")));
	}

	@Test
	void aCommuneAdministratorMayNotGrantSystemAdministratorNorSubAgencies() throws Exception {
		StaffPrincipal admin = this.accounts.staff("06652", false, Role.SYSTEM_ADMIN);
		String username = TestAccounts.unique("cb.");

		String html = this.mvc
			.perform(create("06652", admin).param("username", username)
				.param("fullName", "Cán Bộ")
				.param("password", TestAccounts.PASSWORD)
				.param("roles", "SYSTEM_ADMIN")
				.param("includesSubAgencies", "true"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("id=\"roles-error\"")
			.contains("Chỉ quản trị hệ thống cấp tỉnh mới được cấp vai trò Quản trị hệ thống.")
			.contains("id=\"includesSubAgencies-error\"");
		assertThat(this.directory.byUsername(username)).isEmpty();
	}

	@Test
	void aCommuneAdministratorManagesOnlyTheirCommune() throws Exception {
		StaffPrincipal admin = this.accounts.staff("06652", false, Role.SYSTEM_ADMIN);
		String username = TestAccounts.unique("cb.");

		this.mvc
			.perform(create("06838", admin).param("username", username)
				.param("fullName", "Cán Bộ")
				.param("password", TestAccounts.PASSWORD)
				.param("roles", "SPECIALIST"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/agencies/06838/accounts").with(user(admin))).andExpect(status().isForbidden());
		assertThat(this.directory.byUsername(username)).isEmpty();
	}

	@Test
	void onlySystemAdministratorsManageAccounts() throws Exception {
		StaffPrincipal leader = this.accounts.staff("06652", false, Role.AGENCY_LEADER);

		this.mvc.perform(get("/admin/agencies/06652/accounts").with(user(leader))).andExpect(status().isForbidden());
		this.mvc
			.perform(create("06652", leader).param("username", TestAccounts.unique("cb."))
				.param("fullName", "Cán Bộ")
				.param("password", TestAccounts.PASSWORD)
				.param("roles", "SPECIALIST"))
			.andExpect(status().isForbidden());
	}

	@Test
	void showsEveryProblemOfTheFormNextToItsField() throws Exception {
		StaffPrincipal admin = this.accounts.staff("06652", false, Role.SYSTEM_ADMIN);
		long before = this.jdbc.sql("SELECT count(*) FROM identity_account").query(Long.class).single();

		String html = this.mvc
			.perform(create("06652", admin).param("username", "Ab")
				.param("fullName", "")
				.param("email", "x@")
				.param("phone", "12345")
				.param("password", "short"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("id=\"username-error\"", "id=\"fullName-error\"", "id=\"email-error\"",
				"id=\"phone-error\"", "id=\"password-error\"", "id=\"roles-error\"",
				"Vui lòng chọn ít nhất một vai trò.");
		assertThat(this.jdbc.sql("SELECT count(*) FROM identity_account").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void refusesADuplicateUsername() throws Exception {
		StaffPrincipal admin = this.accounts.staff("06652", false, Role.SYSTEM_ADMIN);

		this.mvc
			.perform(create("06652", admin).param("username", "admin")
				.param("fullName", "Người Khác")
				.param("password", TestAccounts.PASSWORD)
				.param("roles", "SPECIALIST"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Tên đăng nhập này đã được sử dụng.")));
	}

	@Test
	void disablesAndEnablesAnAccountWhichThenCannotLogIn() throws Exception {
		StaffPrincipal admin = this.accounts.staff("06652", false, Role.SYSTEM_ADMIN);
		StaffPrincipal officer = this.accounts.staff("06652", false, Role.ONE_STOP_OFFICER);

		this.mvc
			.perform(post("/admin/agencies/06652/accounts/{u}/enabled", officer.getUsername()).param("enabled", "false")
				.with(user(admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/agencies/06652/accounts"));
		this.mvc
			.perform(post("/login").param("username", officer.getUsername())
				.param("password", TestAccounts.PASSWORD)
				.with(csrf())
				.with(TestAccounts.fromUniqueAddress()))
			.andExpect(redirectedUrl("/login?error=disabled"));
		// the disabled state is only revealed to whoever knows the password
		this.mvc
			.perform(post("/login").param("username", officer.getUsername())
				.param("password", "Wrong2026x")
				.with(csrf())
				.with(TestAccounts.fromUniqueAddress()))
			.andExpect(redirectedUrl("/login?error=credentials"));

		this.mvc
			.perform(post("/admin/agencies/06652/accounts/{u}/enabled", officer.getUsername()).param("enabled", "true")
				.with(user(admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/agencies/06652/accounts"));
		this.mvc
			.perform(post("/login").param("username", officer.getUsername())
				.param("password", TestAccounts.PASSWORD)
				.with(csrf())
				.with(TestAccounts.fromUniqueAddress()))
			.andExpect(redirectedUrl("/workspace"));
		assertThat(this.jdbc
			.sql("SELECT details FROM audit_entry WHERE subject = :s AND action = 'account.changed' " + "ORDER BY seq")
			.param("s", "account:" + officer.getUsername())
			.query(String.class)
			.list()).containsExactly("change=DISABLED", "change=ENABLED");
	}

	@Test
	void anAdministratorCannotDisableThemself() {
		StaffPrincipal admin = this.accounts.staff("06652", false, Role.SYSTEM_ADMIN);

		assertThat(org.assertj.core.api.Assertions
			.catchThrowableOfType(DomainException.class,
					() -> this.staffAccounts.setEnabled("06652", admin.getUsername(), false, admin))
			.code()).isEqualTo("account.disable-self");
	}

	@Test
	void anAccountOfAnotherAgencyIsNotFoundThroughThisOne() throws Exception {
		StaffPrincipal admin = this.accounts.staff("22", true, Role.SYSTEM_ADMIN);
		StaffPrincipal officer = this.accounts.staff("06838", false, Role.ONE_STOP_OFFICER);

		this.mvc
			.perform(post("/admin/agencies/06652/accounts/{u}/enabled", officer.getUsername()).param("enabled", "false")
				.with(user(admin))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.directory.byUsername(officer.getUsername()).orElseThrow().enabled()).isTrue();
	}

	private static MockHttpServletRequestBuilder create(String agencyCode, StaffPrincipal admin) {
		return post("/admin/agencies/{code}/accounts", agencyCode).with(user(admin)).with(csrf());
	}

}
