package vn.motcua.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address in lower case. The check is deliberately practical: a local part of
 * common characters (no leading, trailing or doubled dots, at most 64 characters), an
 * {@code @}, and a domain of at least two labels whose last one is alphabetic; at most
 * 254 characters in all.
 *
 * @param value the address, lower case
 */
public record EmailAddress(String value) {

	/** Not an e-mail address. */
	public static final String INVALID = "email.invalid";

	private static final Pattern LOCAL = Pattern
		.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

	private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

	public EmailAddress {
		if (!valid(value)) {
			throw new IllegalArgumentException("Not an e-mail address");
		}
	}

	/** The address in lower case, or empty if the input is not an e-mail address. */
	public static Optional<EmailAddress> parse(String raw) {
		String candidate = raw.strip().toLowerCase(Locale.ROOT);
		return valid(candidate) ? Optional.of(new EmailAddress(candidate)) : Optional.empty();
	}

	private static boolean valid(String candidate) {
		if (candidate.length() > 254) {
			return false;
		}
		int at = candidate.lastIndexOf('@');
		if (at <= 0 || at > 64) {
			return false;
		}
		return LOCAL.matcher(candidate.substring(0, at)).matches()
				&& DOMAIN.matcher(candidate.substring(at + 1)).matches();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
