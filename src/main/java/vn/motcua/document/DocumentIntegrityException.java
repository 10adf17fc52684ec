package vn.motcua.document;

import java.util.UUID;

/**
 * A stored file's content is missing or no longer matches the size and SHA-256 recorded
 * when it was stored. Not a user mistake: a fault of the storage, logged as an error and
 * reported as a server error.
 */
public class DocumentIntegrityException extends RuntimeException {

	private final UUID documentId;

	public DocumentIntegrityException(UUID documentId, String message) {
		super("Document " + documentId + ": " + message);
		this.documentId = documentId;
	}

	public DocumentIntegrityException(UUID documentId, String message, Throwable cause) {
		super("Document " + documentId + ": " + message, cause);
		this.documentId = documentId;
	}

	public UUID documentId() {
		return this.documentId;
	}

}
