package vn.motcua.identity.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SecurityConfigurationTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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
	void sendsTheContentSecurityPolicyWithoutUnsafeInline() throws Exception {
		MvcResult result = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andReturn();
		String csp = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").contains("script-src 'self'");
	}

	@Test
	void sendsStrictTransportSecurityOverHttps() throws Exception {
		this.mvc.perform(get("/").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
	}

	@Test
	void sendsTheSecurityHeadersOnApiResponsesToo() throws Exception {
		this.mvc.perform(get("/api/v1/audit/verify"))
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void sendsAnonymousPageRequestsToTheLoginPage() throws Exception {
		this.mvc.perform(get("/workspace")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/account")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/audit")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void answersAnonymousApiRequestsWith401ProblemDetails() throws Exception {
		this.mvc.perform(get("/api/v1/audit/verify").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.code").value("auth.required"))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	@Test
	void answersForbiddenApiRequestsWith403ProblemDetails() throws Exception {
		CitizenPrincipal citizen = this.accounts.citizen();
		this.mvc.perform(get("/api/v1/audit/verify").with(user(citizen)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("auth.forbidden"));
		StaffPrincipal specialist = this.accounts.staff("22.STP", false, Role.SPECIALIST);
		this.mvc.perform(get("/api/v1/audit/verify").with(user(specialist)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("auth.forbidden"));
	}

	@Test
	void showsTheErrorPageWith403ForForbiddenPages() throws Exception {
		CitizenPrincipal citizen = this.accounts.citizen();
		StaffPrincipal staff = this.accounts.staff("22.STP", false, Role.SPECIALIST);

		this.mvc.perform(get("/workspace").with(user(citizen))).andExpect(status().isForbidden());
		this.mvc.perform(get("/account").with(user(staff))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit").with(user(staff))).andExpect(status().isForbidden());
	}

	@Test
	void refusesFormsWithoutCsrfToken() throws Exception {
		String phone = TestAccounts.uniquePhone();
		this.mvc
			.perform(post("/register").param("fullName", "Nguyễn Văn An")
				.param("phone", phone)
				.param("password", TestAccounts.PASSWORD)
				.param("confirmPassword", TestAccounts.PASSWORD))
			.andExpect(status().isForbidden());
		assertThat(this.directory.find(phone)).isEmpty();

		this.mvc
			.perform(post("/login").param("username", "admin")
				.param("password", "MotCua@2026")
				.with(TestAccounts.fromUniqueAddress()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout")).andExpect(status().isForbidden());
		this.mvc.perform(post("/register").param("fullName", "x").with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
	}

	@Test
	void acceptsTheCsrfTokenFromTheHeaderThatHtmxSends() throws Exception {
		StaffPrincipal admin = this.accounts.staff("06652", false, Role.SYSTEM_ADMIN);
		this.mvc
			.perform(post("/admin/agencies/06652/accounts/{u}/enabled", admin.getUsername()).param("enabled", "true")
				.with(user(admin))
				.with(csrf().asHeader()))
			.andExpect(status().isFound());
	}

	@Test
	void changesTheSessionIdAtLoginAndKeepsTheSessionInTheDatabase() throws Exception {
		StaffPrincipal staff = this.accounts.staff("22.STP", false, Role.SPECIALIST);

		MvcResult page = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		String before = sessionCookie(page).orElseThrow();
		Matcher token = CSRF_FIELD.matcher(page.getResponse().getContentAsString());
		assertThat(token.find()).as("the login form carries a CSRF token").isTrue();

		MvcResult login = this.mvc
			.perform(post("/login").cookie(new Cookie("SESSION", before))
				.param("username", staff.getUsername())
				.param("password", TestAccounts.PASSWORD)
				.param("_csrf", token.group(1))
				.with(TestAccounts.fromUniqueAddress()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/workspace"))
			.andReturn();
		String after = sessionCookie(login).orElseThrow();

		assertThat(after).isNotEqualTo(before);
		this.mvc.perform(get("/workspace").cookie(new Cookie("SESSION", after))).andExpect(status().isOk());
		this.mvc.perform(get("/workspace").cookie(new Cookie("SESSION", before)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :name")
			.param("name", staff.getUsername())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void logsOutWithPostAndForgetsTheSession() throws Exception {
		StaffPrincipal staff = this.accounts.staff("22.STP", false, Role.SPECIALIST);
		MvcResult login = this.mvc
			.perform(post("/login").param("username", staff.getUsername())
				.param("password", TestAccounts.PASSWORD)
				.with(csrf())
				.with(TestAccounts.fromUniqueAddress()))
			.andExpect(redirectedUrl("/workspace"))
			.andReturn();
		Cookie session = new Cookie("SESSION", sessionCookie(login).orElseThrow());

		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/workspace").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	private static Optional<String> sessionCookie(MvcResult result) {
		return result.getResponse()
			.getHeaders(HttpHeaders.SET_COOKIE)
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.map((cookie) -> cookie.substring("SESSION=".length(), cookie.indexOf(';')))
			.findFirst();
	}

}
