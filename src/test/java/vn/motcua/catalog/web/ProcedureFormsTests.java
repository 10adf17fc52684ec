package vn.motcua.catalog.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.catalog.internal.FormTemplates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Forms on the public procedure page: each paper with a form links to its download, which
 * is an attachment with the right type and name; a form the procedure does not name is a
 * 404 page. The submit-online button where the procedure allows it, the desks otherwise.
 * Administrators upload forms; other staff may not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProcedureFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FormTemplates forms;

	@Test
	void theProcedurePageLinksEachFormAndTheOnlineSubmission() throws Exception {
		this.mvc.perform(get("/procedures/1.001193"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("href=\"/procedures/1.001193/forms/to-khai-dang-ky-khai-sinh.pdf\""),
						containsString("Tải mẫu: Tờ khai đăng ký khai sinh"),
						containsString("href=\"/account/dossiers/new?procedure=1.001193\""),
						containsString("Nộp hồ sơ trực tuyến"))));
	}

	@Test
	void anInPersonProcedureSaysWhereToGoInsteadOfOfferingOnlineSubmission() throws Exception {
		this.mvc.perform(get("/procedures/1.012812"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(not(containsString("/account/dossiers/new")), containsString("id=\"submit-in-person\""),
						containsString("Bộ phận một cửa của Ủy ban nhân dân xã, phường, đặc khu nơi bạn cư trú"))));
		// a provincial procedure names the provincial service centre's desk
		this.mvc.perform(get("/procedures/1.013833"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"submit-in-person\""), containsString("href=\"/agencies/22.TTPVHCC\""))));
	}

	@Test
	void aFormDownloadsAsAnAttachmentWithItsTypeAndName() throws Exception {
		MvcResult result = this.mvc.perform(get("/procedures/1.001193/forms/to-khai-dang-ky-khai-sinh.pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"to-khai-dang-ky-khai-sinh.pdf\"; "
							+ "filename*=UTF-8''to-khai-dang-ky-khai-sinh.pdf"))
			.andReturn();
		byte[] body = result.getResponse().getContentAsByteArray();
		assertThat(new String(body, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(result.getResponse().getHeader("ETag"))
			.contains(this.forms.load("to-khai-dang-ky-khai-sinh.pdf").orElseThrow().template().sha256());
	}

	@Test
	void unknownFormsAndFormsOfOtherProceduresAre404Pages() throws Exception {
		this.mvc.perform(get("/procedures/1.001193/forms/khong-co.pdf"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không có mẫu &quot;khong-co.pdf&quot; cho thủ tục này.")));
		this.mvc.perform(get("/procedures/1.000894/forms/to-khai-dang-ky-khai-sinh.pdf"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/procedures/9.999999/forms/to-khai-dang-ky-khai-sinh.pdf"))
			.andExpect(status().isNotFound());
	}

	@Test
	void unicodeFileNamesGetAnAsciiFallbackAndTheExactUtf8Name() {
		assertThat(ProcedurePages.attachment("Tờ khai Đăng ký (mẫu 1).docx")).isEqualTo(
				"attachment; filename=\"To khai Dang ky (mau 1).docx\"; filename*=UTF-8''T%E1%BB%9D%20khai%20%C4%90%C4%83ng%20k%C3%BD%20%28m%E1%BA%ABu%201%29.docx");
	}

	@Test
	void anAdministratorUploadsAFormAndSeesRefusalsNextToTheField() throws Exception {
		this.mvc.perform(get("/admin/procedures/forms").with(ProcedureAdminPagesTests.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("to-khai-dang-ky-khai-sinh.pdf"),
					containsString("enctype=\"multipart/form-data\""))));

		String name = "Mẫu thử " + System.nanoTime() + ".pdf";
		MockMultipartFile file = new MockMultipartFile("file", name, "application/octet-stream",
				"%PDF-1.7 thử".getBytes(StandardCharsets.UTF_8));
		this.mvc
			.perform(multipart("/admin/procedures/forms").file(file)
				.param("title", "Mẫu thử")
				.with(ProcedureAdminPagesTests.admin())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/procedures/forms"));
		assertThat(this.forms.load(name)).hasValueSatisfying((stored) -> {
			assertThat(stored.template().contentType()).isEqualTo("application/pdf");
			assertThat(stored.template().uploadedBy()).isEqualTo("catalog-admin");
		});

		MockMultipartFile fake = new MockMultipartFile("file", "gia.pdf", "application/pdf",
				"MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
		this.mvc
			.perform(multipart("/admin/procedures/forms").file(fake)
				.param("title", "Giả")
				.with(ProcedureAdminPagesTests.admin())
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"form-file-error\""),
					containsString("Nội dung tệp không phải định dạng pdf"), containsString("value=\"Giả\""))));
		assertThat(this.forms.exists("gia.pdf")).isFalse();
	}

	@Test
	void otherStaffMayNotManageForms() throws Exception {
		this.mvc.perform(get("/admin/procedures/forms").with(ProcedureAdminPagesTests.specialist()))
			.andExpect(status().isForbidden());
		MockMultipartFile file = new MockMultipartFile("file", "x.pdf", "application/pdf",
				"%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
		this.mvc
			.perform(multipart("/admin/procedures/forms").file(file)
				.param("title", "x")
				.with(ProcedureAdminPagesTests.specialist())
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.forms.exists("x.pdf")).isFalse();
	}

}
