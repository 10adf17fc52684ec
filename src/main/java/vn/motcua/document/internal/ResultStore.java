package vn.motcua.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.document.DocumentPolicy;
import vn.motcua.document.DocumentType;
import vn.motcua.document.Documents;
import vn.motcua.document.ResultDocument;
import vn.motcua.document.ResultDocumentAttached;
import vn.motcua.document.ResultDocuments;
import vn.motcua.document.SignatureCheck;
import vn.motcua.document.StoredDocument;
import vn.motcua.shared.DomainException;

/**
 * Keeps result documents: checks the upload is a safe PDF, signs it with the agency
 * certificate when asked, stores it through {@link Documents} (SHA-256 recorded, checked
 * on every read) and records it under its reference in {@code document_result}.
 */
@Service
class ResultStore implements ResultDocuments {

	static final String SIGN_REASON = "Kết quả giải quyết thủ tục hành chính";

	private static final DocumentPolicy POLICY = DocumentPolicy.of(MAX_BYTES, DocumentType.PDF);

	private final Documents documents;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final SigningCertificates certificates;

	private final Clock clock;

	ResultStore(Documents documents, JdbcClient jdbc, ApplicationEventPublisher events,
			SigningCertificates certificates, Clock clock) {
		this.documents = documents;
		this.jdbc = jdbc;
		this.events = events;
		this.certificates = certificates;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ResultDocument attach(String reference, String declaredFileName, InputStream content, boolean sign,
			String uploadedBy) {
		if (reference.isBlank() || reference.length() > 60) {
			throw new IllegalArgumentException("Invalid reference " + reference);
		}
		byte[] pdf = read(content, declaredFileName);
		PdfInspection.check(pdf, declaredFileName);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (sign) {
			AgencyCertificate agency = this.certificates.current()
				.orElseThrow(() -> DomainException.unprocessable("document.result.signing-unavailable", "sign"));
			pdf = PadesSignatures.sign(pdf, agency, now, SIGN_REASON, this.certificates.location());
		}
		StoredDocument stored = this.documents.store(declaredFileName, new ByteArrayInputStream(pdf), POLICY);
		this.jdbc.sql("""
				insert into document_result (document_id, reference, uploaded_by, uploaded_at, signed_here)
				values (:id, :reference, :by, :at, :signed)""")
			.param("id", stored.id())
			.param("reference", reference)
			.param("by", uploadedBy)
			.param("at", Timestamp.from(now))
			.param("signed", sign)
			.update();
		this.events.publishEvent(new ResultDocumentAttached(reference, stored.id(), stored.sha256(), sign, uploadedBy));
		return new ResultDocument(stored.id(), reference, stored.fileName(), stored.size(), stored.sha256(), now,
				uploadedBy, sign, PadesSignatures.verify(pdf, agencyCertificate()));
	}

	@Override
	public List<ResultDocument> of(String reference) {
		return this.jdbc.sql("""
				select document_id, uploaded_by, uploaded_at, signed_here from document_result
				where reference = :reference order by uploaded_at, document_id""")
			.param("reference", reference)
			.query((rs, n) -> new Row(rs.getObject("document_id", UUID.class), rs.getString("uploaded_by"),
					rs.getTimestamp("uploaded_at").toInstant(), rs.getBoolean("signed_here")))
			.list()
			.stream()
			.map((row) -> result(reference, row))
			.toList();
	}

	@Override
	public Optional<ResultDocument> find(String reference, UUID documentId) {
		return this.jdbc.sql("""
				select document_id, uploaded_by, uploaded_at, signed_here from document_result
				where reference = :reference and document_id = :id""")
			.param("reference", reference)
			.param("id", documentId)
			.query((rs, n) -> new Row(rs.getObject("document_id", UUID.class), rs.getString("uploaded_by"),
					rs.getTimestamp("uploaded_at").toInstant(), rs.getBoolean("signed_here")))
			.optional()
			.map((row) -> result(reference, row));
	}

	@Override
	public boolean canSign() {
		return this.certificates.current().isPresent();
	}

	@Override
	public SignatureCheck verify(byte[] pdf) {
		return PadesSignatures.verify(pdf, agencyCertificate());
	}

	@Override
	public InputStream open(UUID documentId) {
		return this.documents.open(documentId);
	}

	private ResultDocument result(String reference, Row row) {
		StoredDocument stored = this.documents.find(row.id())
			.orElseThrow(() -> DomainException.notFound("document.not-found", row.id()));
		byte[] content;
		try (InputStream in = this.documents.open(row.id())) {
			content = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ResultDocument(row.id(), reference, stored.fileName(), stored.size(), stored.sha256(),
				row.uploadedAt(), row.uploadedBy(), row.signedHere(), verify(content));
	}

	private @Nullable X509Certificate agencyCertificate() {
		return this.certificates.current().map(AgencyCertificate::certificate).orElse(null);
	}

	private static byte[] read(InputStream content, String fileName) {
		try {
			byte[] bytes = content.readNBytes((int) MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw DomainException.invalid("document.too-large", "file", fileName, POLICY.maxSizeLabel());
			}
			if (bytes.length == 0) {
				throw DomainException.invalid("document.empty", "file", fileName);
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload " + fileName, ex);
		}
	}

	private record Row(UUID id, String uploadedBy, Instant uploadedAt, boolean signedHere) {
	}

}
