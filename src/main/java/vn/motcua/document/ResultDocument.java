package vn.motcua.document;

import java.time.Instant;
import java.util.UUID;

/**
 * A result document: the stored file, what it belongs to, who uploaded it and when,
 * whether the system signed it with the agency certificate, and the check of its
 * signatures made when it was read.
 */
public record ResultDocument(UUID documentId, String reference, String fileName, long size, String sha256,
		Instant uploadedAt, String uploadedBy, boolean signedHere, SignatureCheck signature) {

}
