package vn.motcua.catalog.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Form templates: the demo forms are real PDFs with the Vietnamese title and the
 * reference-template warning; uploads are refused with the field at fault when the name,
 * title, size or content is wrong, and stored with their checksum otherwise.
 */
@SpringBootTest
class FormTemplatesTests {

	private static final byte[] ZIP = { 'P', 'K', 3, 4, 20, 0, 0, 0 };

	@Autowired
	FormTemplates forms;

	@ParameterizedTest
	@ValueSource(
			strings = { "to-khai-dang-ky-khai-sinh.pdf", "to-khai-dang-ky-ket-hon.pdf", "to-khai-dang-ky-khai-tu.pdf",
					"to-khai-xac-nhan-tinh-trang-hon-nhan.pdf", "ct01-to-khai-thay-doi-thong-tin-cu-tru.pdf" })
	void everyFormTheDemoCatalogNamesIsAPdfWithItsTitleInVietnamese(String fileName) throws IOException {
		FormFile file = this.forms.load(fileName).orElseThrow();
		assertThat(file.template().contentType()).isEqualTo("application/pdf");
		assertThat(file.template().sha256()).isEqualTo(FormTemplates.sha256(file.content()));
		assertThat(file.template().sizeBytes()).isEqualTo(file.content().length);
		try (PDDocument pdf = Loader.loadPDF(file.content())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(pdf.getNumberOfPages()).isBetween(1, 3);
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(file.template().title());
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "MẪU THAM KHẢO",
					"cần đối chiếu mẫu chính thức");
			// the first words of the title, upper-cased on the form, in Vietnamese
			// letters
			assertThat(text).contains(file.template().title().toUpperCase(java.util.Locale.ROOT).substring(0, 12));
		}
	}

	@Test
	void theBirthRegistrationFormAsksForTheChildAndBothParents() throws IOException {
		FormFile file = this.forms.load("to-khai-dang-ky-khai-sinh.pdf").orElseThrow();
		try (PDDocument pdf = Loader.loadPDF(file.content())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("TỜ KHAI ĐĂNG KÝ KHAI SINH", "Thông tư 04/2020/TT-BTP", "Người mẹ", "Người cha",
					"Nơi sinh", "Quê quán");
		}
	}

	@Test
	void anUploadIsStoredUnderItsUnicodeNameAndReplacedByTheNextOne() {
		String name = "Tờ khai thử " + System.nanoTime() + ".docx";
		FormTemplate first = this.forms.upload(name, "Tờ khai thử", ZIP, "tester");
		byte[] second = Arrays.copyOf(ZIP, 16);
		FormTemplate replaced = this.forms.upload(name, "Tờ khai thử, bản 2", second, "tester2");

		FormFile stored = this.forms.load(name).orElseThrow();
		assertThat(stored.content()).isEqualTo(second);
		assertThat(stored.template().title()).isEqualTo("Tờ khai thử, bản 2");
		assertThat(stored.template().contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(replaced.sha256()).isNotEqualTo(first.sha256()).hasSize(64);
		assertThat(this.forms.all()).filteredOn((form) -> form.fileName().equals(name)).hasSize(1);
	}

	@Test
	void badUploadsAreRefusedWithTheFieldAtFault() {
		byte[] pdf = "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);
		assertRefused("../etc/passwd.pdf", "Mẫu", pdf, "form.file-name.invalid", "fileName");
		assertRefused(".hidden.pdf", "Mẫu", pdf, "form.file-name.invalid", "fileName");
		assertRefused("", "Mẫu", pdf, "form.file-name.invalid", "fileName");
		assertRefused("to-khai.exe", "Mẫu", pdf, "form.file-name.extension", "fileName");
		assertRefused("to-khai", "Mẫu", pdf, "form.file-name.extension", "fileName");
		assertRefused("to-khai.pdf", "  ", pdf, "form.title.required", "title");
		assertRefused("to-khai.pdf", "x".repeat(301), pdf, "form.title.too-long", "title");
		assertRefused("to-khai.pdf", "Mẫu", new byte[0], "form.content.empty", "file");
		assertRefused("to-khai.pdf", "Mẫu", null, "form.content.empty", "file");
		assertRefused("to-khai.pdf", "Mẫu", ZIP, "form.content.mismatch", "file");
		assertRefused("to-khai.docx", "Mẫu", pdf, "form.content.mismatch", "file");
		byte[] huge = Arrays.copyOf(pdf, FormTemplates.MAX_BYTES + 1);
		assertRefused("to-khai.pdf", "Mẫu", huge, "form.content.too-large", "file");
		assertThat(this.forms.exists("to-khai.exe")).isFalse();
	}

	private void assertRefused(String name, String title, byte[] content, String code, String field) {
		assertThatThrownBy(() -> this.forms.upload(name, title, content, "tester"))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo(code);
				assertThat(ex.field()).isEqualTo(field);
			});
	}

}
