package vn.motcua.document.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import vn.motcua.document.DocumentType;

/**
 * Recognises a file's type from its first bytes ("magic numbers"); a ZIP archive is told
 * apart from Office Open XML documents by the names of its entries (read from the central
 * directory only, nothing is decompressed).
 */
final class TypeDetection {

	/** How many leading bytes detection needs. */
	static final int HEADER_LENGTH = 8;

	/** Entries looked at before a ZIP is taken for a plain archive. */
	private static final int MAX_ENTRIES = 10_000;

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] GIF = { 'G', 'I', 'F', '8' };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private TypeDetection() {
	}

	/**
	 * The type of the file whose first bytes are {@code header} (fewer than
	 * {@link #HEADER_LENGTH} if the file is shorter) and whose whole content is in
	 * {@code file}; empty when the type is not recognised.
	 */
	static Optional<DocumentType> detect(byte[] header, int headerLength, Path file) {
		if (startsWith(header, headerLength, PDF)) {
			return Optional.of(DocumentType.PDF);
		}
		if (startsWith(header, headerLength, JPEG)) {
			return Optional.of(DocumentType.JPEG);
		}
		if (startsWith(header, headerLength, PNG)) {
			return Optional.of(DocumentType.PNG);
		}
		if (startsWith(header, headerLength, GIF)) {
			return Optional.of(DocumentType.GIF);
		}
		if (startsWith(header, headerLength, OLE2)) {
			return Optional.of(DocumentType.OFFICE_LEGACY);
		}
		if (startsWith(header, headerLength, ZIP)) {
			return Optional.of(zipKind(file));
		}
		return Optional.empty();
	}

	private static DocumentType zipKind(Path file) {
		boolean contentTypes = false;
		boolean word = false;
		boolean excel = false;
		boolean powerPoint = false;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			for (int i = 0; i < MAX_ENTRIES && entries.hasMoreElements(); i++) {
				String name = entries.nextElement().getName();
				contentTypes |= name.equals("[Content_Types].xml");
				word |= name.startsWith("word/");
				excel |= name.startsWith("xl/");
				powerPoint |= name.startsWith("ppt/");
			}
		}
		catch (IOException | RuntimeException ex) {
			// not a readable archive: a damaged ZIP is no Office document
			return DocumentType.ZIP;
		}
		if (!contentTypes) {
			return DocumentType.ZIP;
		}
		if (word) {
			return DocumentType.DOCX;
		}
		if (excel) {
			return DocumentType.XLSX;
		}
		return powerPoint ? DocumentType.PPTX : DocumentType.ZIP;
	}

	private static boolean startsWith(byte[] header, int headerLength, byte[] magic) {
		if (headerLength < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (header[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
