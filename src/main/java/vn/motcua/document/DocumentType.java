package vn.motcua.document;

import java.util.Arrays;

/**
 * A kind of file recognised from its first bytes (and, for Office Open XML, from the
 * names of its ZIP entries), never from its name.
 */
public enum DocumentType {

	PDF("application/pdf", "PDF"),

	JPEG("image/jpeg", "JPEG"),

	PNG("image/png", "PNG"),

	GIF("image/gif", "GIF"),

	/** A Word document in Office Open XML (.docx). */
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),

	/** An Excel workbook in Office Open XML (.xlsx). */
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),

	/** A PowerPoint presentation in Office Open XML (.pptx). */
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX"),

	/** An Office 97–2003 file (.doc, .xls, .ppt): an OLE2 compound document. */
	OFFICE_LEGACY("application/x-ole-storage", "DOC/XLS (Office 97–2003)"),

	/** A ZIP archive that is no Office Open XML document. */
	ZIP("application/zip", "ZIP");

	private final String contentType;

	private final String label;

	DocumentType(String contentType, String label) {
		this.contentType = contentType;
		this.label = label;
	}

	/** The MIME type stored with the file and sent when it is downloaded. */
	public String contentType() {
		return this.contentType;
	}

	/** A short name for messages: "PDF", "DOCX". */
	public String label() {
		return this.label;
	}

	public static DocumentType ofContentType(String contentType) {
		return Arrays.stream(values())
			.filter((type) -> type.contentType.equals(contentType))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown content type " + contentType));
	}

}
