package vn.motcua.feedback.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import vn.motcua.document.DocumentPolicy;
import vn.motcua.document.Documents;
import vn.motcua.document.StoredDocument;
import vn.motcua.feedback.internal.FeedbackItem;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.shared.DomainException;

/**
 * What the feedback pages and APIs share: messages in the visitor's language, the
 * signed-in staff member, the attachments (type checked by content through the document
 * module, removed again when the submission is refused).
 */
@Component
class FeedbackWeb {

	/** What senders may attach: PDF, JPEG, PNG, DOCX up to 10 MB each. */
	static final DocumentPolicy POLICY = DocumentPolicy.DEFAULT;

	static final int MAX_FILES = 5;

	private final MessageSource messages;

	private final Documents documents;

	FeedbackWeb(MessageSource messages, Documents documents) {
		this.messages = messages;
		this.documents = documents;
	}

	String message(DomainException ex) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.code(), LocaleContextHolder.getLocale());
	}

	String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	static StaffPrincipal staff(@Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
			return staff;
		}
		throw DomainException.forbidden("feedback.staff-only");
	}

	static int status(DomainException ex) {
		return switch (ex.kind()) {
			case INVALID -> 400;
			case NOT_FOUND -> 404;
			case CONFLICT -> 409;
			case FORBIDDEN -> 403;
			case UNPROCESSABLE -> 422;
		};
	}

	/** The files of a multipart request under the given name, if any. */
	static List<MultipartFile> files(HttpServletRequest request, String name) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart == null) {
			return List.of();
		}
		List<MultipartFile> files = multipart.getMultiFileMap().get(name);
		return (files != null) ? files : List.of();
	}

	/** Stores the non-empty files; the caller discards them if the submission fails. */
	List<FeedbackItem.Attachment> store(List<MultipartFile> files) {
		List<FeedbackItem.Attachment> stored = new ArrayList<>();
		try {
			for (MultipartFile file : files) {
				if (file == null || file.isEmpty()) {
					continue;
				}
				if (stored.size() >= MAX_FILES) {
					throw DomainException.invalid("feedback.files.too-many", "files", MAX_FILES);
				}
				String name = (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
						? file.getOriginalFilename() : "tep";
				try (InputStream in = file.getInputStream()) {
					StoredDocument document = this.documents.store(name, in, POLICY);
					stored.add(new FeedbackItem.Attachment(document.id(), document.fileName()));
				}
			}
		}
		catch (IOException ex) {
			discard(stored);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			discard(stored);
			throw ex;
		}
		return stored;
	}

	void discard(List<FeedbackItem.Attachment> stored) {
		stored.forEach((attachment) -> this.documents.delete(attachment.documentId()));
	}

	Documents documents() {
		return this.documents;
	}

}
