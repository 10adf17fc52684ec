package vn.motcua.document;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a caller accepts for one upload: the allowed types and the largest size in bytes.
 * The default accepts PDF, JPEG, PNG and DOCX up to 10 MB (10 × 2^20 bytes).
 */
public record DocumentPolicy(Set<DocumentType> allowedTypes, long maxBytes) {

	public static final long MEBIBYTE = 1024L * 1024L;

	public static final DocumentPolicy DEFAULT = new DocumentPolicy(
			EnumSet.of(DocumentType.PDF, DocumentType.JPEG, DocumentType.PNG, DocumentType.DOCX), 10 * MEBIBYTE);

	public DocumentPolicy {
		if (allowedTypes.isEmpty()) {
			throw new IllegalArgumentException("A policy allows at least one type");
		}
		if (maxBytes < 1) {
			throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
		}
		allowedTypes = Collections.unmodifiableSet(EnumSet.copyOf(allowedTypes));
	}

	public static DocumentPolicy of(long maxBytes, DocumentType first, DocumentType... others) {
		return new DocumentPolicy(EnumSet.of(first, others), maxBytes);
	}

	public DocumentPolicy withMaxBytes(long maxBytes) {
		return new DocumentPolicy(this.allowedTypes, maxBytes);
	}

	public boolean allows(DocumentType type) {
		return this.allowedTypes.contains(type);
	}

	/** The allowed types for a message: "PDF, JPEG, PNG, DOCX". */
	public String allowedLabels() {
		return this.allowedTypes.stream().map(DocumentType::label).collect(Collectors.joining(", "));
	}

	/** The size limit for a message: "10 MB", or "512 KB" below one megabyte. */
	public String maxSizeLabel() {
		if (this.maxBytes >= MEBIBYTE) {
			long tenths = Math.round(this.maxBytes * 10.0 / MEBIBYTE);
			return (tenths % 10 == 0) ? (tenths / 10) + " MB" : (tenths / 10) + "," + (tenths % 10) + " MB";
		}
		if (this.maxBytes >= 1024) {
			return (this.maxBytes / 1024) + " KB";
		}
		return this.maxBytes + " B";
	}

}
