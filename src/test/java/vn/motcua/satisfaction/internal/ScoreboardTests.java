package vn.motcua.satisfaction.internal;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Circular 01/2018 Art. 14–15: index scores, totals and classes by hand. */
class ScoreboardTests {

	@Test
	void eachIndexIsPointsOverDossiersToOneDecimalAndIndicesWithoutDataAreLeftOut() {
		Scoreboard.Scores scores = Scoreboard.score(Map.of(1, new Scoreboard.Tally(7, 4), // 1.75
																							// →
																							// 1.8
				3, new Scoreboard.Tally(5, 3), // 1.666… → 1.7
				4, new Scoreboard.Tally(2, 4), // 0.5
				7, new Scoreboard.Tally(0, 0))); // no data
		assertThat(scores.indices()).containsOnlyKeys(1, 3, 4);
		assertThat(scores.indices().get(1)).isEqualByComparingTo("1.8");
		assertThat(scores.indices().get(3)).isEqualByComparingTo("1.7");
		assertThat(scores.indices().get(4)).isEqualByComparingTo("0.5");
		assertThat(scores.total()).isEqualByComparingTo("4.0");
		assertThat(Scoreboard.officerClass(scores.total())).isEqualTo(Scoreboard.OfficerClass.PARTIAL);
		assertThat(Scoreboard.unitClass(scores.total())).isEqualTo(Scoreboard.UnitClass.WEAK);
	}

	@Test
	void officerClassesAt5And3Point5() {
		assertThat(Scoreboard.officerClass(new BigDecimal("5.0"))).isEqualTo(Scoreboard.OfficerClass.FULL);
		assertThat(Scoreboard.officerClass(new BigDecimal("4.9"))).isEqualTo(Scoreboard.OfficerClass.PARTIAL);
		assertThat(Scoreboard.officerClass(new BigDecimal("3.5"))).isEqualTo(Scoreboard.OfficerClass.PARTIAL);
		assertThat(Scoreboard.officerClass(new BigDecimal("3.4"))).isEqualTo(Scoreboard.OfficerClass.BELOW);
	}

	@Test
	void unitClassesAt15And12And9And6() {
		assertThat(Scoreboard.unitClass(new BigDecimal("15.0"))).isEqualTo(Scoreboard.UnitClass.EXCELLENT);
		assertThat(Scoreboard.unitClass(new BigDecimal("14.9"))).isEqualTo(Scoreboard.UnitClass.GOOD);
		assertThat(Scoreboard.unitClass(new BigDecimal("12.0"))).isEqualTo(Scoreboard.UnitClass.GOOD);
		assertThat(Scoreboard.unitClass(new BigDecimal("11.9"))).isEqualTo(Scoreboard.UnitClass.FAIR);
		assertThat(Scoreboard.unitClass(new BigDecimal("9.0"))).isEqualTo(Scoreboard.UnitClass.FAIR);
		assertThat(Scoreboard.unitClass(new BigDecimal("6.0"))).isEqualTo(Scoreboard.UnitClass.AVERAGE);
		assertThat(Scoreboard.unitClass(new BigDecimal("5.9"))).isEqualTo(Scoreboard.UnitClass.WEAK);
	}

	@Test
	void moreThanTwoPointsPerDossierIsImpossible() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Scoreboard.Tally(5, 2));
	}

}
