package vn.motcua.document;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the digital signatures of a PDF prove.
 *
 * @param status the overall verdict
 * @param signatures every signature, in the order of the file
 */
public record SignatureCheck(Status status, List<Signature> signatures) {

	public SignatureCheck {
		signatures = List.copyOf(signatures);
	}

	/** The overall verdict on a PDF's signatures. */
	public enum Status {

		/** No digital signature. */
		UNSIGNED,

		/**
		 * Every signature is valid and the last one covers the whole file: the document
		 * is unchanged since it was signed.
		 */
		VALID,

		/** The signatures are valid but content was added after the last one. */
		CHANGED_AFTER_SIGNING,

		/** A signature does not match the content or could not be read. */
		INVALID

	}

	/**
	 * One signature.
	 *
	 * @param signerName the common name of the signing certificate
	 * @param issuerName the common name of the certificate's issuer
	 * @param signedAt the signing time the signature claims
	 * @param valid whether the signature matches the bytes it covers
	 * @param coversWholeFile whether it covers the whole file (nothing appended after)
	 * @param agencyCertificate whether it was made with this system's agency certificate
	 * @param certificateValidAtSigning whether the certificate was within its validity
	 * period at the signing time
	 * @param subFilter the signature's format ({@code ETSI.CAdES.detached} for PAdES)
	 */
	public record Signature(@Nullable String signerName, @Nullable String issuerName, @Nullable Instant signedAt,
			boolean valid, boolean coversWholeFile, boolean agencyCertificate, boolean certificateValidAtSigning,
			@Nullable String subFilter) {

	}

	/** The last signature, the one whose coverage decides whether the file changed. */
	public @Nullable Signature last() {
		return this.signatures.isEmpty() ? null : this.signatures.get(this.signatures.size() - 1);
	}

}
