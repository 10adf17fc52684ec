package vn.motcua.catalog.internal;

import java.time.Instant;

/**
 * A form template without its content: what the pages list.
 *
 * @param fileName the name procedures' papers refer to, e.g.
 * {@code to-khai-dang-ky-khai-sinh.pdf}
 * @param title the form's title as shown to citizens
 * @param contentType the media type, decided by the file's extension
 * @param sizeBytes the size of the content
 * @param sha256 the SHA-256 of the content, lower-case hex
 * @param uploadedBy who uploaded it ({@code system} for the demo forms)
 * @param uploadedAt when
 */
public record FormTemplate(String fileName, String title, String contentType, int sizeBytes, String sha256,
		String uploadedBy, Instant uploadedAt) {
}
