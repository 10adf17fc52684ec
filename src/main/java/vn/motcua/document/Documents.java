package vn.motcua.document;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

import vn.motcua.shared.DomainException;

/**
 * The attachments of the system: stored once, identified by id, their type detected from
 * their content, their SHA-256 checked on every read. Files are immutable; a draft's file
 * may be deleted.
 */
public interface Documents {

	/**
	 * Stores a file. Reads at most {@code policy.maxBytes() + 1} bytes of {@code content}
	 * (the caller closes it), detects the type from the content and refuses, with a
	 * {@link DomainException} of kind INVALID on field {@code file}:
	 * {@code document.empty}, {@code document.too-large},
	 * {@code document.type-not-allowed}, {@code document.type-unknown},
	 * {@code document.name-invalid}. Joins the caller's transaction when there is one.
	 * @param declaredFileName the name the applicant gave (kept for display and download
	 * only; never used to find the type or the storage place)
	 */
	StoredDocument store(String declaredFileName, InputStream content, DocumentPolicy policy);

	Optional<StoredDocument> find(UUID id);

	/**
	 * The content of a stored file, checked against its size and SHA-256 before any byte
	 * is handed out. The caller closes the stream.
	 * @throws DomainException {@code document.not-found} (NOT_FOUND) for an unknown id
	 * @throws DocumentIntegrityException when the content is missing or does not match
	 * its checksum (logged as an error)
	 */
	InputStream open(UUID id);

	/**
	 * Removes a file (for a draft that drops an attachment). Removing an unknown or
	 * already removed id does nothing, so a retried request is harmless.
	 */
	void delete(UUID id);

}
