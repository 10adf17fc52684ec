package vn.motcua.document.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.document.DocumentIntegrityException;
import vn.motcua.document.DocumentPolicy;
import vn.motcua.document.DocumentType;
import vn.motcua.document.Documents;
import vn.motcua.document.FileStore;
import vn.motcua.document.StoredDocument;
import vn.motcua.shared.DomainException;

/**
 * Stores attachments: spools the upload to a temporary file while counting and hashing
 * it, detects its type from the content, hands it to the {@link FileStore} under a key
 * derived from a random id, then records its metadata in {@code document_file}. The file
 * is written before its row, so a row never points at nothing; if the caller's
 * transaction rolls back, the file is removed again.
 */
@Service
class DocumentStorage implements Documents {

	static final int MAX_NAME_LENGTH = 200;

	/** Files up to this size are checked in memory when read; larger ones are spooled. */
	static final int IN_MEMORY_READ_LIMIT = 1024 * 1024;

	private static final String FIELD = "file";

	private static final Logger log = LoggerFactory.getLogger(DocumentStorage.class);

	private final JdbcClient jdbc;

	private final FileStore files;

	private final Clock clock;

	DocumentStorage(JdbcClient jdbc, FileStore files, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.clock = clock;
	}

	@Override
	public StoredDocument store(String declaredFileName, InputStream content, DocumentPolicy policy) {
		String fileName = cleanName(declaredFileName);
		Path spool = null;
		try {
			spool = Files.createTempFile("motcua-upload-", ".part");
			Spooled spooled = spool(content, spool, policy.maxBytes());
			if (spooled.size() == 0) {
				throw DomainException.invalid("document.empty", FIELD, fileName);
			}
			DocumentType type = TypeDetection.detect(spooled.header(), spooled.headerLength(), spool)
				.orElseThrow(() -> DomainException.invalid("document.type-unknown", FIELD, fileName,
						policy.allowedLabels()));
			if (!policy.allows(type)) {
				throw DomainException.invalid("document.type-not-allowed", FIELD, fileName, type.label(),
						policy.allowedLabels());
			}
			UUID id = UUID.randomUUID();
			String key = storageKey(id);
			this.files.put(key, spool);
			StoredDocument document = new StoredDocument(id, fileName, type.contentType(), spooled.size(),
					spooled.sha256(), this.clock.instant().truncatedTo(ChronoUnit.MICROS));
			try {
				insert(document, key);
			}
			catch (RuntimeException ex) {
				deleteQuietly(key);
				throw ex;
			}
			removeOnRollback(key);
			return document;
		}
		catch (TooLarge ex) {
			throw DomainException.invalid("document.too-large", FIELD, fileName, policy.maxSizeLabel());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store " + fileName, ex);
		}
		finally {
			if (spool != null) {
				deleteQuietly(spool);
			}
		}
	}

	@Override
	public Optional<StoredDocument> find(UUID id) {
		return row(id).map(Row::document);
	}

