package vn.motcua.satisfaction.internal;

/**
 * How many people to invite for a margin of error at 95 % confidence: n₀ = z² p(1 − p) /
 * e² (p = 0.5 unless known, the safest), corrected for a finite frame of N, n = n₀ / (1 +
 * (n₀ − 1) / N), and divided by the expected response rate; rounded up.
 */
public final class SampleSize {

	private SampleSize() {
	}

	/** Respondents needed. */
	public static int respondents(double margin, double proportion, long frameSize) {
		if (!(margin > 0 && margin < 1)) {
			throw new IllegalArgumentException("margin");
		}
		if (!(proportion > 0 && proportion < 1)) {
			throw new IllegalArgumentException("proportion");
		}
		double n0 = IndexEstimator.Z95 * IndexEstimator.Z95 * proportion * (1 - proportion) / (margin * margin);
		double n = (frameSize > 0) ? n0 / (1 + (n0 - 1) / frameSize) : n0;
		return (int) Math.ceil(n - 1e-9);
	}

	/** People to invite so that the expected respondents reach {@link #respondents}. */
	public static int invitations(double margin, double proportion, long frameSize, double responseRate) {
		if (!(responseRate > 0 && responseRate <= 1)) {
			throw new IllegalArgumentException("responseRate");
		}
		int needed = (int) Math.ceil(respondents(margin, proportion, frameSize) / responseRate - 1e-9);
		return (frameSize > 0) ? (int) Math.min(needed, frameSize) : needed;
	}

}
