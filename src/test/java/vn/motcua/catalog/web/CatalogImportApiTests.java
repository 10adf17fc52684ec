package vn.motcua.catalog.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.motcua.catalog.ProcedureChanged;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.Procedures;
import vn.motcua.catalog.internal.CatalogFormat;
import vn.motcua.catalog.internal.ProcedureCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Import and export through the API and the admin page: the exported catalog imports back
 * unchanged, a good file publishes with its events, one bad row refuses the whole file
 * with a 422 report, and only the province's system administrators may do any of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CatalogImportApiTests {

	private static final String IMPORT = "/api/v1/admin/procedures/import";

	private static final String EXPORT = "/api/v1/admin/procedures/export";

	@Autowired
	MockMvc mvc;

	@Autowired
	Procedures procedures;

	@Autowired
	ProcedureCatalog catalog;

	@Autowired
	ApplicationEvents events;

	private static String uniqueCode() {
		return "7." + String.format("%06d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000));
	}

	/** A catalog file with one procedure, as a manager would write it. */
	static String csv(String code, String fee, String secondShare, String publish) {
		return """
				[procedures]
				code,name,field,levels,competent_agency,result,online_mode,return_channels,process_unit,process_demo_default,agency_levels,agency_codes,note,source,publish
				{code},"Thủ tục nhập thử {code}",Thử nghiệm,COMMUNE,Ủy ban nhân dân cấp xã,Giấy chứng nhận,PARTIAL,DIRECT;POST,WORKING_DAYS,no,COMMUNE,22.STP,,,{publish}

				[cases]
				procedure_code,case_no,name,time_amount,time_unit
				{code},1,Trường hợp chung,5,WORKING_DAYS

				[fees]
				procedure_code,case_no,kind,amount_vnd,description,exemptions
				{code},1,AMOUNT,{fee},Lệ phí,

				[documents]
				procedure_code,name,originals,copies,requirement,form_template
				{code},Tờ khai,1,0,MANDATORY,to-khai.pdf

				[legal_basis]
				procedure_code,number,date,issuer,title,amended_by
				{code},60/2014/QH13,2014-11-20,Quốc hội,Luật Hộ tịch,

				[steps]
				procedure_code,name,role,unit_type,share
				{code},Tiếp nhận,ONE_STOP_OFFICER,ONE_STOP_DESK,0.5
				{code},Thẩm định,SPECIALIST,SPECIALISED_UNIT,{share}
				"""
			.replace("{code}", code)
			.replace("{fee}", fee)
			.replace("{share}", secondShare)
			.replace("{publish}", publish);
	}

	static MockMultipartFile file(String content) {
		return file(content.getBytes(StandardCharsets.UTF_8));
	}

	static MockMultipartFile file(byte[] content) {
		// the name and the declared type say PDF: the content decides
		return new MockMultipartFile("file", "danh-muc.pdf", "application/pdf", content);
	}

	private static MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file) {
		return (MockMultipartHttpServletRequestBuilder) multipart(IMPORT).file(file).with(csrf());
	}

	@Test
	void theExportedCatalogImportsBackUnchangedInBothFormats() throws Exception {
		for (String format : new String[] { "xlsx", "csv" }) {
			byte[] exported = this.mvc
				.perform(get(EXPORT).param("format", format).with(ProcedureAdminPagesTests.admin()))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
						allOf(containsString("attachment"), containsString("." + format))))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(exported.length).isGreaterThan(1000);
			this.mvc.perform(upload(file(exported)).with(ProcedureAdminPagesTests.admin()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.rejected", hasSize(0)))
				.andExpect(jsonPath("$.imported").value(0))
				.andExpect(jsonPath("$.unchanged", greaterThanOrEqualTo(40)));
		}
		assertThat(this.catalog.editable("1.001193").status()).isEqualTo(ProcedureStatus.PUBLISHED);
	}

	@Test
	void aGoodFileIsPublishedThroughTheCatalogWithItsEvents() throws Exception {
		String code = uniqueCode();
		this.mvc
			.perform(upload(file(csv(code, "8000", "4", "no"))).param("dryRun", "true")
				.with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.imported").value(1));
		assertThat(this.procedures.find(code, 1)).isEmpty();

		this.mvc.perform(upload(file(csv(code, "8000", "4", "yes"))).with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.rejected", hasSize(0)));
		ProcedureRecord published = this.procedures.findPublished(code).orElseThrow();
		assertThat(published.version()).isEqualTo(1);
		assertThat(published.details().cases().get(0).fees().get(0).amountVnd()).isEqualTo(8000L);
		assertThat(published.details().applicability().agencyCodes()).containsExactly("22.STP");
		assertThat(this.events.stream(ProcedureChanged.class).filter((e) -> e.code().equals(code)))
			.extracting(ProcedureChanged::change, ProcedureChanged::actor)
			.containsExactly(tuple(ProcedureChanged.Change.DRAFTED, "catalog-admin"),
					tuple(ProcedureChanged.Change.PUBLISHED, "catalog-admin"));

		this.mvc.perform(upload(file(csv(code, "9000", "4", "no"))).with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		assertThat(this.catalog.editable(code).version()).isEqualTo(2);
		assertThat(this.catalog.editable(code).status()).isEqualTo(ProcedureStatus.DRAFT);
		assertThat(this.procedures.findPublished(code).orElseThrow().version()).isEqualTo(1);
	}

	@Test
	void oneBadRowRefusesTheWholeFileWithAReport() throws Exception {
		String good = uniqueCode();
		String bad = uniqueCode();
		String twoProcedures = merge(csv(good, "8000", "4", "yes"), csv(bad, "-8000", "-1", "yes"));
		this.mvc.perform(upload(file(twoProcedures)).with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.rejected", hasSize(2)))
			.andExpect(jsonPath("$.rejected[0].sheet").value("fees"))
			.andExpect(jsonPath("$.rejected[0].row").value(14))
			.andExpect(jsonPath("$.rejected[0].column").value("amount_vnd"))
			.andExpect(jsonPath("$.rejected[0].code").value("procedure.fee.negative"))
			.andExpect(jsonPath("$.rejected[0].procedure").value(bad))
			.andExpect(jsonPath("$.rejected[0].message").value("Số tiền phí, lệ phí không được âm (-8000)."))
			.andExpect(jsonPath("$.rejected[1].sheet").value("steps"))
			.andExpect(jsonPath("$.rejected[1].column").value("share"))
			.andExpect(jsonPath("$.rejected[1].code").value("procedure.process.share"));
		assertThat(this.procedures.find(good, 1)).isEmpty();
		assertThat(this.procedures.find(bad, 1)).isEmpty();

		this.mvc
			.perform(upload(file(csv(bad, "8000", "5", "yes"))).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rejected[0].code").value("procedure.process.exceeds-legal-time"))
			.andExpect(jsonPath("$.rejected[0].row").value(24))
			.andExpect(jsonPath("$.rejected[0].message", containsString("more than the legal time")));
	}

	/**
	 * Two one-procedure files as one: each section's rows of the second after the
	 * first's.
	 */
	private static String merge(String first, String second) {
		StringBuilder merged = new StringBuilder();
		String[] a = first.split("\n\n");
		String[] b = second.split("\n\n");
		for (int i = 0; i < a.length; i++) {
			String rows = b[i].strip().lines().skip(2).reduce("", (x, y) -> x + y + "\n");
			merged.append(a[i].strip()).append('\n').append(rows).append('\n');
		}
		return merged.toString();
	}

	@Test
	void fileLevelRefusals() throws Exception {
		this.mvc.perform(upload(file(new byte[CatalogFormat.MAX_BYTES + 1])).with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rejected[0].code").value("catalog.import.too-large"))
			.andExpect(jsonPath("$.rejected[0].sheet").doesNotExist())
			.andExpect(jsonPath("$.rejected[0].message", containsString("5 MB")));
		this.mvc
			.perform(upload(file(new byte[] { '%', 'P', 'D', 'F', 0, 1, 2 })).with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rejected[0].code").value("catalog.import.not-a-catalog-file"));
		this.mvc.perform(multipart(IMPORT).with(csrf()).with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("catalog.import.file.missing"));
		this.mvc.perform(get(EXPORT).param("format", "pdf").with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("catalog.export.format"));
	}

	@Test
	void draftsExportOnRequest() throws Exception {
		String code = uniqueCode();
		this.mvc.perform(upload(file(csv(code, "8000", "4", "no"))).with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isOk());
		this.mvc
			.perform(get(EXPORT).param("format", "csv").param("status", "draft").with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content()
				.string(allOf(containsString(code + ",Thủ tục nhập thử " + code), containsString(",no\r\n"))));
	}

	@Test
	void onlyTheProvincesSystemAdministratorsMayImportOrExport() throws Exception {
		this.mvc
			.perform(upload(file(csv(uniqueCode(), "8000", "4", "yes"))).with(ProcedureAdminPagesTests.specialist()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(EXPORT).with(ProcedureAdminPagesTests.specialist())).andExpect(status().isForbidden());
		this.mvc.perform(get(EXPORT).with(user(new ProcedureAdminPagesTests.ScopedAdmin("06652"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/procedures/import").with(ProcedureAdminPagesTests.specialist()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/procedures/import").with(user(new ProcedureAdminPagesTests.ScopedAdmin("06652"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theImportPageShowsTheReport() throws Exception {
		this.mvc.perform(get("/admin/procedures/import").with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\""),
					containsString("for=\"import-file\""), containsString("_csrf="))));
		String code = uniqueCode();
		this.mvc
			.perform(multipart("/admin/procedures/import").file(file(csv(code, "-1", "4", "yes")))
				.with(csrf())
				.with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("<caption>Các dòng bị từ chối</caption>"),
					containsString("<td>fees</td>"), containsString("<td>amount_vnd</td>"),
					containsString("Số tiền phí, lệ phí không được âm (-1)."))));
		this.mvc
			.perform(multipart("/admin/procedures/import").file(file(csv(code, "1", "4", "yes")))
				.param("dryRun", "true")
				.with(csrf())
				.with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kiểm tra xong, không có lỗi: 1 thủ tục sẽ được nhập")));
		this.mvc.perform(multipart("/admin/procedures/import").with(csrf()).with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("id=\"import-file-error\""), containsString("aria-invalid=\"true\""))));
		assertThat(this.procedures.find(code, 1)).isEmpty();
		this.mvc.perform(get("/admin/procedures").with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/admin/procedures/import\""),
					containsString("href=\"/admin/procedures/new\""),
					containsString("action=\"/api/v1/admin/procedures/export\""))));
	}

}
