package vn.motcua.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Vietnamese mobile number in its national form {@code 0xxxxxxxxx}: ten digits starting
 * with 03, 05, 07, 08 or 09 (the prefixes since the 2018 renumbering). Input may use the
 * {@code +84} or {@code 84} country prefix and spaces, dots or dashes between groups.
 *
 * @param value the ten digits, starting with 0
 */
public record PhoneNumber(String value) {

	/** Not a Vietnamese mobile number. */
	public static final String INVALID = "phone.invalid";

	private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");

	public PhoneNumber {
		if (!MOBILE.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a mobile number in national form");
		}
	}

	/** The number in national form, or empty if the input is not a mobile number. */
	public static Optional<PhoneNumber> parse(String raw) {
		String compact = raw.strip().replaceAll("[\\s.\\-()]", "");
		if (compact.startsWith("+84")) {
			compact = "0" + compact.substring(3);
		}
		else if (compact.startsWith("84") && compact.length() == 11) {
			compact = "0" + compact.substring(2);
		}
		return MOBILE.matcher(compact).matches() ? Optional.of(new PhoneNumber(compact)) : Optional.empty();
	}

	/** Whether the input looks like an attempt at a phone number rather than a name. */
	public static boolean looksLikePhone(String raw) {
		return raw.strip().matches("\\+?[\\d\\s.\\-()]{6,}");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
