package vn.motcua.document;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.motcua.shared.DomainException;

/**
 * The result documents of a case (kết quả giải quyết): signed PDFs an officer uploads,
 * optionally signed here with the agency's certificate (PAdES), kept under a reference
 * the caller chooses (the dossier code), stored through {@link Documents} (SHA-256
 * checked on every read) and verified each time they are shown.
 */
public interface ResultDocuments {

	/** The largest result document accepted: 10 MB. */
	long MAX_BYTES = 10 * DocumentPolicy.MEBIBYTE;

	/**
	 * Stores a result. The content must be a PDF (detected from its content, not its
	 * name) of at most {@link #MAX_BYTES}, readable, not encrypted and without active
	 * content; refused with a {@link DomainException} of kind INVALID on field
	 * {@code file}: {@code document.too-large}, {@code document.empty},
	 * {@code document.result.not-pdf}, {@code document.result.pdf-damaged},
	 * {@code document.result.pdf-encrypted}, {@code document.result.active-content}. With
	 * {@code sign}, the agency's certificate signs it (PAdES baseline B) before it is
	 * stored; {@code document.result.signing-unavailable} (UNPROCESSABLE) when no
	 * certificate is configured. Publishes {@link ResultDocumentAttached}.
	 * @param reference what the result belongs to (a dossier code)
	 * @param uploadedBy the officer's username
	 */
	ResultDocument attach(String reference, String declaredFileName, InputStream content, boolean sign,
			String uploadedBy);

	/** The results under a reference, oldest first, each with its signature checked. */
	List<ResultDocument> of(String reference);

	/** One result under a reference, its signature checked. */
	Optional<ResultDocument> find(String reference, UUID documentId);

	/** Whether an agency certificate is configured to sign results. */
	boolean canSign();

	/**
	 * The signatures of a PDF: whether each is cryptographically valid, whether the last
	 * one covers the whole file (nothing changed since signing) and who signed.
	 */
	SignatureCheck verify(byte[] pdf);

	/**
	 * The content of a result, checked against its SHA-256 (see {@link Documents#open}).
	 */
	InputStream open(UUID documentId);

}
