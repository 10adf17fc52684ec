package vn.motcua.catalog.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.Procedures;
import vn.motcua.catalog.SampleProcedures;
import vn.motcua.catalog.internal.ProcedureCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators edit procedures: a published procedure edited becomes a new draft
 * version, shares over the legal time are shown next to the steps with the input kept and
 * nothing saved; other staff may not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProcedureAdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcedureCatalog catalog;

	@Autowired
	Procedures procedures;

	static RequestPostProcessor admin() {
		return user("catalog-admin").authorities(new SimpleGrantedAuthority("STAFF"),
				new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"));
	}

	static RequestPostProcessor specialist() {
		return user("catalog-specialist").authorities(new SimpleGrantedAuthority("STAFF"),
				new SimpleGrantedAuthority("ROLE_SPECIALIST"));
	}

	private String publishedSample() {
		String code = "8."
				+ String.format("%06d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000));
		this.catalog.saveDraft(SampleProcedures.details(code, "Thủ tục quản trị thử " + code, TimeLimit.workingDays(5),
				new BigDecimal("1"), new BigDecimal("3"), new BigDecimal("1")), "tester");
		this.catalog.publish(code, "tester");
		return code;
	}

	@Test
	void theListAndTheFormShowTheProcedure() throws Exception {
		String code = publishedSample();
		this.mvc.perform(get("/admin/procedures").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thủ tục quản trị thử " + code)));
		this.mvc.perform(get("/admin/procedures/{code}/edit", code).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"Thủ tục quản trị thử " + code + "\""),
					containsString("name=\"steps[1].share\""))));
	}

	@Test
	void editingAPublishedProcedureSavesANewDraftVersion() throws Exception {
		String code = publishedSample();
		this.mvc.perform(post("/admin/procedures/{code}/edit", code).with(admin()).with(csrf()).params(form(code, "2")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/procedures"));
		ProcedureRecord draft = this.catalog.editable(code);
		assertThat(draft.version()).isEqualTo(2);
		assertThat(draft.status()).isEqualTo(ProcedureStatus.DRAFT);
		assertThat(draft.details().name()).isEqualTo("Tên mới " + code);
		assertThat(this.procedures.findPublished(code)).get().extracting(ProcedureRecord::version).isEqualTo(1);

		this.mvc.perform(post("/admin/procedures/{code}/publish", code).with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.procedures.findPublished(code)).get().extracting(ProcedureRecord::version).isEqualTo(2);
	}

	@Test
	void sharesOverTheLegalTimeAreShownNextToTheStepsAndNothingIsSaved() throws Exception {
		String code = publishedSample();
		this.mvc
			.perform(post("/admin/procedures/{code}/edit", code).with(admin()).with(csrf()).params(form(code, "3,5")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"steps-error\""), containsString("vượt quá"),
					containsString("value=\"3,5\""), containsString("aria-invalid=\"true\""))));
		assertThat(this.catalog.editable(code).version()).isEqualTo(1);
	}

	@Test
	void aTypingMistakeIsShownNextToItsField() throws Exception {
		String code = publishedSample();
		var params = form(code, "2");
		params.set("cases[0].amount", "năm");
		this.mvc.perform(post("/admin/procedures/{code}/edit", code).with(admin()).with(csrf()).params(params))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("id=\"cases0-amount-error\""), containsString("value=\"năm\""))));
	}

	@Test
	void aCommuneAdministratorMayNotChangeTheProvincialCatalog() throws Exception {
		String code = publishedSample();
		this.mvc.perform(get("/admin/procedures/{code}/edit", code).with(user(new ScopedAdmin("06652"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/procedures").with(user(new ScopedAdmin("22")))).andExpect(status().isOk());
	}

	/** A system administrator scoped to an agency, as identity's principal is. */
	static final class ScopedAdmin extends org.springframework.security.core.userdetails.User
			implements vn.motcua.shared.AgencyScoped {

		private final String agencyCode;

		ScopedAdmin(String agencyCode) {
			super("scoped-admin-" + agencyCode, "unused",
					List.of(new SimpleGrantedAuthority("STAFF"), new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN")));
			this.agencyCode = agencyCode;
		}

		@Override
		public String agencyCode() {
			return this.agencyCode;
		}

		@Override
		public boolean includesSubAgencies() {
			return true;
		}

	}

	@Test
	void otherStaffMayNotEdit() throws Exception {
		String code = publishedSample();
		this.mvc.perform(get("/admin/procedures/{code}/edit", code).with(specialist()))
			.andExpect(status().isForbidden());
	}

	private static org.springframework.util.LinkedMultiValueMap<String, String> form(String code, String middleShare) {
		var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
		params.add("name", "Tên mới " + code);
		params.add("field", "Thử nghiệm");
		params.add("competentAgency", "Ủy ban nhân dân cấp xã");
		params.add("result", "Giấy chứng nhận");
		params.add("onlineMode", "FULL");
		params.add("note", "");
		params.add("cases[0].name", "Trường hợp chung");
		params.add("cases[0].amount", "5");
		params.add("cases[0].unit", "WORKING_DAYS");
		for (int i = 0; i < 3; i++) {
			params.add("steps[" + i + "].name", "Bước " + (i + 1));
			params.add("steps[" + i + "].role", "SPECIALIST");
			params.add("steps[" + i + "].share", (i == 1) ? middleShare : "1");
		}
		return params;
	}

}
