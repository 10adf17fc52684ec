package vn.motcua.satisfaction.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Stratified sampling: proportional allocation, reproducibility, equal chances. */
class SurveySamplingTests {

	static List<SurveySampling.Unit> frame(Map<String, Integer> sizes) {
		List<SurveySampling.Unit> units = new ArrayList<>();
		sizes.forEach((stratum, size) -> {
			for (int i = 0; i < size; i++) {
				units.add(new SurveySampling.Unit(stratum + "-" + String.format("%04d", i), stratum));
			}
		});
		return units;
	}

	@Test
	void theSampleIsAllocatedInProportionToTheStrata() {
		Map<String, Integer> sizes = new LinkedHashMap<>(Map.of("a", 500, "b", 300, "c", 200));
		SurveySampling.Sample sample = SurveySampling.draw(frame(sizes), 100, 42);
		assertThat(sample.allocation()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 50, "b", 30, "c", 20));
		assertThat(sample.units()).hasSize(100);
		assertThat(sample.units().stream().filter((u) -> u.stratum().equals("b"))).hasSize(30);
	}

	@Test
	void largestRemaindersAndAtLeastOnePerStratum() {
		// 10 of 7/7/6: 3.5/3.5/3.0 → 3/3/3 and the extra one to the first of the tied
		// remainders
		assertThat(SurveySampling.allocate(Map.of("a", 7, "b", 7, "c", 6), 10))
			.containsExactlyInAnyOrderEntriesOf(Map.of("a", 4, "b", 3, "c", 3));
		// tiny strata get one each, taken from the largest
		assertThat(SurveySampling.allocate(Map.of("a", 1000, "b", 1, "c", 1), 10))
			.containsExactlyInAnyOrderEntriesOf(Map.of("a", 8, "b", 1, "c", 1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SurveySampling.allocate(Map.of("a", 5, "b", 5, "c", 5), 2));
	}

	@Test
	void theSameSeedGivesTheSameSampleAndAnotherSeedAnother() {
		List<SurveySampling.Unit> frame = frame(Map.of("a", 120, "b", 80));
		List<SurveySampling.Unit> first = SurveySampling.draw(frame, 20, 2025).units();
		List<SurveySampling.Unit> reordered = new ArrayList<>(frame);
		java.util.Collections.reverse(reordered);
		assertThat(SurveySampling.draw(reordered, 20, 2025).units()).containsExactlyElementsOf(first);
		assertThat(SurveySampling.draw(frame, 20, 2026).units()).isNotEqualTo(first);
	}

	@Test
	void overManyDrawsEveryUnitOfAStratumHasTheSameChance() {
		List<SurveySampling.Unit> frame = frame(Map.of("a", 10, "b", 40));
		int draws = 4000;
		Map<String, Integer> hits = new HashMap<>();
		for (int seed = 0; seed < draws; seed++) {
			SurveySampling.Sample sample = SurveySampling.draw(frame, 10, seed);
			// stratum shares are exact in every draw: 2 of a, 8 of b
			assertThat(sample.allocation()).containsEntry("a", 2).containsEntry("b", 8);
			sample.units().forEach((unit) -> hits.merge(unit.code(), 1, Integer::sum));
		}
		for (SurveySampling.Unit unit : frame) {
			double share = hits.getOrDefault(unit.code(), 0) / (double) draws;
			// inclusion probability 2/10 = 8/40 = .2; 4000 draws: sd ≈ .0063, tolerance 5
			// sd
			assertThat(share).as(unit.code()).isCloseTo(0.2, within(0.032));
		}
	}

}
