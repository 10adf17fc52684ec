package vn.motcua.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 12-digit personal identification number (số định danh cá nhân, printed on the CCCD
 * / căn cước card). Positions 1–3: province where the birth was registered (the pre-2025
 * list, kept for life); 4: century and gender (even male, odd female; 0/1 for the 1900s,
 * 2/3 for the 2000s, 4/5 for the 2100s …); 5–6: last two digits of the year of birth;
 * 7–12: a random sequence. There is no check digit.
 *
 * @param value the twelve digits
 */
public record PersonalIdNumber(String value) {

	/** Not twelve digits. */
	public static final String FORMAT = "personal-id.format";

	/** The first three digits are not a province code. */
	public static final String PROVINCE = "personal-id.province";

	/** The century digit and the year give a year of birth in the future. */
	public static final String BIRTH_YEAR = "personal-id.birth-year";

	private static final Map<String, String> PROVINCES = loadProvinces();

	public PersonalIdNumber {
		if (!value.matches("\\d{12}") || !PROVINCES.containsKey(value.substring(0, 3))) {
			throw new IllegalArgumentException("Not a personal identification number");
		}
	}

	/**
	 * What is wrong with the given input, if anything, as an error code ({@link #FORMAT},
	 * {@link #PROVINCE}, {@link #BIRTH_YEAR}). Spaces are ignored.
	 * @param raw what the person typed
	 * @param currentYear this year, for the birth year check
	 */
	public static Optional<String> problemWith(String raw, int currentYear) {
		String digits = digitsOf(raw);
		if (!digits.matches("\\d{12}")) {
			return Optional.of(FORMAT);
		}
		if (!PROVINCES.containsKey(digits.substring(0, 3))) {
			return Optional.of(PROVINCE);
		}
		if (birthYearOf(digits) > currentYear) {
			return Optional.of(BIRTH_YEAR);
		}
		return Optional.empty();
	}

	/**
	 * The number for the given input, which must have no problem (see
	 * {@link #problemWith}).
	 */
	public static PersonalIdNumber of(String raw, int currentYear) {
		problemWith(raw, currentYear).ifPresent((code) -> {
			throw new IllegalArgumentException(code);
		});
		return new PersonalIdNumber(digitsOf(raw));
	}

	/** The input without spaces: people type the number in groups. */
	public static String digitsOf(String raw) {
		return raw.replaceAll("\\s+", "");
	}

	/** Whether the code is one of the province codes in use, e.g. {@code 022}. */
	public static boolean isProvinceCode(String code) {
		return PROVINCES.containsKey(code);
	}

	/** The three-digit code of the province where the birth was registered. */
	public String provinceCode() {
		return this.value.substring(0, 3);
	}

	/** The province's name (pre-2025 list). */
	public String provinceName() {
		return PROVINCES.get(provinceCode());
	}

	public Gender gender() {
		return (this.value.charAt(3) - '0') % 2 == 0 ? Gender.MALE : Gender.FEMALE;
	}

	public int birthYear() {
		return birthYearOf(this.value);
	}

	/** Whether the number was issued to someone born in that year with that gender. */
	public boolean agreesWith(int birthYear, Gender gender) {
		return birthYear() == birthYear && gender() == gender;
	}

	/** Only the last four digits, for pages and lists. */
	public String masked() {
		return "********" + this.value.substring(8);
	}

	@Override
	public String toString() {
		return masked();
	}

	private static int birthYearOf(String digits) {
		int centuryDigit = digits.charAt(3) - '0';
		int century = 1900 + (centuryDigit / 2) * 100;
		return century + Integer.parseInt(digits.substring(4, 6));
	}

	private static Map<String, String> loadProvinces() {
		Map<String, String> provinces = new LinkedHashMap<>();
		try (InputStream in = PersonalIdNumber.class.getResourceAsStream("/identity/personal-id-provinces.csv")) {
			if (in == null) {
				throw new IllegalStateException("identity/personal-id-provinces.csv is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
					continue;
				}
				int comma = line.indexOf(',');
				provinces.put(line.substring(0, comma).strip(), line.substring(comma + 1).strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(provinces);
	}

}
