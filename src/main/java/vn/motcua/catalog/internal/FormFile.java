package vn.motcua.catalog.internal;

/** A form template with its content, to download. */
public record FormFile(FormTemplate template, byte[] content) {
}
