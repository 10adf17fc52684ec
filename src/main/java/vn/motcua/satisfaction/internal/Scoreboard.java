package vn.motcua.satisfaction.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of an officer or a unit over a period (Circular 01/2018 Art. 14–15): each index
 * is the sum of the dossiers' points divided by the number of dossiers with a score for
 * it, rounded to one decimal; the total is the sum of the indices that have data; an
 * index without data is left out.
 */
public final class Scoreboard {

	/** The indices scored per dossier that count for an officer (maximum 10). */
	public static final List<Integer> OFFICER_INDICES = List.of(1, 2, 3, 4, 7);

	private Scoreboard() {
	}

	/** Points of one index: their sum and how many dossiers had a score. */
	public record Tally(long points, long dossiers) {

		public Tally {
			if (points < 0 || dossiers < 0 || points > 2 * dossiers) {
				throw new IllegalArgumentException("points " + points + " of " + dossiers + " dossiers");
			}
		}

		/** The index score, rounded half up to one decimal. */
		public BigDecimal score() {
			return BigDecimal.valueOf(this.points).divide(BigDecimal.valueOf(this.dossiers), 1, RoundingMode.HALF_UP);
		}

	}

	/** The indices with data and their total. */
	public record Scores(Map<Integer, BigDecimal> indices, BigDecimal total) {

	}

	/** Officer classes (indices 1, 2, 3, 4, 7; maximum 10). */
	public enum OfficerClass {

		/** ≥ 5: hoàn thành 100 % nhiệm vụ. */
		FULL,
		/** 3.5 to < 5: from 70 % to below 100 %. */
		PARTIAL,
		/** < 3.5: below 70 %. */
		BELOW

	}

	/** Unit classes. */
	public enum UnitClass {

		/** ≥ 15: xuất sắc. */
		EXCELLENT,
		/** 12 to < 15: tốt. */
		GOOD,
		/** 9 to < 12: khá. */
		FAIR,
		/** 6 to < 9: trung bình. */
		AVERAGE,
		/** < 6: yếu. */
		WEAK

	}

	/**
	 * The scores of the given tallies, by index number; tallies without dossiers left
	 * out.
	 */
	public static Scores score(Map<Integer, Tally> tallies) {
		Map<Integer, BigDecimal> indices = new LinkedHashMap<>();
		BigDecimal total = BigDecimal.ZERO.setScale(1);
		for (int index = 1; index <= 9; index++) {
			Tally tally = tallies.get(index);
			if (tally == null || tally.dossiers() == 0) {
				continue;
			}
			BigDecimal score = tally.score();
			indices.put(index, score);
			total = total.add(score);
		}
		return new Scores(indices, total);
	}

	public static OfficerClass officerClass(BigDecimal total) {
		if (total.compareTo(BigDecimal.valueOf(5)) >= 0) {
			return OfficerClass.FULL;
		}
		return (total.compareTo(new BigDecimal("3.5")) >= 0) ? OfficerClass.PARTIAL : OfficerClass.BELOW;
	}

	public static UnitClass unitClass(BigDecimal total) {
		if (total.compareTo(BigDecimal.valueOf(15)) >= 0) {
			return UnitClass.EXCELLENT;
		}
		if (total.compareTo(BigDecimal.valueOf(12)) >= 0) {
			return UnitClass.GOOD;
		}
		if (total.compareTo(BigDecimal.valueOf(9)) >= 0) {
			return UnitClass.FAIR;
		}
		return (total.compareTo(BigDecimal.valueOf(6)) >= 0) ? UnitClass.AVERAGE : UnitClass.WEAK;
	}

}
