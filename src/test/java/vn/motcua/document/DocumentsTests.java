package vn.motcua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.document.internal.LocalDirectoryFileStore;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attachments on the real database and file store: types are detected from the content,
 * refusals carry a precise code and message, content round-trips byte for byte and a
 * tampered file is refused on reading. (MockMvc is configured only so that the Spring
 * context is shared with the web tests.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentsTests {

	@Autowired
	Documents documents;

	@Autowired
	LocalDirectoryFileStore fileStore;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MessageSource messages;

	@Test
	void storesAndReadsBackARealPdfWithItsChecksum() throws Exception {
		byte[] pdf = SampleFiles.pdf();
		StoredDocument stored = store("Đơn đề nghị.pdf", pdf);

		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.type()).isEqualTo(DocumentType.PDF);
		assertThat(stored.size()).isEqualTo(pdf.length);
		assertThat(stored.sha256()).isEqualTo(sha256(pdf));
		assertThat(stored.fileName()).isEqualTo("Đơn đề nghị.pdf");
		assertThat(this.documents.find(stored.id())).contains(stored);
		try (InputStream in = this.documents.open(stored.id())) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
		assertThat(this.jdbc.sql("SELECT storage_key FROM document_file WHERE id = ?")
			.param(stored.id())
			.query(String.class)
			.single()).endsWith(stored.id().toString());
	}

	@Test
	void roundTripsLargeRandomContentThatIsReadThroughATemporaryFile() throws Exception {
		Random random = new Random(20261126);
		byte[] content = new byte[3 * 1024 * 1024 + 17];
		random.nextBytes(content);
		byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, content, 0, header.length);

		StoredDocument stored = store("ban-ve.pdf", content);

		assertThat(stored.sha256()).isEqualTo(sha256(content));
		try (InputStream in = this.documents.open(stored.id())) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void detectsEachAcceptedTypeFromItsContent() {
		assertThat(store("anh.png", SampleFiles.png()).type()).isEqualTo(DocumentType.PNG);
		assertThat(store("anh.jpg", SampleFiles.jpeg()).type()).isEqualTo(DocumentType.JPEG);
		assertThat(store("don.docx", SampleFiles.docx()).type()).isEqualTo(DocumentType.DOCX);
		assertThat(this.documents
			.store("bang.xlsx", new ByteArrayInputStream(SampleFiles.xlsx()),
					DocumentPolicy.of(DocumentPolicy.MEBIBYTE, DocumentType.XLSX))
			.type()).isEqualTo(DocumentType.XLSX);
	}

	@Test
	void refusesAPngNamedAsPdfAndSaysWhatItIs() {
		assertThatThrownBy(() -> store("giay-khai-sinh.pdf", SampleFiles.png(),
				DocumentPolicy.of(DocumentPolicy.MEBIBYTE, DocumentType.PDF)))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("document.type-not-allowed");
				assertThat(ex.field()).isEqualTo("file");
				assertThat(message(ex, "vi")).isEqualTo(
						"Tệp \"giay-khai-sinh.pdf\" có định dạng PNG, không thuộc các định dạng được chấp nhận: PDF.");
			});
	}

	@Test
	void refusesAZipThatIsNoOfficeDocumentEvenNamedDocx() {
		assertThatThrownBy(() -> store("don.docx", SampleFiles.plainZip()))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("document.type-not-allowed");
				assertThat(message(ex, "en")).isEqualTo(
						"The file \"don.docx\" is a ZIP file, which is not among the accepted types: PDF, JPEG, PNG, DOCX.");
			});
		byte[] contentTypesOnly = SampleFiles.zip(Map.of("[Content_Types].xml", "<Types/>", "docs/a.xml", "<a/>"));
		assertThatThrownBy(() -> store("don.docx", contentTypesOnly)).isInstanceOfSatisfying(DomainException.class,
				(ex) -> assertThat(ex.arguments()).contains("ZIP"));
		assertThatThrownBy(() -> store("bang.xlsx", SampleFiles.xlsx())).isInstanceOfSatisfying(DomainException.class,
				(ex) -> assertThat(ex.arguments()).contains("XLSX"));
	}

	@Test
	void refusesContentOfUnknownType() {
		assertThatThrownBy(() -> store("ghi-chu.pdf", "Xin chào".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("document.type-unknown");
				assertThat(message(ex, "vi")).isEqualTo(
						"Không nhận ra định dạng của tệp \"ghi-chu.pdf\"; chỉ chấp nhận các định dạng: PDF, JPEG, PNG, DOCX.");
			});
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatThrownBy(() -> store("rong.pdf", new byte[0])).isInstanceOfSatisfying(DomainException.class,
				(ex) -> assertThat(ex.code()).isEqualTo("document.empty"));
	}

	@Test
	void refusesAFileOneByteOverTheLimitAndAcceptsOneAtTheLimit() {
		byte[] pdf = SampleFiles.pdf();
		DocumentPolicy exact = DocumentPolicy.DEFAULT.withMaxBytes(pdf.length);
		assertThat(store("vua-du.pdf", pdf, exact).size()).isEqualTo(pdf.length);

		DocumentPolicy smaller = DocumentPolicy.DEFAULT.withMaxBytes(pdf.length - 1);
		assertThatThrownBy(() -> store("qua-lon.pdf", pdf, smaller)).isInstanceOfSatisfying(DomainException.class,
				(ex) -> assertThat(ex.code()).isEqualTo("document.too-large"));
	}

	@Test
	void readsNoMoreThanTheLimitOfAnEndlessUpload() {
		InputStream endless = new InputStream() {
			long served;

			@Override
			public int read() {
				this.served++;
				return 'x';
			}

			@Override
			public int read(byte[] b, int off, int len) {
				this.served += len;
				Arrays.fill(b, off, off + len, (byte) 'x');
				return len;
			}
		};
		DocumentPolicy policy = DocumentPolicy.DEFAULT.withMaxBytes(2 * DocumentPolicy.MEBIBYTE);
		assertThatThrownBy(() -> this.documents.store("vo-tan.pdf", endless, policy))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("document.too-large");
				assertThat(message(ex, "vi")).isEqualTo("Tệp \"vo-tan.pdf\" vượt quá dung lượng cho phép (2 MB).");
			});
	}

	@Test
	void refusesFileNamesWithPathsControlCharactersOrTooLong() {
		for (String name : new String[] { "../../etc/passwd", "a\\b.pdf", "don\u0000.pdf", "don\n.pdf",
				"gdp\u202Efdp.exe", "  ", "..", "x".repeat(201) + ".pdf" }) {
			assertThatThrownBy(() -> store(name, SampleFiles.pdf())).as(name)
				.isInstanceOfSatisfying(DomainException.class,
						(ex) -> assertThat(ex.code()).isEqualTo("document.name-invalid"));
		}
		assertThat(store("  " + "ả".repeat(196) + ".pdf ", SampleFiles.pdf()).fileName()).hasSize(200);
	}

	@Test
	void refusesToHandOutContentThatNoLongerMatchesItsChecksum() throws Exception {
		StoredDocument stored = store("giay-to.png", SampleFiles.png());
		Path file = storedFile(stored);
		byte[] tampered = Files.readAllBytes(file);
		tampered[tampered.length - 1] ^= 1;
		Files.write(file, tampered);

		assertThatThrownBy(() -> this.documents.open(stored.id())).isInstanceOf(DocumentIntegrityException.class)
			.hasMessageContaining("checksum");

		Files.delete(file);
		assertThatThrownBy(() -> this.documents.open(stored.id())).isInstanceOf(DocumentIntegrityException.class)
			.hasMessageContaining("missing");
	}

	@Test
	void anUnknownIdIsNotFound() {
		UUID id = UUID.randomUUID();
		assertThat(this.documents.find(id)).isEmpty();
		assertThatThrownBy(() -> this.documents.open(id)).isInstanceOfSatisfying(DomainException.class,
				(ex) -> assertThat(ex.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
	}

	@Test
	void deletesADraftsFileAndItsRecordOnce() throws Exception {
		StoredDocument stored = store("nhap.pdf", SampleFiles.pdf());
		Path file = storedFile(stored);
		assertThat(file).exists();

		this.documents.delete(stored.id());
		this.documents.delete(stored.id());

		assertThat(this.documents.find(stored.id())).isEmpty();
		assertThat(file).doesNotExist();
	}

	@Test
	void aRolledBackTransactionLeavesNoFileBehind() throws Exception {
		UUID[] id = new UUID[1];
		this.transactions.executeWithoutResult((status) -> {
			id[0] = store("huy.pdf", SampleFiles.pdf()).id();
			status.setRollbackOnly();
		});
		assertThat(this.documents.find(id[0])).isEmpty();
		try (var files = Files.walk(this.fileStore.root())) {
			assertThat(files.map(Path::getFileName).map(Path::toString)).doesNotContain(id[0].toString());
		}
	}

	@Test
	void deletingInsideATransactionKeepsTheFileUntilCommit() {
		StoredDocument stored = store("giu.pdf", SampleFiles.pdf());
		Path file = storedFile(stored);
		this.transactions.executeWithoutResult((status) -> {
			this.documents.delete(stored.id());
			assertThat(file).exists();
			status.setRollbackOnly();
		});
		assertThat(this.documents.find(stored.id())).isPresent();
		assertThat(file).exists();
	}

	private Path storedFile(StoredDocument stored) {
		String key = this.jdbc.sql("SELECT storage_key FROM document_file WHERE id = ?")
			.param(stored.id())
			.query(String.class)
			.single();
		return this.fileStore.root().resolve(key);
	}

	private StoredDocument store(String name, byte[] content) {
		return store(name, content, DocumentPolicy.DEFAULT);
	}

	private StoredDocument store(String name, byte[] content, DocumentPolicy policy) {
		return this.documents.store(name, new ByteArrayInputStream(content), policy);
	}

	private String message(DomainException ex, String language) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), Locale.forLanguageTag(language));
	}

	private static String sha256(byte[] content) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IOException(ex);
		}
	}

}
