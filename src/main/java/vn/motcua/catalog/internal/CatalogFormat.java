package vn.motcua.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The two file formats of the catalog, told apart by their content, never by the file
 * name: an Excel workbook is a ZIP package with a workbook part; a CSV file is UTF-8 text
 * (with or without a byte order mark) without control characters.
 */
public enum CatalogFormat {

	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),

	CSV("text/csv;charset=UTF-8", "csv");

	/** Largest file accepted. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/**
	 * Largest total size of the parts of a workbook once unpacked (against ZIP bombs).
	 */
	static final long MAX_UNPACKED_BYTES = 60L * 1024 * 1024;

	private static final byte[] ZIP = { 0x50, 0x4b, 0x03, 0x04 };

	private static final byte[] OLE2 = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0 };

	private final String contentType;

	private final String extension;

	CatalogFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

	/** The format named by a request parameter, e.g. {@code xlsx}. */
	public static Optional<CatalogFormat> named(String name) {
		for (CatalogFormat format : values()) {
			if (format.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	/**
	 * The format of the content, checked for size first.
	 * @throws CatalogFileException when it is empty, too big, or neither format
	 */
	static CatalogFormat detect(byte[] content) {
		if (content.length == 0) {
			throw CatalogFileException.of("catalog.import.empty");
		}
		if (content.length > MAX_BYTES) {
			throw CatalogFileException.of("catalog.import.too-large", MAX_BYTES / (1024 * 1024));
		}
		if (startsWith(content, ZIP)) {
			checkWorkbookPackage(content);
			return XLSX;
		}
		if (startsWith(content, OLE2)) {
			throw CatalogFileException.of("catalog.import.legacy-xls");
		}
		text(content);
		return CSV;
	}

	/** The content as text: strict UTF-8, BOM removed, no control characters. */
	static String text(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw CatalogFileException.of("catalog.import.not-a-catalog-file");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
				throw CatalogFileException.of("catalog.import.not-a-catalog-file");
			}
		}
		return text;
	}

	/**
	 * Unpacks every part once, counting the bytes really inflated rather than trusting
	 * the sizes the package declares, and requires a workbook part.
	 */
	private static void checkWorkbookPackage(byte[] content) {
		Set<String> names = new HashSet<>();
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		// the central directory, not the local headers: packages written in streaming
		// mode
		// leave the sizes of local headers empty
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				names.add(entry.getName());
				try (InputStream in = zip.getInputStream(entry)) {
					total += drain(in, buffer, MAX_UNPACKED_BYTES - total);
				}
				if (total > MAX_UNPACKED_BYTES) {
					throw CatalogFileException.of("catalog.import.unpacked-too-large",
							MAX_UNPACKED_BYTES / (1024 * 1024));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof CatalogFileException refused) {
				throw refused;
			}
			throw CatalogFileException.of("catalog.import.not-a-catalog-file");
		}
		if (!names.contains("[Content_Types].xml") || !names.contains("xl/workbook.xml")) {
			throw CatalogFileException.of("catalog.import.not-a-catalog-file");
		}
	}

	private static long drain(InputStream in, byte[] buffer, long allowance) throws IOException {
		long read = 0;
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			read += n;
			if (read > allowance) {
				return read;
			}
		}
		return read;
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
