package vn.motcua.payment;

import java.util.List;
import java.util.Optional;

import vn.motcua.shared.VietnameseText;

/**
 * Grounds of exemption from a fee. A ground applies to a fee only when the schedule's
 * exemption text for that fee names it (matched without accents on the words the catalog
 * uses, e.g. "hộ nghèo"), so the officer cannot exempt what the law does not.
 */
public enum ExemptionGround {

	/** Người thuộc hộ nghèo. */
	POOR_HOUSEHOLD(List.of("ho ngheo")),
	/** Trẻ em (e.g. under 6). */
	CHILD(List.of("tre em", "tre duoi", "duoi 6 tuoi", "duoi 16 tuoi")),
	/** Người khuyết tật. */
	DISABILITY(List.of("khuyet tat")),
	/** Gia đình người có công với cách mạng. */
	REVOLUTION_CONTRIBUTOR(List.of("co cong"));

	private final List<String> words;

	ExemptionGround(List<String> words) {
		this.words = words;
	}

	/** Whether the schedule's exemption text of a fee names this ground. */
	public boolean listedIn(String exemptions) {
		String folded = VietnameseText.fold(exemptions);
		return this.words.stream().anyMatch(folded::contains);
	}

	public static Optional<ExemptionGround> of(String name) {
		for (ExemptionGround ground : values()) {
			if (ground.name().equalsIgnoreCase(name.strip())) {
				return Optional.of(ground);
			}
		}
		return Optional.empty();
	}

}
