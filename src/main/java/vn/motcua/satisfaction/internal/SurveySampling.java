package vn.motcua.satisfaction.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Stratified random sampling of a frame, reproducible from a seed: the sample size is
 * allocated to strata in proportion to their size (largest remainders, at least one per
 * stratum), then each stratum's units, in code order, are shuffled with a generator
 * seeded from the campaign's seed and the stratum's name, and the first ones taken. The
 * same frame and seed always give the same sample.
 */
public final class SurveySampling {

	private SurveySampling() {
	}

	/** A unit of the frame: a returned dossier and its stratum. */
	public record Unit(String code, String stratum) {

	}

	/** The sample: how many per stratum and the units drawn. */
	public record Sample(Map<String, Integer> frameSizes, Map<String, Integer> allocation, List<Unit> units) {

	}

	/**
	 * Allocates {@code size} to strata of the given sizes (keys sorted), proportionally,
	 * at least one per non-empty stratum, never more than a stratum holds.
	 */
	public static Map<String, Integer> allocate(Map<String, Integer> frameSizes, int size) {
		TreeMap<String, Integer> sizes = new TreeMap<>(frameSizes);
		sizes.values().removeIf((n) -> n <= 0);
		long total = sizes.values().stream().mapToLong(Integer::longValue).sum();
		if (size < sizes.size()) {
			throw new IllegalArgumentException("sample smaller than the number of strata");
		}
		int target = (int) Math.min(size, total);
		Map<String, Integer> allocation = new LinkedHashMap<>();
		Map<String, Double> remainders = new LinkedHashMap<>();
		int given = 0;
		for (Map.Entry<String, Integer> entry : sizes.entrySet()) {
			double exact = (double) target * entry.getValue() / total;
			int base = Math.max(1, Math.min(entry.getValue(), (int) Math.floor(exact)));
			allocation.put(entry.getKey(), base);
			remainders.put(entry.getKey(), exact - base);
			given += base;
		}
		List<String> order = new ArrayList<>(sizes.keySet());
		order.sort(Comparator.comparing((String key) -> -remainders.get(key)).thenComparing(Comparator.naturalOrder()));
		while (given < target) {
			boolean moved = false;
			for (String key : order) {
				if (given >= target) {
					break;
				}
				if (allocation.get(key) < sizes.get(key)) {
					allocation.merge(key, 1, Integer::sum);
					given++;
					moved = true;
				}
			}
			if (!moved) {
				break;
			}
		}
		while (given > target) {
			// the minimum of one per stratum overshot: take back from the largest
			String largest = allocation.entrySet()
				.stream()
				.filter((e) -> e.getValue() > 1)
				.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
				.orElseThrow()
				.getKey();
			allocation.merge(largest, -1, Integer::sum);
			given--;
		}
		return allocation;
	}

	/** Draws a sample of {@code size} units from the frame with the seed. */
	public static Sample draw(List<Unit> frame, int size, long seed) {
		Map<String, List<Unit>> strata = new TreeMap<>();
		for (Unit unit : frame) {
			strata.computeIfAbsent(unit.stratum(), (key) -> new ArrayList<>()).add(unit);
		}
		Map<String, Integer> sizes = new LinkedHashMap<>();
		strata.forEach((key, units) -> sizes.put(key, units.size()));
		Map<String, Integer> allocation = allocate(sizes, size);
		List<Unit> drawn = new ArrayList<>();
		for (Map.Entry<String, List<Unit>> entry : strata.entrySet()) {
			List<Unit> units = new ArrayList<>(entry.getValue());
			units.sort(Comparator.comparing(Unit::code));
			shuffle(units, new Random(seed * 31 + entry.getKey().hashCode()));
			drawn.addAll(units.subList(0, allocation.getOrDefault(entry.getKey(), 0)));
		}
		return new Sample(sizes, allocation, drawn);
	}

	/** Fisher–Yates with the given generator (independent of the JDK's shuffle). */
	private static void shuffle(List<Unit> units, Random random) {
		for (int i = units.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			Unit swap = units.get(i);
			units.set(i, units.get(j));
			units.set(j, swap);
		}
	}

}
