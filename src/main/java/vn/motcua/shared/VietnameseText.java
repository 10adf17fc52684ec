package vn.motcua.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text helpers: NFC normalisation (so that "Hòa" and "Hoà" typed either way
 * compare equal after folding) and accent folding for accent-insensitive search.
 */
public final class VietnameseText {

	private VietnameseText() {
	}

	/** Unicode NFC, trimmed, inner whitespace collapsed. */
	public static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
	}

	/**
	 * Lower case without diacritics: "Đăng ký Khai sinh" becomes "dang ky khai sinh". The
	 * letter đ is not a combining mark, so it is mapped by hand.
	 */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			if (c == 'đ' || c == 'Đ') {
				out.append('d');
			}
			else {
				out.append(c);
			}
		}
		return out.toString().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
	}

}
