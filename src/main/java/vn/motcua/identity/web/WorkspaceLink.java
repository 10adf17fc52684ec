package vn.motcua.identity.web;

/**
 * A link on the staff workspace: where it goes, and the message keys of its label and
 * hint.
 *
 * @param href the path
 * @param labelKey the label's message key
 * @param hintKey the hint's message key
 */
public record WorkspaceLink(String href, String labelKey, String hintKey) {
}
