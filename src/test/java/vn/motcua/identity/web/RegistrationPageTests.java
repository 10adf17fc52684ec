package vn.motcua.identity.web;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class RegistrationPageTests {

	private static final String PASSWORD = "Secret2026x";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheFormInVietnameseAndEnglish() throws Exception {
		this.mvc.perform(get("/register"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đăng ký tài khoản công dân")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		this.mvc.perform(get("/register").param("lang", "en"))
			.andExpect(content().string(containsString("Citizen registration")));
	}

	@Test
	void registersWithAnInternationalPhoneNumberStoredInNationalForm() throws Exception {
		String phone = phone();
		String international = "+84 " + phone.substring(1, 3) + " " + phone.substring(3);

		this.mvc.perform(register(form("Nguyễn  Văn   An", international, "", PASSWORD, "", "", "")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("registered", true));

		assertThat(this.jdbc
			.sql("SELECT username || '|' || phone || '|' || full_name || '|' || kind "
					+ "FROM identity_account WHERE phone = :phone")
			.param("phone", phone)
			.query(String.class)
			.single()).isEqualTo(phone + "|" + phone + "|Nguyễn Văn An|CITIZEN");
		assertThat(this.jdbc.sql("SELECT password_hash FROM identity_account WHERE phone = :phone")
			.param("phone", phone)
			.query(String.class)
			.single()).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'account.created' AND subject = :s")
			.param("s", "account:" + phone)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void registersWithAnEmailAndAPersonalIdThatAgreesWithBirthYearAndGender() throws Exception {
		String email = "an." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@Example.VN";
		String personalId = personalId("010", 1, 64);

		this.mvc.perform(register(form("Lò Thị Hoa", "", email, PASSWORD, personalId, "1964", "FEMALE")))
			.andExpect(redirectedUrl("/login"));

		assertThat(this.jdbc
			.sql("SELECT username || '|' || personal_id || '|' || birth_year || '|' || gender "
					+ "FROM identity_account WHERE email = :email")
			.param("email", email.toLowerCase())
			.query(String.class)
			.single()).isEqualTo(email.toLowerCase() + "|" + personalId + "|1964|FEMALE");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					no contact               | Nguyễn Văn An |            |               | Secret2026x | | | | phone | Vui lòng nhập số điện thoại di động hoặc thư điện tử
					malformed phone          | Nguyễn Văn An | 0123456789 |               | Secret2026x | | | | phone | Số điện thoại di động không hợp lệ
					short phone              | Nguyễn Văn An | 091234567  |               | Secret2026x | | | | phone | Số điện thoại di động không hợp lệ
					malformed e-mail         | Nguyễn Văn An |            | an@@example.vn| Secret2026x | | | | email | Địa chỉ thư điện tử không hợp lệ
					no name                  |               | PHONE      |               | Secret2026x | | | | fullName | Vui lòng nhập họ và tên
					short password           | Nguyễn Văn An | PHONE      |               | abc1        | | | | password | ít nhất 8 ký tự
					password without digits  | Nguyễn Văn An | PHONE      |               | abcdefghij  | | | | password | có cả chữ cái và chữ số
					eleven-digit CCCD        | Nguyễn Văn An | PHONE      |               | Secret2026x | 01016400319  | 1964 | FEMALE | personalId | đúng 12 chữ số
					unknown province         | Nguyễn Văn An | PHONE      |               | Secret2026x | 097164003196 | 1964 | FEMALE | personalId | không phải là mã tỉnh
					birth year in the future | Nguyễn Văn An | PHONE      |               | Secret2026x | 001299000001 | 2099 | FEMALE | personalId | năm trong tương lai
					year disagrees           | Nguyễn Văn An | PHONE      |               | Secret2026x | ID           | 1965 | FEMALE | birthYear | Năm sinh không khớp
					gender disagrees         | Nguyễn Văn An | PHONE      |               | Secret2026x | ID           | 1964 | MALE   | gender | Giới tính không khớp
					CCCD without birth year  | Nguyễn Văn An | PHONE      |               | Secret2026x | ID           |      | FEMALE | birthYear | Vui lòng nhập năm sinh
					CCCD without gender      | Nguyễn Văn An | PHONE      |               | Secret2026x | ID           | 1964 |        | gender | Vui lòng chọn giới tính
					""")
	void showsTheProblemNextToTheFieldAndSavesNothing(String name, String fullName, String phone, String email,
			String password, String personalId, String birthYear, String gender, String field, String message)
			throws Exception {
		String usedPhone = "PHONE".equals(phone) ? phone() : phone;
		String usedId = "ID".equals(personalId) ? personalId("010", 1, 64) : personalId;
		long before = accounts();

		MvcResult result = this.mvc
			.perform(register(form(fullName, usedPhone, email, password, usedId, birthYear, gender)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"" + field + "-error\"")))
			.andExpect(content().string(containsString(message)))
			.andReturn();

		String html = result.getResponse().getContentAsString();
		int error = html.indexOf("id=\"" + field + "-error\"");
		assertThat(html.substring(error, html.indexOf("</div>", error))).contains(message);
		assertThat(html).containsPattern("aria-describedby=\"[^\"]*" + field + "-error")
			.containsPattern("(id=\"" + field + "\"|name=\"" + field + "\")[^>]*is-invalid|is-invalid[^>]*(id=\""
					+ field + "\"|name=\"" + field + "\")");
		assertThat(accounts()).isEqualTo(before);
		if (usedPhone != null && !usedPhone.isBlank()) {
			assertThat(countWithPhone(usedPhone)).isZero();
		}
	}

	@Test
	void keepsWhatWasTypedExceptThePasswords() throws Exception {
		String phone = phone();
		String html = this.mvc.perform(register(form("Trần Văn Bình", phone, "not-an-email", PASSWORD, "", "", "")))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(HtmlUtils.htmlUnescape(html)).contains("value=\"Trần Văn Bình\"")
			.contains("value=\"" + phone + "\"")
			.contains("value=\"not-an-email\"")
			.doesNotContain(PASSWORD);
	}

	@Test
	void refusesAPasswordThatIsNotRepeatedExactly() throws Exception {
		MultiValueMap<String, String> form = form("Trần Văn Bình", phone(), "", PASSWORD, "", "", "");
		form.set("confirmPassword", PASSWORD + "y");
		this.mvc.perform(register(form))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Mật khẩu nhập lại không khớp")));
	}

	@Test
	void refusesOverLongInput() throws Exception {
		long before = accounts();
		this.mvc.perform(register(form("A".repeat(201), phone(), "", PASSWORD, "", "", "")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("tối đa 200 ký tự")));
		this.mvc.perform(register(form("An", phone(), "a".repeat(250) + "@example.vn", PASSWORD, "", "", "")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("tối đa 254 ký tự")));
		this.mvc.perform(register(form("An", phone(), "", "a1".repeat(40), "", "", "")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Mật khẩu quá dài")));
		this.mvc.perform(register(form("An", "0".repeat(5000), "", PASSWORD, "9".repeat(5000), "1", "X")))
			.andExpect(status().isBadRequest());
		assertThat(accounts()).isEqualTo(before);
	}

	@Test
	void reportsDuplicatesNextToTheirFields() throws Exception {
		String phone = phone();
		String email = "dup" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@example.vn";
		String personalId = personalId("022", 0, 85);
		this.mvc.perform(register(form("Người Thứ Nhất", phone, email, PASSWORD, personalId, "1985", "MALE")))
			.andExpect(redirectedUrl("/login"));
		long before = accounts();

		String html = this.mvc
			.perform(register(form("Người Thứ Hai", "+84" + phone.substring(1), email.toUpperCase(), PASSWORD,
					personalId, "1985", "MALE")))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Số điện thoại này đã được dùng cho một tài khoản khác.")
			.contains("Thư điện tử này đã được dùng cho một tài khoản khác.")
			.contains("Số định danh cá nhân này đã được dùng cho một tài khoản khác.");
		assertThat(accounts()).isEqualTo(before);
	}

	@Test
	void speaksEnglishWhenChosen() throws Exception {
		this.mvc.perform(register(form("An", "0123", "", PASSWORD, "", "", "")).param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Not a valid mobile number")));
	}

	private long accounts() {
		return this.jdbc.sql("SELECT count(*) FROM identity_account").query(Long.class).single();
	}

	private long countWithPhone(String phone) {
		return this.jdbc.sql("SELECT count(*) FROM identity_account WHERE phone = :p OR username = :p")
			.param("p", phone)
			.query(Long.class)
			.single();
	}

	private static String phone() {
		return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/**
	 * A valid personal id number with a random sequence, so that tests do not collide.
	 */
	private static String personalId(String province, int centuryGender, int year) {
		return province + centuryGender
				+ String.format("%02d%06d", year, ThreadLocalRandom.current().nextInt(1_000_000));
	}

	private static MultiValueMap<String, String> form(String fullName, String phone, String email, String password,
			String personalId, String birthYear, String gender) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("fullName", (fullName != null) ? fullName : "");
		form.add("phone", (phone != null) ? phone : "");
		form.add("email", (email != null) ? email : "");
		form.add("password", password);
		form.add("confirmPassword", password);
		form.add("personalId", (personalId != null) ? personalId : "");
		form.add("birthYear", (birthYear != null) ? birthYear : "");
		if (gender != null && !gender.isBlank()) {
			form.add("gender", gender);
		}
		return form;
	}

	private static MockHttpServletRequestBuilder register(MultiValueMap<String, String> form) {
		return post("/register").params(form).with(csrf());
	}

}
