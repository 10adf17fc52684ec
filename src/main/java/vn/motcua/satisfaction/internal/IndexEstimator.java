package vn.motcua.satisfaction.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The share of respondents satisfied (answers 4 "hài lòng" or 5 "rất hài lòng" on the
 * 5-point scale), estimated from a stratified sample (DOMAIN.md §6.2, documented
 * default). Each respondent scores y in [0, 1] (for an element 0 or 1; overall, the share
 * of the five elements they are satisfied with, so that the overall index is the mean of
 * the element indices). Strata are weighted by their frame size N_h (post-stratification,
 * which also corrects for unequal response): ŷ = Σ W_h ȳ_h with W_h = N_h / Σ N_h over
 * the strata that have respondents, Var(ŷ) = Σ W_h² (1 − n_h/N_h) s_h² / n_h, and the 95
 * % confidence interval ŷ ± 1.96 √Var, clipped to [0, 1].
 */
public final class IndexEstimator {

	/** The normal quantile for 95 %. */
	public static final double Z95 = 1.959964;

	private IndexEstimator() {
	}

	/**
	 * What one stratum contributes: its frame size, its respondents, and the sums of
	 * their scores and squared scores.
	 */
	public record Stratum(long frameSize, long respondents, double sum, double sumOfSquares) {

	}

	/** An estimate with its standard error and 95 % interval (shares in [0, 1]). */
	public record Estimate(double value, double standardError, double low, double high, long respondents) {

		/**
		 * Whether this differs from an earlier estimate at the 5 % level (two-sided z
		 * test).
		 */
		public boolean differsSignificantlyFrom(Estimate earlier) {
			return Math.abs(z(earlier)) > Z95;
		}

		/** The z statistic of the difference from an earlier, independent estimate. */
		public double z(Estimate earlier) {
			double se = Math
				.sqrt(this.standardError * this.standardError + earlier.standardError * earlier.standardError);
			if (se == 0) {
				return (this.value == earlier.value) ? 0
						: Double.POSITIVE_INFINITY * Math.signum(this.value - earlier.value);
			}
			return (this.value - earlier.value) / se;
		}

	}

	/** The estimate over the strata, none if no stratum has respondents. */
	public static @Nullable Estimate estimate(List<Stratum> strata) {
		double population = 0;
		long respondents = 0;
		for (Stratum stratum : strata) {
			if (stratum.respondents() > 0) {
				population += Math.max(stratum.frameSize(), stratum.respondents());
				respondents += stratum.respondents();
			}
		}
		if (respondents == 0) {
			return null;
		}
		double value = 0;
		double variance = 0;
		for (Stratum stratum : strata) {
			long n = stratum.respondents();
			if (n == 0) {
				continue;
			}
			double frame = Math.max(stratum.frameSize(), n);
			double weight = frame / population;
			double mean = stratum.sum() / n;
			value += weight * mean;
			if (n > 1) {
				double s2 = Math.max(0, (stratum.sumOfSquares() - n * mean * mean) / (n - 1));
				variance += weight * weight * (1 - n / frame) * s2 / n;
			}
		}
		double se = Math.sqrt(variance);
		return new Estimate(value, se, Math.max(0, value - Z95 * se), Math.min(1, value + Z95 * se), respondents);
	}

}
