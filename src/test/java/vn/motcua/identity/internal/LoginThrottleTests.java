package vn.motcua.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleTests {

	private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	LoginThrottle throttle;

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
	void refusesTheRightPasswordAfterFiveWrongOnesInARow() throws Exception {
		StaffPrincipal staff = this.accounts.staff("22.STP", false, Role.SPECIALIST);
		RequestPostProcessor from = TestAccounts.fromUniqueAddress();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(login(staff.getUsername(), "Wrong2026x" + i).with(from))
				.andExpect(redirectedUrl("/login?error=credentials"));
		}

		this.mvc.perform(login(staff.getUsername(), TestAccounts.PASSWORD).with(from))
			.andExpect(redirectedUrl("/login?error=throttled&minutes=15"));
		// also from elsewhere, and through the token API
		this.mvc.perform(login(staff.getUsername(), TestAccounts.PASSWORD).with(TestAccounts.fromUniqueAddress()))
			.andExpect(redirectedUrl("/login?error=throttled&minutes=15"));
		this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content(
						"{\"username\":\"" + staff.getUsername() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}")
				.with(TestAccounts.fromUniqueAddress()))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.code").value("auth.throttled"));
	}

	@Test
	void explainsTheRefusalOnTheLoginPageInBothLanguages() throws Exception {
		this.mvc.perform(get("/login").param("error", "throttled").param("minutes", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Vui lòng thử lại sau 12 phút")));
		this.mvc.perform(get("/login").param("error", "throttled").param("minutes", "12").param("lang", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Please try again in 12 minutes")));
		this.mvc.perform(get("/login").param("error", "credentials"))
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("Tên đăng nhập hoặc mật khẩu không đúng")));
	}

	@Test
	void countsFailuresAgainstTheAccountWhicheverNameIsTyped() throws Exception {
		CitizenPrincipal citizen = this.accounts.citizen();
		String phone = citizen.getUsername();
		String international = "+84" + phone.substring(1);
		RequestPostProcessor from = TestAccounts.fromUniqueAddress();
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(login((i % 2 == 0) ? phone : international, "Wrong2026x").with(from))
				.andExpect(redirectedUrl("/login?error=credentials"));
		}
		this.mvc.perform(login(phone, TestAccounts.PASSWORD).with(from))
			.andExpect(redirectedUrl("/login?error=throttled&minutes=15"));
	}

	@Test
	void aSuccessfulLoginResetsTheCount() throws Exception {
		StaffPrincipal staff = this.accounts.staff("22.STP", false, Role.SPECIALIST);
		RequestPostProcessor from = TestAccounts.fromUniqueAddress();
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(login(staff.getUsername(), "Wrong2026x").with(from))
				.andExpect(redirectedUrl("/login?error=credentials"));
		}
		this.mvc.perform(login(staff.getUsername(), TestAccounts.PASSWORD).with(from))
			.andExpect(redirectedUrl("/workspace"));
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(login(staff.getUsername(), "Wrong2026x").with(from))
				.andExpect(redirectedUrl("/login?error=credentials"));
		}
		this.mvc.perform(login(staff.getUsername(), TestAccounts.PASSWORD).with(from))
			.andExpect(redirectedUrl("/workspace"));
	}

	@Test
	void recordsLoginsInTheAuditLogWithoutPasswords() throws Exception {
		StaffPrincipal staff = this.accounts.staff("22.STP", false, Role.SPECIALIST);
		RequestPostProcessor from = TestAccounts.fromAddress("10.9.8.7");
		this.mvc.perform(login(staff.getUsername(), "Wrong2026secret").with(from));
		this.mvc.perform(login(staff.getUsername(), TestAccounts.PASSWORD).with(from));

		List<String> entries = this.jdbc
			.sql("SELECT action || ' ' || details FROM audit_entry WHERE subject = :subject ORDER BY seq")
			.param("subject", "account:" + staff.getUsername())
			.query(String.class)
			.list();
		assertThat(entries).contains("login.failed reason=bad-credentials channel=form ip=10.9.8.7",
				"login.succeeded channel=form ip=10.9.8.7");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_entry WHERE details LIKE '%Wrong2026secret%' " + "OR details LIKE '%"
					+ TestAccounts.PASSWORD + "%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void locksAUsernameForFifteenMinutesAfterFiveFailuresWithinTheWindow() {
		String user = LoginThrottle.userKey(TestAccounts.unique("u"));
		String address = LoginThrottle.addressKey(TestAccounts.unique("ip"));
		for (int i = 0; i < 4; i++) {
			this.throttle.failed(user, address, T0.plusSeconds(60L * i));
		}
		assertThat(this.throttle.lockedUntil(T0.plusSeconds(240), List.of(user))).isEmpty();

		this.throttle.failed(user, address, T0.plusSeconds(600));

		Instant locked = T0.plusSeconds(600).plus(Duration.ofMinutes(15));
		assertThat(this.throttle.lockedUntil(T0.plusSeconds(601), List.of(user))).contains(locked);
		assertThat(this.throttle.lockedUntil(locked.minusSeconds(1), List.of(user))).contains(locked);
		assertThat(this.throttle.lockedUntil(locked, List.of(user))).isEmpty();
	}

	@Test
	void forgetsFailuresOlderThanTheWindow() {
		String user = LoginThrottle.userKey(TestAccounts.unique("u"));
		String address = LoginThrottle.addressKey(TestAccounts.unique("ip"));
		for (int i = 0; i < 4; i++) {
			this.throttle.failed(user, address, T0.plusSeconds(i));
		}
		// the fifth failure comes 16 minutes after the first: a new window starts
		this.throttle.failed(user, address, T0.plus(Duration.ofMinutes(16)));

		assertThat(this.throttle.lockedUntil(T0.plus(Duration.ofMinutes(16)), List.of(user))).isEmpty();
	}

	@Test
	void startsCountingAgainOnceALockHasEnded() {
		String user = LoginThrottle.userKey(TestAccounts.unique("u"));
		String address = LoginThrottle.addressKey(TestAccounts.unique("ip"));
		for (int i = 0; i < 5; i++) {
			this.throttle.failed(user, address, T0);
		}
		Instant after = T0.plus(Duration.ofMinutes(15));
		this.throttle.failed(user, address, after);

		assertThat(this.throttle.lockedUntil(after, List.of(user))).isEmpty();
	}

	@Test
	void limitsFailuresFromOneAddressAcrossUsernames() throws Exception {
		RequestPostProcessor from = TestAccounts.fromUniqueAddress();
		for (int i = 0; i < 30; i++) {
			this.mvc.perform(login(TestAccounts.unique("nobody"), "Wrong2026x").with(from))
				.andExpect(redirectedUrl("/login?error=credentials"));
		}
		StaffPrincipal staff = this.accounts.staff("22.STP", false, Role.SPECIALIST);

		this.mvc.perform(login(staff.getUsername(), TestAccounts.PASSWORD).with(from))
			.andExpect(redirectedUrl("/login?error=throttled&minutes=15"));
		this.mvc.perform(login(staff.getUsername(), TestAccounts.PASSWORD).with(TestAccounts.fromUniqueAddress()))
			.andExpect(redirectedUrl("/workspace"));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String username,
			String password) {
		return post("/login").param("username", username).param("password", password).with(csrf());
	}

}
