package vn.motcua.document;

import java.time.Instant;
import java.util.UUID;

/**
 * A file kept by the system: its id, the name the applicant gave it (cleaned), the type
 * detected from its content, its size in bytes and the SHA-256 of its content (lower-case
 * hex), checked on every read.
 */
public record StoredDocument(UUID id, String fileName, String contentType, long size, String sha256, Instant storedAt) {

	/** The detected type of this file. */
	public DocumentType type() {
		return DocumentType.ofContentType(this.contentType);
	}

}
