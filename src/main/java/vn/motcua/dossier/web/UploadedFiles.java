package vn.motcua.dossier.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.document.DocumentPolicy;
import vn.motcua.document.Documents;
import vn.motcua.document.StoredDocument;

/**
 * Stores the files of a page form through the document module (type checked by content,
 * size limited) and keeps track of them, so that a form refused afterwards leaves no
 * orphan file behind.
 */
@Component
class UploadedFiles {

	/** Files per paper. */
	static final int MAX_FILES = 10;

	private final Documents documents;

	UploadedFiles(Documents documents) {
		this.documents = documents;
	}

	/** A batch of files stored for one request. */
	final class Batch {

		private final List<UUID> stored = new ArrayList<>();

		/** Stores the non-empty files given; their ids. */
		List<UUID> store(@Nullable List<MultipartFile> files) {
			List<UUID> ids = new ArrayList<>();
			if (files == null) {
				return ids;
			}
			int count = 0;
			for (MultipartFile file : files) {
				if (file == null || (file.isEmpty() && isBlank(file.getOriginalFilename()))) {
					continue;
				}
				if (++count > MAX_FILES) {
					throw vn.motcua.shared.DomainException.invalid("dossier.files.too-many", "file", MAX_FILES);
				}
				String name = isBlank(file.getOriginalFilename()) ? "tep" : file.getOriginalFilename();
				try (InputStream in = file.getInputStream()) {
					StoredDocument document = UploadedFiles.this.documents.store(name, in, DocumentPolicy.DEFAULT);
					this.stored.add(document.id());
					ids.add(document.id());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return ids;
		}

		/** Removes what this batch stored (the form was refused). */
		void discard() {
			this.stored.forEach(UploadedFiles.this.documents::delete);
			this.stored.clear();
		}

	}

	Batch batch() {
		return new Batch();
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
