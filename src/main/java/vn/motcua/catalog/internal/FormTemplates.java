package vn.motcua.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.VietnameseText;

/**
 * The form templates citizens download from a procedure's page. An upload is checked
 * before it is stored: a file name without path or control characters and with a known
 * extension, a title, content that is not empty, not over {@link #MAX_BYTES} and really
 * of the type its extension says (a "PDF" must start like a PDF). The content type is
 * decided here from the extension, never taken from the browser.
 */
@Service
public class FormTemplates {

	/** The largest form accepted: 5 MB. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_NAME = 150;

	static final int MAX_TITLE = 300;

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	/** Accepted extensions: media type and the bytes the content must start with. */
	private static final Map<String, Kind> KINDS = Map.of("pdf", new Kind("application/pdf", PDF), "docx",
			new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP), "xlsx",
			new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP), "odt",
			new Kind("application/vnd.oasis.opendocument.text", ZIP), "ods",
			new Kind("application/vnd.oasis.opendocument.spreadsheet", ZIP), "doc",
			new Kind("application/msword", OLE2), "xls", new Kind("application/vnd.ms-excel", OLE2));

	private final FormTemplateStore store;

	private final Clock clock;

	FormTemplates(FormTemplateStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	record Kind(String contentType, byte[] magic) {
	}

	/** The accepted extensions, for the upload page. */
	public static List<String> extensions() {
		return KINDS.keySet().stream().sorted().toList();
	}

	/**
	 * Stores the form under the file name (replacing one of the same name).
	 * @param fileName the name papers refer to; NFC-normalised
	 * @param title the title shown to citizens
	 * @param content the file
	 * @param actor who uploads
	 * @return what was stored
	 */
	@Transactional
	public FormTemplate upload(@Nullable String fileName, @Nullable String title, byte @Nullable [] content,
			String actor) {
		String name = checkedName(fileName);
		Kind kind = KINDS.get(extension(name));
		String cleanTitle = (title == null) ? "" : VietnameseText.normalize(title);
		if (cleanTitle.isEmpty()) {
			throw DomainException.invalid("form.title.required", "title");
		}
		if (cleanTitle.length() > MAX_TITLE) {
			throw DomainException.invalid("form.title.too-long", "title", MAX_TITLE);
		}
		if (content == null || content.length == 0) {
			throw DomainException.invalid("form.content.empty", "file");
		}
		if (content.length > MAX_BYTES) {
			throw DomainException.invalid("form.content.too-large", "file", MAX_BYTES / (1024 * 1024));
		}
		if (content.length < kind.magic().length
				|| !Arrays.equals(content, 0, kind.magic().length, kind.magic(), 0, kind.magic().length)) {
			throw DomainException.invalid("form.content.mismatch", "file", extension(name));
		}
		FormTemplate template = new FormTemplate(name, cleanTitle, kind.contentType(), content.length, sha256(content),
				actor, this.clock.instant());
		this.store.save(template, content);
		return template;
	}

	/** The form with its content, if one is stored under that name. */
	@Transactional(readOnly = true)
	public Optional<FormFile> load(String fileName) {
		return this.store.load(fileName);
	}

	@Transactional(readOnly = true)
	public List<FormTemplate> all() {
		return this.store.findAll();
	}

	/** The stored forms among these names (unknown names are left out). */
	@Transactional(readOnly = true)
	public List<FormTemplate> findAll(List<String> fileNames) {
		return this.store.findAll(fileNames);
	}

	@Transactional(readOnly = true)
	public boolean exists(String fileName) {
		return this.store.exists(fileName);
	}

	/** The form file names published procedures refer to that have no stored file. */
	@Transactional(readOnly = true)
	public List<String> missing() {
		return this.store.referencedByPublished().stream().filter((name) -> !this.store.exists(name)).toList();
	}

	@Transactional
	public void delete(String fileName) {
		if (!this.store.delete(fileName)) {
			throw DomainException.notFound("form.unknown", fileName);
		}
	}

	/**
	 * The file name as stored: NFC, trimmed; refused with a path, control characters, a
	 * leading dot, more than {@link #MAX_NAME} characters or an unknown extension.
	 */
	static String checkedName(@Nullable String fileName) {
		String name = (fileName == null) ? "" : VietnameseText.normalize(fileName);
		if (name.isEmpty() || name.length() > MAX_NAME || name.startsWith(".") || name.contains("..")
				|| name.chars().anyMatch((c) -> c == '/' || c == '\\' || c == '"' || Character.isISOControl(c))) {
			throw DomainException.invalid("form.file-name.invalid", "fileName", MAX_NAME);
		}
		if (!KINDS.containsKey(extension(name))) {
			throw DomainException.invalid("form.file-name.extension", "fileName", String.join(", ", extensions()));
		}
		return name;
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
