package vn.motcua.document;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The legal set of forms in force on a date, which gives each form its number.
 * <ul>
 * <li>{@link #CIRCULAR_01_2018}: Circular 01/2018/TT-VPCP Art. 9, forms 01–06, for
 * dossiers received up to 30/06/2025 [FOUND in the legal codification].</li>
 * <li>{@link #CIRCULAR_03_2025}: Circular 03/2025/TT-VPCP Appendix I, forms 01–07, from
 * 01/07/2025, the effective date of Decree 118/2025/NĐ-CP which it guides. UNVERIFIED:
 * the numbering comes from a secondary source ([CORROB] in DOMAIN.md §2.1); the
 * circular's text and its appendix layouts were not seen. Check against the official
 * gazette before relying on it.</li>
 * </ul>
 */
public enum FormSet {

	CIRCULAR_01_2018("01/2018/TT-VPCP", numbers("01", "02", "03", "04", null, "05", "06"), true),

	CIRCULAR_03_2025("03/2025/TT-VPCP", numbers("01", "02", "03", "04", "05", "06", "07"), false);

	/** The first day of the 2025 set (Decree 118/2025/NĐ-CP in force). */
	public static final LocalDate SET_2025_FROM = LocalDate.of(2025, 7, 1);

	private final String circular;

	private final Map<FormKind, String> numbers;

	private final boolean verified;

	FormSet(String circular, Map<FormKind, String> numbers, boolean verified) {
		this.circular = circular;
		this.numbers = numbers;
		this.verified = verified;
	}

	/**
	 * The set for a dossier: decided by the date the dossier was received (or, for a form
	 * issued before receipt, the issue date).
	 */
	public static FormSet on(LocalDate basisDate) {
		return basisDate.isBefore(SET_2025_FROM) ? CIRCULAR_01_2018 : CIRCULAR_03_2025;
	}

	/** The circular's number, e.g. {@code 01/2018/TT-VPCP}. */
	public String circular() {
		return this.circular;
	}

	/** The form's number in this set ("01"), empty when the set has no such form. */
	public Optional<String> number(FormKind kind) {
		return Optional.ofNullable(this.numbers.get(kind));
	}

	/** Whether the numbering was read in the legal text itself. */
	public boolean verified() {
		return this.verified;
	}

	private static Map<FormKind, String> numbers(String... inOrder) {
		Map<FormKind, String> numbers = new EnumMap<>(FormKind.class);
		FormKind[] kinds = FormKind.values();
		for (int i = 0; i < kinds.length; i++) {
			if (inOrder[i] != null) {
				numbers.put(kinds[i], inOrder[i]);
			}
		}
		return numbers;
	}

}
