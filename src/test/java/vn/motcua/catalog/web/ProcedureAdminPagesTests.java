package vn.motcua.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.LegalDocument;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.Procedures;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.catalog.ReturnChannel;
import vn.motcua.catalog.SampleProcedures;
import vn.motcua.catalog.internal.ProcedureCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
	void everyPartIsSavedFromTheForm() throws Exception {
		String code = publishedSample();
		this.mvc.perform(post("/admin/procedures/{code}/edit", code).with(admin()).with(csrf()).params(form(code, "2")))
			.andExpect(status().is3xxRedirection());
		ProcedureDetails details = this.catalog.editable(code).details();
		assertThat(details.cases().get(0).fees()).containsExactly(new Fee(Fee.Kind.AMOUNT, 8000L, "Lệ phí", null));
		assertThat(details.documents()).containsExactly(
				new RequiredDocument("Tờ khai", 1, 0, RequiredDocument.Requirement.MANDATORY, "to-khai.pdf"));
		assertThat(details.legalBasis()).containsExactly(
				new LegalDocument("60/2014/QH13", LocalDate.of(2014, 11, 20), "Quốc hội", "Luật Hộ tịch", null));
		assertThat(details.returnChannels()).containsExactly(ReturnChannel.DIRECT, ReturnChannel.ONLINE);
		assertThat(details.applicability().agencyCodes()).containsExactly("22.STP");
		assertThat(details.process().steps()).extracting(ProcessStep::unitType).containsOnly("SPECIALISED_UNIT");
	}

	@Test
	void aNewProcedureIsCreatedAsADraft() throws Exception {
		this.mvc.perform(get("/admin/procedures/new").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"code\""), containsString("<legend"),
					containsString("value=\"add-step\""), containsString("for=\"cases0-amount\""),
					not(containsString("-null\"")))));
		String code = "8."
				+ String.format("%06d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000));
		var params = form(code, "2");
		params.add("code", code);
		this.mvc.perform(post("/admin/procedures/new").with(admin()).with(csrf()).params(params))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/procedures"));
		ProcedureRecord draft = this.catalog.editable(code);
		assertThat(draft.version()).isEqualTo(1);
		assertThat(draft.status()).isEqualTo(ProcedureStatus.DRAFT);
		assertThat(draft.details().process().steps()).hasSize(3);

		this.mvc.perform(post("/admin/procedures/new").with(admin()).with(csrf()).params(params))
			.andExpect(status().isBadRequest())
			.andExpect(
					content().string(allOf(containsString("id=\"code-error\""), containsString("Đã có thủ tục mã"))));
		params.set("code", "8.12");
		this.mvc.perform(post("/admin/procedures/new").with(admin()).with(csrf()).params(params))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"code-error\""), containsString("value=\"8.12\""))));
	}

	@Test
	void rowButtonsAddRemoveAndMoveRowsKeepingWhatWasTyped() throws Exception {
		String code = publishedSample();
		var params = form(code, "2");
		params.set("name", "Tên đang gõ");
		params.set("action", "add-step");
		this.mvc.perform(post("/admin/procedures/{code}/edit", code).with(admin()).with(csrf()).params(params))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"steps[3].share\""),
					containsString("value=\"Tên đang gõ\""), not(containsString("is-invalid")))));
		params.set("action", "remove-step-0");
		this.mvc.perform(post("/admin/procedures/{code}/edit", code).with(admin()).with(csrf()).params(params))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"steps[1].share\""),
					not(containsString("name=\"steps[2].share\"")), not(containsString("value=\"Bước 1\"")))));
		params.set("action", "down-step-0");
		String moved = this.mvc
			.perform(post("/admin/procedures/{code}/edit", code).with(admin()).with(csrf()).params(params))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(moved.indexOf("value=\"Bước 1\"")).isGreaterThan(moved.indexOf("value=\"Bước 2\""));
		params.set("action", "add-fee-0");
		this.mvc.perform(post("/admin/procedures/{code}/edit", code).with(admin()).with(csrf()).params(params))
			.andExpect(content().string(containsString("name=\"cases[0].fees[1].amount\"")));
		assertThat(this.catalog.editable(code).version()).isEqualTo(1);
	}

	@Test
	void aNegativeFeeAndAnUnknownAgencyAreShownNextToTheirFields() throws Exception {
		String code = publishedSample();
		var params = form(code, "2");
		params.set("cases[0].fees[0].amount", "-5");
		params.set("agencyCodes", "22.KHONGCO");
		params.set("legalBasis[0].date", "31/02/2014");
		this.mvc.perform(post("/admin/procedures/{code}/edit", code).with(admin()).with(csrf()).params(params))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("id=\"cases0-fees0-amount-error\""), containsString("value=\"-5\""),
						containsString("id=\"agencyCodes-error\""), containsString("id=\"legalBasis0-date-error\""))));
		assertThat(this.catalog.editable(code).version()).isEqualTo(1);
	}

	@Test
	void otherStaffMayNotEdit() throws Exception {
		this.mvc.perform(get("/admin/procedures/new").with(specialist())).andExpect(status().isForbidden());
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
		params.add("cases[0].fees[0].kind", "AMOUNT");
		params.add("cases[0].fees[0].amount", "8.000");
		params.add("cases[0].fees[0].description", "Lệ phí");
		params.add("levels", "COMMUNE");
		params.add("returnChannels", "DIRECT");
		params.add("returnChannels", "ONLINE");
		params.add("agencyLevels", "COMMUNE");
		params.add("agencyCodes", "22.STP");
		params.add("processUnit", "WORKING_DAYS");
		params.add("documents[0].name", "Tờ khai");
		params.add("documents[0].originals", "1");
		params.add("documents[0].copies", "0");
		params.add("documents[0].requirement", "MANDATORY");
		params.add("documents[0].formTemplate", "to-khai.pdf");
		params.add("legalBasis[0].number", "60/2014/QH13");
		params.add("legalBasis[0].date", "20/11/2014");
		params.add("legalBasis[0].issuer", "Quốc hội");
		params.add("legalBasis[0].title", "Luật Hộ tịch");
		for (int i = 0; i < 3; i++) {
			params.add("steps[" + i + "].name", "Bước " + (i + 1));
			params.add("steps[" + i + "].role", "SPECIALIST");
			params.add("steps[" + i + "].unitType", "SPECIALISED_UNIT");
			params.add("steps[" + i + "].share", (i == 1) ? middleShare : "1");
		}
		return params;
	}

}
