package vn.motcua.document;

import java.util.UUID;

import vn.motcua.shared.AuditableEvent;

/**
 * A result document was stored under a reference (a dossier code), signed here with the
 * agency certificate or not.
 */
public record ResultDocumentAttached(String reference, UUID documentId, String sha256, boolean signedHere,
		String uploadedBy) implements AuditableEvent {

	@Override
	public String auditAction() {
		return "document.result-attached";
	}

	@Override
	public String auditSubject() {
		return "dossier:" + this.reference;
	}

	@Override
	public String auditActor() {
		return this.uploadedBy;
	}

	@Override
	public String auditDetails() {
		return "result " + this.documentId + " sha256 " + this.sha256 + (this.signedHere ? ", signed (PAdES)" : "");
	}

}
