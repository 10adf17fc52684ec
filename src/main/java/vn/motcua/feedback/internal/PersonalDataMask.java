package vn.motcua.feedback.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from a text before it is published: e-mail addresses, phone
 * numbers, identity numbers (CMND 9 digits, CCCD 12 digits), the sender's own name (with
 * or without diacritics, in any case) and names that look like people's names — a
 * capitalised word run after a form of address ("ông", "bà", "anh", "chị", "cán bộ", "tôi
 * là" …, with or without diacritics) or starting with a common Vietnamese family name.
 * Masking errs on the side of hiding too much: a street named after a person is masked
 * too. Pure and thread-safe.
 */
public final class PersonalDataMask {

	/** What replaces a masked run. */
	public static final String MASK = "***";

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)+");

	private static final Pattern PHONE = Pattern
		.compile("(?<![\\d])(?:\\+\\s?84|84|0)(?:[\\s.\\-]?\\d){8,10}(?![\\d])");

	private static final Pattern ID_NUMBER = Pattern
		.compile("(?<![\\d])(?:\\d{12}|\\d{9}|\\d{3}[\\s.]\\d{3}[\\s.]\\d{3}(?:[\\s.]\\d{3})?)(?![\\d])");

	private static final String NAME_WORD = "\\p{Lu}\\p{L}*";

	private static final Pattern AFTER_ADDRESS = Pattern.compile("(?<![\\p{L}])(?iu:ông|ong|bà|ba|anh|chị|chi|cô|co|chú"
			+ "|chu|bác|bac|em|cháu|chau|cán bộ|can bo|đồng chí|dong chi|tôi là|toi la|tên là|ten la|tên tôi là"
			+ "|ten toi la|họ tên|ho ten|họ và tên|ho va ten|mr\\.?|mrs\\.?|ms\\.?)[\\s:]+(" + NAME_WORD + "(?:[ \\t]+"
			+ NAME_WORD + "){0,3})");

	private static final Pattern CAPITALISED_RUN = Pattern
		.compile("(?<![\\p{L}])" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){1,3}(?![\\p{L}])");

	/**
	 * Common family names, folded (Nguyễn → nguyen); those that are also common words of
	 * place names (Hà, Hồ, Mai, Cao …) are left to the other rules.
	 */
	private static final Set<String> FAMILY_NAMES = Set.of("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan",
			"vu", "vo", "dang", "bui", "do", "ngo", "duong", "ly", "dao", "dinh", "doan", "trinh", "truong", "luong",
			"luu", "quach", "kieu", "khuc", "vuong", "tong");

	private PersonalDataMask() {
	}

	/**
	 * The text with personal data masked.
	 * @param names the sender's name(s) and other names known to be personal, masked
	 * wherever they occur whatever the diacritics
	 */
	public static String mask(String text, Collection<String> names) {
		String result = Normalizer.normalize(text, Normalizer.Form.NFC);
		result = EMAIL.matcher(result).replaceAll(MASK);
		result = PHONE.matcher(result).replaceAll(MASK);
		result = ID_NUMBER.matcher(result).replaceAll(MASK);
		for (String name : names) {
			result = maskName(result, name);
		}
		result = maskGroup(result, AFTER_ADDRESS);
		result = maskFamilyNameRuns(result);
		return result;
	}

	private static String maskName(String text, String name) {
		String folded = fold(Normalizer.normalize(name, Normalizer.Form.NFC)).strip();
		if (folded.length() < 2) {
			return text;
		}
		List<String> words = List.of(folded.split("\\s+"));
		String regex = "(?<![\\p{L}\\d])" + String.join("\\s+", words.stream().map(Pattern::quote).toList())
				+ "(?![\\p{L}\\d])";
		Matcher matcher = Pattern.compile(regex).matcher(fold(text));
		StringBuilder out = new StringBuilder();
		int last = 0;
		while (matcher.find()) {
			out.append(text, last, matcher.start()).append(MASK);
			last = matcher.end();
		}
		out.append(text, last, text.length());
		return out.toString();
	}

	private static String maskGroup(String text, Pattern pattern) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		int last = 0;
		while (matcher.find()) {
			out.append(text, last, matcher.start(1)).append(MASK);
			last = matcher.end(1);
		}
		out.append(text, last, text.length());
		return out.toString();
	}

	private static String maskFamilyNameRuns(String text) {
		Matcher matcher = CAPITALISED_RUN.matcher(text);
		StringBuilder out = new StringBuilder();
		int last = 0;
		List<int[]> runs = new ArrayList<>();
		while (matcher.find()) {
			String first = matcher.group().split("[ \\t]+")[0];
			if (FAMILY_NAMES.contains(fold(first))) {
				runs.add(new int[] { matcher.start(), matcher.end() });
			}
		}
		for (int[] run : runs) {
			out.append(text, last, run[0]).append(MASK);
			last = run[1];
		}
		out.append(text, last, text.length());
		return out.toString();
	}

	/**
	 * Lower case without diacritics, one character for one (NFC Vietnamese letters are
	 * single characters), so positions in the folded text are positions in the original.
	 */
	static String fold(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 'đ' || c == 'Đ') {
				out.append('d');
				continue;
			}
			if (c < 0x80 || Character.isSurrogate(c)) {
				out.append(Character.toLowerCase(c));
				continue;
			}
			String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			char base = decomposed.charAt(0);
			String lower = String.valueOf(base).toLowerCase(Locale.ROOT);
			out.append((lower.length() == 1) ? lower.charAt(0) : base);
		}
		return out.toString();
	}

}
