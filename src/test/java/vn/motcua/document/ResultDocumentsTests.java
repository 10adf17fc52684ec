package vn.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Result documents: only safe PDFs are kept (checked by content, not by name), each with
 * its SHA-256; the agency certificate signs them in PAdES form; the verification tells a
 * valid and unchanged signature from a tampered file and from content added after
 * signing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResultDocumentsTests {

	@Autowired
	ResultDocuments results;

	@Autowired
	OfficialForms forms;

	String reference() {
		return "TEST-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void anUnsignedResultIsKeptWithItsChecksumAndListedUnderItsReference() throws Exception {
		String reference = reference();
		byte[] pdf = this.forms.refusal(SampleForms.refusal());

		ResultDocument result = this.results.attach(reference, "ket-qua.pdf", new ByteArrayInputStream(pdf), false,
				"chuyenvien.hatu");

		assertThat(result.signature().status()).isEqualTo(SignatureCheck.Status.UNSIGNED);
		assertThat(result.sha256()).isEqualTo(sha256(pdf));
		assertThat(result.signedHere()).isFalse();
		assertThat(this.results.of(reference)).extracting(ResultDocument::documentId)
			.containsExactly(result.documentId());
		try (InputStream in = this.results.open(result.documentId())) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
		assertThat(this.results.find("OTHER-REF", result.documentId())).isEmpty();
	}

	@Test
	void theAgencyCertificateSignsAResultInPadesFormAndTheSignatureVerifies() throws Exception {
		String reference = reference();
		byte[] pdf = this.forms.refusal(SampleForms.refusal());

		ResultDocument result = this.results.attach(reference, "quyet-dinh.pdf", new ByteArrayInputStream(pdf), true,
				"lanhdao.hatu");

		assertThat(this.results.canSign()).isTrue();
		assertThat(result.signedHere()).isTrue();
		SignatureCheck check = this.results.find(reference, result.documentId()).orElseThrow().signature();
		assertThat(check.status()).isEqualTo(SignatureCheck.Status.VALID);
		assertThat(check.signatures()).singleElement().satisfies((signature) -> {
			assertThat(signature.valid()).isTrue();
			assertThat(signature.coversWholeFile()).isTrue();
			assertThat(signature.agencyCertificate()).isTrue();
			assertThat(signature.certificateValidAtSigning()).isTrue();
			assertThat(signature.signerName()).isEqualTo("Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh (demo)");
			assertThat(signature.subFilter()).isEqualTo("ETSI.CAdES.detached");
			assertThat(signature.signedAt()).isNotNull();
		});
		byte[] signed;
		try (InputStream in = this.results.open(result.documentId())) {
			signed = in.readAllBytes();
		}
		// an incremental update: the original bytes stay, the text is intact
		assertThat(Arrays.copyOf(signed, pdf.length)).isEqualTo(pdf);
		assertThat(OfficialFormsTests.text(signed)).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
		try (PDDocument document = Loader.loadPDF(signed)) {
			PDSignature signature = document.getLastSignatureDictionary();
			assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
			assertThat(signature.getReason()).isEqualTo("Kết quả giải quyết thủ tục hành chính");
		}
	}

	@Test
	void aSignedFileChangedInsideItsSignedBytesIsInvalid() throws Exception {
		byte[] signed = signed();
		// the binary comment on the file's second line: the file still parses
		int comment = new String(signed, StandardCharsets.ISO_8859_1).indexOf('\n') + 2;
		byte[] tampered = signed.clone();
		tampered[comment] ^= 0x01;

		assertThat(this.results.verify(signed).status()).isEqualTo(SignatureCheck.Status.VALID);
		SignatureCheck check = this.results.verify(tampered);
		assertThat(check.status()).isEqualTo(SignatureCheck.Status.INVALID);
		assertThat(check.signatures()).singleElement().satisfies((s) -> assertThat(s.valid()).isFalse());
	}

	@Test
	void contentAddedAfterTheSignatureIsReported() throws Exception {
		byte[] signed = signed();
		byte[] extended;
		try (PDDocument document = Loader.loadPDF(signed); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getDocumentInformation().setTitle("Đã sửa sau khi ký");
			document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
			document.getDocument().getTrailer().setNeedToBeUpdated(true);
			document.saveIncremental(out);
			extended = out.toByteArray();
		}
		assertThat(extended.length).isGreaterThan(signed.length);

		SignatureCheck check = this.results.verify(extended);
		assertThat(check.status()).isEqualTo(SignatureCheck.Status.CHANGED_AFTER_SIGNING);
		assertThat(check.last().valid()).isTrue();
		assertThat(check.last().coversWholeFile()).isFalse();
	}

	@Test
	void anythingButASafePdfIsRefusedWhateverItsName() {
		assertRefused("anh-chup.pdf", SampleFiles.png(), "document.result.not-pdf");
		assertRefused("rong.pdf", new byte[0], "document.empty");
		assertRefused("hong.pdf", "%PDF-1.7\nkhông phải PDF\n".getBytes(StandardCharsets.UTF_8),
				"document.result.pdf-damaged");
		assertRefused("script.pdf",
				pdf((document) -> document.getDocumentCatalog()
					.setOpenAction(new PDActionJavaScript("app.alert('Xin chào');"))),
				"document.result.active-content");
		assertRefused("launch.pdf", pdf((document) -> {
			PDActionLaunch launch = new PDActionLaunch();
			launch.setFile(new PDSimpleFileSpecification(new COSString("cmd.exe")));
			PDAnnotationLink link = new PDAnnotationLink();
			link.setRectangle(new PDRectangle(10, 10, 100, 20));
			link.setAction(launch);
			try {
				document.getPage(0).getAnnotations().add(link);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}), "document.result.active-content");
		byte[] huge = new byte[(int) ResultDocuments.MAX_BYTES + 1];
		System.arraycopy(SampleFiles.pdf(), 0, huge, 0, SampleFiles.pdf().length);
		assertRefused("qua-lon.pdf", huge, "document.too-large");
	}

	@Test
	void aPlainPdfWithoutActiveContentIsAccepted() {
		assertThat(this.results.attach(reference(), "trang.pdf", new ByteArrayInputStream(pdf((document) -> {
		})), false, "chuyenvien.hatu").signature().status()).isEqualTo(SignatureCheck.Status.UNSIGNED);
	}

	private void assertRefused(String name, byte[] content, String code) {
		String reference = reference();
		assertThatThrownBy(
				() -> this.results.attach(reference, name, new ByteArrayInputStream(content), false, "chuyenvien.hatu"))
			.as(name)
			.isInstanceOfSatisfying(DomainException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo(code);
				assertThat(ex.field()).isEqualTo("file");
			});
		assertThat(this.results.of(reference)).isEmpty();
	}

	private byte[] signed() throws IOException {
		ResultDocument result = this.results.attach(reference(), "ky.pdf",
				new ByteArrayInputStream(this.forms.apology(SampleForms.apology())), true, "lanhdao.hatu");
		try (InputStream in = this.results.open(result.documentId())) {
			return in.readAllBytes();
		}
	}

	static byte[] pdf(Consumer<PDDocument> change) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage(PDRectangle.A5));
			change.accept(document);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
