package vn.motcua.organization.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyChanged;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.organization.AgencyView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administration pages of a system administrator scoped to the province: the list
 * within scope, registering, editing and deactivating agencies, and bad input shown next
 * to its field with the input kept and nothing saved. Each test registers agencies with
 * codes of its own, since the database is shared by every test of the run.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AgencyAdminPagesTests {

	private static final TestStaff PROVINCE_ADMIN = TestStaff.adminOf("22");

	private static final Random random = new Random();

	@Autowired
	MockMvc mvc;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void listsTheAgenciesWithinTheAdministratorsScope() throws Exception {
		this.mvc.perform(get("/admin/agencies").with(user(PROVINCE_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Quản trị cơ quan, đơn vị"), containsString("22.SNV"),
					containsString("Phường Hà Tu"), containsString("Huyện Cô Tô"),
					containsString("href=\"/admin/agencies/06652/edit\""),
					containsString("action=\"/admin/agencies/06652/deactivate\""))));
		this.mvc.perform(get("/admin/agencies").with(user(TestStaff.adminOfOnly("06652"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Phường Hà Tu"), not(containsString("22.SNV")),
					not(containsString("Phường Cao Xanh")))));
	}

	@Test
	void anAdministratorWithoutAgencyScopeSeesNoAgency() throws Exception {
		this.mvc
			.perform(get("/admin/agencies").with(user("someone").authorities(new SimpleGrantedAuthority("STAFF"),
					new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tài khoản của bạn không quản lý cơ quan, đơn vị nào."),
					not(containsString("22.SNV")))));
	}

	@Test
	void registersADepartmentUnderTheProvince() throws Exception {
		String code = newDepartmentCode();

		this.mvc.perform(validDepartment(code).with(user(PROVINCE_ADMIN)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/agencies"))
			.andExpect(flash().attribute("flash", "Đã thêm cơ quan, đơn vị " + code + "."));

		assertThat(this.agencies.findByCode(code))
			.contains(new AgencyView(code, "Sở Thử nghiệm", AgencyLevel.DEPARTMENT, "22"));
		assertThat(this.agencies.deskOf(code)).hasValueSatisfying((desk) -> {
			assertThat(desk.name()).isEqualTo("Bộ phận tiếp nhận thử nghiệm");
			assertThat(desk.hotline()).isEqualTo("0203 3 123 456");
			assertThat(desk.email()).isEqualTo("thu.nghiem@example.org");
		});
		assertThat(this.events.stream(AgencyChanged.class).filter((event) -> event.code().equals(code))).singleElement()
			.satisfies((event) -> {
				assertThat(event.change()).isEqualTo(AgencyChanged.Change.CREATED);
				assertThat(event.auditActor()).isEqualTo("admin-22");
			});
	}

	@Test
	void aDuplicateCodeIsShownOnTheCodeFieldAndNothingIsSaved() throws Exception {
		long before = agencyCount();

		String page = page(
				this.mvc.perform(validDepartment("22.SNV", "name", "Sở Nội vụ trùng").with(user(PROVINCE_ADMIN)))
					.andExpect(status().isConflict()));

		assertThat(page).contains("id=\"code-error\"", "Mã \"22.SNV\" đã được dùng cho một cơ quan, đơn vị khác.",
				"aria-describedby=\"code-help code-error\"", "form-control is-invalid", "value=\"Sở Nội vụ trùng\"");
		assertThat(agencyCount()).isEqualTo(before);
		assertThat(this.agencies.findByCode("22.SNV")).map(AgencyView::name).contains("Sở Nội vụ");
	}

	@Test
	void aMalformedCodeIsShownOnTheCodeFieldWithTheInputKept() throws Exception {
		long before = agencyCount();

		String page = page(this.mvc.perform(validDepartment("22-ABC").with(user(PROVINCE_ADMIN)))
			.andExpect(status().isBadRequest()));

		assertThat(page).contains("id=\"code-error\"", "Mã \"22-ABC\" không đúng định dạng", "value=\"22-ABC\"",
				"value=\"0203 3 123 456\"", "value=\"Trung tâm Phục vụ hành chính công tỉnh\"");
		assertThat(agencyCount()).isEqualTo(before);
	}

	@Test
	void overLongFieldsAreRefusedWithTheirLimitAndNothingIsSaved() throws Exception {
		String code = newDepartmentCode();

		String page = page(this.mvc
			.perform(validDepartment(code, "name", "N".repeat(201), "deskAddress", "A".repeat(301))
				.with(user(PROVINCE_ADMIN)))
			.andExpect(status().isBadRequest()));

		assertThat(page).contains("id=\"name-error\"", "Quá dài: tối đa 200 ký tự.", "id=\"deskAddress-error\"",
				"Quá dài: tối đa 300 ký tự.", "value=\"" + "N".repeat(201) + "\"");
		assertThat(this.agencies.exists(code)).isFalse();
	}

	@Test
	void everyBadValueGetsItsOwnMessageInTheChosenLanguage() throws Exception {
		String code = newDepartmentCode();

		String page = page(this.mvc
			.perform(validDepartment(code, "hotline", "gọi ngay", "email", "not-an-email", "validFrom", "2025-07-01",
					"validTo", "2025-06-30")
				.param("lang", "en")
				.with(user(PROVINCE_ADMIN)))
			.andExpect(status().isBadRequest()));

		assertThat(page).contains("Nothing was saved.", "id=\"hotline-error\"",
				"The phone number \"gọi ngay\" is not valid", "id=\"email-error\"",
				"The e-mail address \"not-an-email\" is not valid.", "id=\"validTo-error\"",
				"The end date must not be before the start date.", "value=\"gọi ngay\"");
		assertThat(this.agencies.exists(code)).isFalse();
	}

	@Test
	void aParentOutsideTheScopeIsRefused() throws Exception {
		String code = newDepartmentCode();

		String page = page(this.mvc.perform(validDepartment(code).with(user(TestStaff.adminOfOnly("06652"))))
			.andExpect(status().isForbidden()));

		assertThat(page).contains("id=\"parentCode-error\"",
				"Cơ quan, đơn vị \"22\" nằm ngoài phạm vi quản lý của bạn.");
		assertThat(this.agencies.exists(code)).isFalse();
	}

	@Test
	void theRegistrationFormOffersParentsInScopeAndLabelsEveryField() throws Exception {
		this.mvc.perform(get("/admin/agencies/new").with(user(PROVINCE_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<option value=\"22\">Tỉnh Quảng Ninh (22)</option>"),
					not(containsString("<option value=\"22.SNV\"")),
					containsString("<label class=\"form-label\" for=\"code\""),
					containsString("<label class=\"form-label\" for=\"hotline\""),
					containsString("<label class=\"form-label\" for=\"feedbackAddress\""),
					containsString("name=\"_csrf\""))));
	}

	@Test
	void editsNameDeskAndValidity() throws Exception {
		String code = registerDepartment();

		this.mvc.perform(get("/admin/agencies/{agencyCode}/edit", code).with(user(PROVINCE_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"Sở Thử nghiệm\""),
					containsString("value=\"0203 3 123 456\""), containsString("id=\"fixed-code\""))));

		this.mvc
			.perform(post("/admin/agencies/{agencyCode}/edit", code).param("name", "Sở Thử nghiệm (đổi tên)")
				.param("deskName", "Quầy số 5, Trung tâm Phục vụ hành chính công tỉnh")
				.param("openingHours", "Thứ Hai – Thứ Bảy")
				.param("feedbackAddress", "Hộp thư góp ý tại quầy số 5")
				.param("validFrom", "2025-03-01")
				.with(user(PROVINCE_ADMIN))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã lưu thay đổi của cơ quan, đơn vị " + code + "."));

		assertThat(this.agencies.findByCode(code)).map(AgencyView::name).contains("Sở Thử nghiệm (đổi tên)");
		assertThat(this.agencies.deskOf(code)).hasValueSatisfying((desk) -> {
			assertThat(desk.name()).isEqualTo("Quầy số 5, Trung tâm Phục vụ hành chính công tỉnh");
			assertThat(desk.feedbackAddress()).isEqualTo("Hộp thư góp ý tại quầy số 5");
			assertThat(desk.hotline()).isNull();
		});
		assertThat(this.jdbc.sql("SELECT valid_from::text FROM organization_agency WHERE code = ?")
			.param(code)
			.query(String.class)
			.single()).isEqualTo("2025-03-01");
		assertThat(this.events.stream(AgencyChanged.class)
			.filter((event) -> event.code().equals(code) && event.change() == AgencyChanged.Change.UPDATED))
			.singleElement()
			.satisfies((event) -> assertThat(event.auditActor()).isEqualTo("admin-22"));
	}

	@Test
	void aRefusedEditKeepsTheInputAndSavesNothing() throws Exception {
		String code = registerDepartment();

		String unreadableDate = page(this.mvc
			.perform(post("/admin/agencies/{agencyCode}/edit", code).param("name", "")
				.param("deskName", "Quầy mới")
				.param("email", "x".repeat(250) + "@example.org")
				.param("validTo", "ngày mai")
				.with(user(PROVINCE_ADMIN))
				.with(csrf()))
			.andExpect(status().isBadRequest()));
		String brokenRules = page(this.mvc
			.perform(post("/admin/agencies/{agencyCode}/edit", code).param("name", "")
				.param("deskName", "Quầy mới")
				.param("email", "x".repeat(250) + "@example.org")
				.with(user(PROVINCE_ADMIN))
				.with(csrf()))
			.andExpect(status().isBadRequest()));

		assertThat(unreadableDate).contains("id=\"validTo-error\"", "Ngày \"ngày mai\" không hợp lệ",
				"value=\"ngày mai\"", "value=\"Quầy mới\"");
		assertThat(brokenRules).contains("id=\"name-error\"", "Thông tin này là bắt buộc.", "id=\"email-error\"",
				"Quá dài: tối đa 254 ký tự.", "value=\"Quầy mới\"");
		assertThat(this.agencies.findByCode(code)).map(AgencyView::name).contains("Sở Thử nghiệm");
		assertThat(this.agencies.deskOf(code)).map((desk) -> desk.name()).contains("Bộ phận tiếp nhận thử nghiệm");
	}

	@Test
	void deactivatesAnAgencySoThatItIsNoLongerInForce() throws Exception {
		String code = registerDepartment();

		this.mvc.perform(post("/admin/agencies/{agencyCode}/deactivate", code).with(user(PROVINCE_ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã ngừng hoạt động cơ quan, đơn vị " + code + "."));

		assertThat(this.agencies.all()).extracting(AgencyView::code).doesNotContain(code);
		assertThat(this.agencies.exists(code)).isTrue();
		assertThat(this.events.stream(AgencyChanged.class)
			.filter((event) -> event.code().equals(code) && event.change() == AgencyChanged.Change.DEACTIVATED))
			.hasSize(1);
	}

	@Test
	void anAgencyWithSubAgenciesInForceIsNotDeactivated() throws Exception {
		this.mvc.perform(post("/admin/agencies/22/deactivate").with(user(PROVINCE_ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", containsString("Không thể ngừng hoạt động \"22\" vì còn")));

		assertThat(this.agencies.all()).extracting(AgencyView::code).contains("22");
	}

	@Test
	void anAgencyOutsideTheScopeCannotBeEditedOrDeactivated() throws Exception {
		TestStaff communeAdmin = TestStaff.adminOfOnly("06652");

		this.mvc.perform(get("/admin/agencies/22.SNV/edit").with(user(communeAdmin))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/agencies/22.SNV/edit").param("name", "Bị đổi").with(user(communeAdmin)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/agencies/22.SNV/deactivate").with(user(communeAdmin)).with(csrf()))
			.andExpect(status().isForbidden());

		assertThat(this.agencies.all()).extracting(AgencyView::code).contains("22.SNV");
		assertThat(this.agencies.findByCode("22.SNV")).map(AgencyView::name).contains("Sở Nội vụ");
	}

	@Test
	void anUnknownAgencyIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/agencies/22.KHONGCO/edit").with(user(PROVINCE_ADMIN)))
			.andExpect(status().isNotFound());
	}

	private String registerDepartment() throws Exception {
		String code = newDepartmentCode();
		this.mvc.perform(validDepartment(code).with(user(PROVINCE_ADMIN))).andExpect(status().is3xxRedirection());
		return code;
	}

	/**
	 * The registration form of a valid department, with some values replaced (name,
	 * value, ...).
	 */
	private static MockHttpServletRequestBuilder validDepartment(String code, String... replaced) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("code", code);
		values.put("name", "Sở Thử nghiệm");
		values.put("englishName", "Department of Testing");
		values.put("level", "DEPARTMENT");
		values.put("unitType", "DEPARTMENT");
		values.put("parentCode", "22");
		values.put("validFrom", "");
		values.put("validTo", "");
		values.put("dossierIdentifier", "");
		values.put("deskName", "Bộ phận tiếp nhận thử nghiệm");
		values.put("deskAddress", "Trung tâm Phục vụ hành chính công tỉnh");
		values.put("openingHours", "Thứ Hai – Thứ Sáu");
		values.put("hotline", "0203 3 123 456");
		values.put("email", "thu.nghiem@example.org");
		values.put("feedbackAddress", "");
		values.put("note", "Dữ liệu kiểm thử");
		for (int i = 0; i < replaced.length; i += 2) {
			values.put(replaced[i], replaced[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/agencies/new");
		values.forEach(request::param);
		return request.with(csrf());
	}

	/** The page as the browser shows it: character references decoded. */
	private static String page(ResultActions result) throws Exception {
		return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** A department code no test has used yet: 22.T followed by random letters. */
	private String newDepartmentCode() {
		String code;
		do {
			StringBuilder suffix = new StringBuilder("T");
			for (int i = 0; i < 8; i++) {
				suffix.append((char) ('A' + random.nextInt(26)));
			}
			code = "22." + suffix.toString().toUpperCase(Locale.ROOT);
		}
		while (this.agencies.exists(code));
		return code;
	}

	private long agencyCount() {
		return this.jdbc.sql("SELECT count(*) FROM organization_agency").query(Long.class).single();
	}

}
