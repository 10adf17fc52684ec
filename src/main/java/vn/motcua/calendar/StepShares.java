package vn.motcua.calendar;

import java.util.Arrays;

/**
 * Splits a legal processing time among the steps of an internal process in proportion to
 * their weights, so that the shares are whole units and add up exactly to the total
 * (largest-remainder method; ties go to the earlier step).
 */
public final class StepShares {

	private StepShares() {
	}

	/**
	 * @param total the time to split, 0 or more
	 * @param weights one positive weight per step
	 * @return one share per step, summing to {@code total}
	 */
	public static long[] split(long total, int... weights) {
		if (total < 0) {
			throw new IllegalArgumentException("negative total: " + total);
		}
		if (weights.length == 0) {
			throw new IllegalArgumentException("no steps");
		}
		long sum = 0;
		for (int weight : weights) {
			if (weight <= 0) {
				throw new IllegalArgumentException("weights must be positive: " + Arrays.toString(weights));
			}
			sum += weight;
		}
		long[] shares = new long[weights.length];
		long[] remainders = new long[weights.length];
		long given = 0;
		for (int i = 0; i < weights.length; i++) {
			long product = total * weights[i];
			shares[i] = product / sum;
			remainders[i] = product % sum;
			given += shares[i];
		}
		for (long left = total - given; left > 0; left--) {
			int best = 0;
			for (int i = 1; i < weights.length; i++) {
				if (remainders[i] > remainders[best]) {
					best = i;
				}
			}
			shares[best]++;
			remainders[best] = -1;
		}
		return shares;
	}

	/** The shares of a time limit, in its own unit. */
	public static TimeLimit[] split(TimeLimit total, int... weights) {
		long[] shares = split(total.amount(), weights);
		TimeLimit[] limits = new TimeLimit[shares.length];
		for (int i = 0; i < shares.length; i++) {
			limits[i] = new TimeLimit((int) shares[i], total.unit());
		}
		return limits;
	}

}