	/**
	 * Reads at most one byte more than recorded: a grown file is caught without reading
	 * it all.
	 */
	@Override
	public InputStream open(UUID id) {
		Row row = row(id).orElseThrow(() -> DomainException.notFound("document.not-found", id));
		StoredDocument document = row.document();
		try (InputStream in = this.files.get(row.storageKey())) {
			if (document.size() <= IN_MEMORY_READ_LIMIT) {
				ByteArrayOutputStream buffer = new ByteArrayOutputStream((int) document.size());
				Copy copy = copy(in, buffer, document.size() + 1);
				verify(document, copy);
				return new ByteArrayInputStream(buffer.toByteArray());
			}
			Path spool = Files.createTempFile("motcua-read-", ".part");
			try {
				Copy copy;
				try (OutputStream out = Files.newOutputStream(spool)) {
					copy = copy(in, out, document.size() + 1);
				}
				verify(document, copy);
				return Files.newInputStream(spool, StandardOpenOption.DELETE_ON_CLOSE);
			}
			catch (RuntimeException | IOException ex) {
				deleteQuietly(spool);
				throw ex;
			}
		}
		catch (NoSuchFileException ex) {
			log.error("Stored file {} ({}) is missing from the file store under {}", id, document.fileName(),
					row.storageKey());
			throw new DocumentIntegrityException(id, "content missing", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read document " + id, ex);
		}
	}

	@Override
	public void delete(UUID id) {
		Optional<Row> row = row(id);
		if (row.isEmpty()) {
			return;
		}
		this.jdbc.sql("DELETE FROM document_file WHERE id = ?").param(id).update();
		String key = row.get().storageKey();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deleteQuietly(key);
				}
			});
		}
		else {
			deleteQuietly(key);
		}
	}

	/**
	 * The applicant's file name in NFC, trimmed; refused if blank, longer than 200
	 * characters, or containing a path separator or a control or format character.
	 */
	static String cleanName(String declared) {
		String name = Normalizer.normalize(declared, Normalizer.Form.NFC).strip();
		boolean valid = !name.isEmpty() && name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH && !name.equals(".")
				&& !name.equals("..")
				&& name.codePoints()
					.noneMatch((c) -> c == '/' || c == '\\' || Character.isISOControl(c)
							|| Character.getType(c) == Character.FORMAT
							|| Character.getType(c) == Character.LINE_SEPARATOR
							|| Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
		if (!valid) {
			throw DomainException.invalid("document.name-invalid", FIELD, MAX_NAME_LENGTH);
		}
		return name;
	}

	/**
	 * Two levels of directories from the id's first hex digits keep directories small.
	 */
	static String storageKey(UUID id) {
		String hex = id.toString();
		return hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/" + hex;
	}

	private Spooled spool(InputStream content, Path spool, long maxBytes) throws IOException {
		try (OutputStream out = Files.newOutputStream(spool)) {
			Copy copy = copy(content, out, maxBytes + 1);
			if (copy.size() > maxBytes) {
				throw new TooLarge();
			}
			return new Spooled(copy.size(), copy.sha256(), copy.header(), copy.headerLength());
		}
	}

	/** Copies at most {@code limit} bytes, hashing them and keeping the first ones. */
	private static Copy copy(InputStream in, OutputStream out, long limit) throws IOException {
		MessageDigest digest = sha256();
		byte[] header = new byte[TypeDetection.HEADER_LENGTH];
		int headerLength = 0;
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		while (total < limit) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total));
			if (read < 0) {
				break;
			}
			if (headerLength < header.length) {
				int n = Math.min(read, header.length - headerLength);
				System.arraycopy(buffer, 0, header, headerLength, n);
				headerLength += n;
			}
			digest.update(buffer, 0, read);
			out.write(buffer, 0, read);
			total += read;
		}
		return new Copy(total, HexFormat.of().formatHex(digest.digest()), header, headerLength);
	}

	private void verify(StoredDocument document, Copy copy) {
		if (copy.size() != document.size() || !copy.sha256().equals(document.sha256())) {
			log.error(
					"Stored file {} ({}) fails its integrity check: expected {} bytes sha256 {}, found {} bytes"
							+ " sha256 {}",
					document.id(), document.fileName(), document.size(), document.sha256(), copy.size(), copy.sha256());
			throw new DocumentIntegrityException(document.id(), "content does not match its checksum");
		}
	}

	private void insert(StoredDocument document, String key) {
		this.jdbc.sql("""
				INSERT INTO document_file (id, file_name, content_type, size, sha256, stored_at, storage_key)
				VALUES (:id, :fileName, :contentType, :size, :sha256, :storedAt, :storageKey)""")
			.param("id", document.id())
			.param("fileName", document.fileName())
			.param("contentType", document.contentType())
			.param("size", document.size())
			.param("sha256", document.sha256())
			.param("storedAt", Timestamp.from(document.storedAt()))
			.param("storageKey", key)
			.update();
	}

	private Optional<Row> row(UUID id) {
		return this.jdbc.sql("""
				SELECT id, file_name, content_type, size, sha256, stored_at, storage_key
				FROM document_file WHERE id = ?""")
			.param(id)
			.query((rs,
					n) -> new Row(new StoredDocument(rs.getObject("id", UUID.class), rs.getString("file_name"),
							rs.getString("content_type"), rs.getLong("size"), rs.getString("sha256"),
							rs.getTimestamp("stored_at").toInstant()), rs.getString("storage_key")))
			.optional();
	}

	private void removeOnRollback(String key) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						deleteQuietly(key);
					}
				}
			});
		}
	}

	private void deleteQuietly(String key) {
		try {
			this.files.delete(key);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not remove stored file {}: {}", key, ex.toString());
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not remove temporary file {}: {}", path, ex.toString());
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	private record Row(StoredDocument document, String storageKey) {
	}

	private record Copy(long size, String sha256, byte[] header, int headerLength) {
	}

	private record Spooled(long size, String sha256, byte[] header, int headerLength) {
	}

	private static final class TooLarge extends IOException {

		TooLarge() {
			super("content larger than allowed");
		}

	}

}
