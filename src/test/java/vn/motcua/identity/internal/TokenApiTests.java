package vn.motcua.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class TokenApiTests {

	private final JsonMapper json = JsonMapper.builder().build();

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
	void issuesAnOpaqueTokenStoredOnlyAsItsHash() throws Exception {
		StaffPrincipal admin = this.accounts.staff("22", true, Role.SYSTEM_ADMIN);

		MvcResult result = this.mvc.perform(token(admin.getUsername(), TestAccounts.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.expiresIn").value(3600))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, org.hamcrest.Matchers.containsString("no-store")))
			.andReturn();
		String token = accessToken(result);

		// 256 random bits, base64url
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(this.jdbc.sql("SELECT count(*) FROM identity_access_token WHERE token_hash = :hash")
			.param("hash", AccessTokens.hash(token))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM identity_access_token WHERE token_hash = :token")
			.param("token", token)
			.query(Long.class)
			.single()).isZero();
		assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
	}

	@Test
	void authenticatesApiCallsWithTheBearerTokenWithoutSessionOrCsrf() throws Exception {
		StaffPrincipal admin = this.accounts.staff("22", true, Role.SYSTEM_ADMIN);
		String token = accessToken(this.mvc.perform(token(admin.getUsername(), TestAccounts.PASSWORD)).andReturn());

		MvcResult verify = this.mvc
			.perform(get("/api/v1/audit/verify").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").isBoolean())
			.andReturn();
		assertThat(verify.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
		assertThat(verify.getRequest().getSession(false)).isNull();

		// a state-changing method without CSRF token is not refused for CSRF (405: there
		// is no POST here)
		this.mvc.perform(post("/api/v1/audit/verify").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isMethodNotAllowed());
	}

	@Test
	void appliesRolesToBearerRequests() throws Exception {
		StaffPrincipal specialist = this.accounts.staff("22.STP", false, Role.SPECIALIST);
		String token = accessToken(
				this.mvc.perform(token(specialist.getUsername(), TestAccounts.PASSWORD)).andReturn());

		this.mvc.perform(get("/api/v1/audit/verify").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("auth.forbidden"));
	}

	@Test
	void citizensLogInWithTheirPhoneInAnyForm() throws Exception {
		CitizenPrincipal citizen = this.accounts.citizen();
		String international = "+84 " + citizen.getUsername().substring(1);

		this.mvc.perform(token(international, TestAccounts.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accessToken").isString());
	}

	@Test
	void refusesWrongCredentialsWith401() throws Exception {
		StaffPrincipal staff = this.accounts.staff("22.STP", false, Role.SPECIALIST);

		this.mvc.perform(token(staff.getUsername(), "Wrong2026x"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.code").value("auth.bad-credentials"))
			.andExpect(jsonPath("$.detail").value("Tên đăng nhập hoặc mật khẩu không đúng."));
		this.mvc.perform(token(TestAccounts.unique("nobody"), "Wrong2026x").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("auth.bad-credentials"));
	}

	@Test
	void refusesMissingOrBlankFieldsWith400NamingTheField() throws Exception {
		this.mvc.perform(json("{\"password\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("username"))
			.andExpect(jsonPath("$.errors[0].field").value("username"))
			.andExpect(jsonPath("$.detail").value("Vui lòng gửi tên đăng nhập (username)."));
		this.mvc.perform(json("{\"username\":\"admin\",\"password\":\"   \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("password"));
		this.mvc.perform(json("{\"username\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("request.unreadable"));
	}

	@Test
	void refusesUnknownMalformedAndExpiredTokens() throws Exception {
		StaffPrincipal admin = this.accounts.staff("22", true, Role.SYSTEM_ADMIN);
		String token = accessToken(this.mvc.perform(token(admin.getUsername(), TestAccounts.PASSWORD)).andReturn());

		this.mvc.perform(get("/api/v1/audit/verify").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
			.andExpect(jsonPath("$.code").value("auth.invalid-token"));
		String unknown = token.substring(0, 42) + (token.endsWith("A") ? "B" : "A");
		this.mvc.perform(get("/api/v1/audit/verify").header(HttpHeaders.AUTHORIZATION, "Bearer " + unknown))
			.andExpect(status().isUnauthorized());

		this.jdbc.sql("UPDATE identity_access_token SET expires_at = :past WHERE token_hash = :hash")
			.param("past", OffsetDateTime.ofInstant(Instant.now().minusSeconds(1), ZoneOffset.UTC))
			.param("hash", AccessTokens.hash(token))
			.update();
		this.mvc.perform(get("/api/v1/audit/verify").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("auth.invalid-token"));
	}

	@Test
	void refusesTokensOfDisabledAccounts() throws Exception {
		StaffPrincipal admin = this.accounts.staff("22", true, Role.SYSTEM_ADMIN);
		StaffPrincipal staff = this.accounts.staff("22.STP", false, Role.SPECIALIST, Role.INSPECTOR);
		String token = accessToken(this.mvc.perform(token(staff.getUsername(), TestAccounts.PASSWORD)).andReturn());
		this.mvc.perform(get("/api/v1/audit/verify").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk());

		this.staffAccounts.setEnabled("22.STP", staff.getUsername(), false, admin);

		this.mvc.perform(get("/api/v1/audit/verify").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(token(staff.getUsername(), TestAccounts.PASSWORD))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("auth.disabled"));
	}

	private MockHttpServletRequestBuilder token(String username, String password) {
		return json("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
	}

	private static MockHttpServletRequestBuilder json(String body) {
		return post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(TestAccounts.fromUniqueAddress());
	}

	private String accessToken(MvcResult result) throws Exception {
		JsonNode body = this.json.readTree(result.getResponse().getContentAsString());
		return body.get("accessToken").asString();
	}

}
