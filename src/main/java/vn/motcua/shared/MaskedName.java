package vn.motcua.shared;

import org.jspecify.annotations.Nullable;

/**
 * A person's name as shown where others may see it (public tracking, lists at the
 * counter): the given name (last word) stays, the other words keep their first letter:
 * "Nguyễn Văn An" → "N*** V*** An"; a one-word name keeps its first letter only.
 */
public final class MaskedName {

	private MaskedName() {
	}

	public static String of(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		String[] words = name.strip().split("\\s+");
		StringBuilder masked = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			if (i > 0) {
				masked.append(' ');
			}
			if (i == words.length - 1 && words.length > 1) {
				masked.append(words[i]);
			}
			else {
				masked.appendCodePoint(words[i].codePointAt(0)).append("***");
			}
		}
		return masked.toString();
	}

}
