package vn.motcua.payment.internal;

/**
 * An amount of đồng in Vietnamese words, as receipts write it ("Hai mươi nghìn đồng"):
 * groups of three digits with nghìn / triệu / tỷ, "linh" for a lone unit after hundreds,
 * "mốt", "tư", "lăm" after tens.
 */
final class AmountInWords {

	private static final String[] DIGITS = { "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín" };

	private static final String[] GROUPS = { "", " nghìn", " triệu", " tỷ" };

	private AmountInWords() {
	}

	static String vietnamese(long amount) {
		if (amount < 0) {
			throw new IllegalArgumentException("negative amount");
		}
		if (amount == 0) {
			return "Không đồng";
		}
		StringBuilder words = new StringBuilder();
		long billions = amount / 1_000_000_000L;
		long rest = amount % 1_000_000_000L;
		if (billions > 0) {
			words
				.append(billions >= 1000 ? vietnamese(billions).replace(" đồng", "").toLowerCase(java.util.Locale.ROOT)
						: group((int) billions, true))
				.append(" tỷ");
		}
		int[] groups = { (int) (rest / 1_000_000), (int) (rest / 1000 % 1000), (int) (rest % 1000) };
		for (int i = 0; i < 3; i++) {
			if (groups[i] == 0) {
				continue;
			}
			if (!words.isEmpty()) {
				words.append(' ');
			}
			words.append(group(groups[i], words.isEmpty())).append(GROUPS[2 - i]);
		}
		String text = words.toString().strip().replaceAll("\\s+", " ");
		return Character.toUpperCase(text.charAt(0)) + text.substring(1) + " đồng";
	}

	/** Three digits; {@code leading} drops the "không trăm" of a first group. */
	private static String group(int n, boolean leading) {
		int hundreds = n / 100;
		int tens = n / 10 % 10;
		int units = n % 10;
		StringBuilder out = new StringBuilder();
		if (hundreds > 0 || !leading) {
			out.append(DIGITS[hundreds]).append(" trăm");
		}
		if (tens == 0) {
			if (units > 0) {
				if (!out.isEmpty()) {
					out.append(" linh");
				}
				out.append(' ').append(DIGITS[units]);
			}
		}
		else {
			out.append(' ').append((tens == 1) ? "mười" : DIGITS[tens] + " mươi");
			if (units == 1) {
				out.append((tens == 1) ? " một" : " mốt");
			}
			else if (units == 4 && tens > 1) {
				out.append(" tư");
			}
			else if (units == 5) {
				out.append(" lăm");
			}
			else if (units > 0) {
				out.append(' ').append(DIGITS[units]);
			}
		}
		return out.toString().strip();
	}

}
