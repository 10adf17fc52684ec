package vn.motcua.satisfaction.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The stratified share-satisfied estimate against values computed by hand. */
class IndexEstimatorTests {

	@Test
	void twoStrataAreWeightedByTheirFrameSizeWithTheStratifiedVariance() {
		// A: N=100, answers 1,1,0,1 (mean .75, s² .25); B: N=300, answers 1,0,0,1,0 (mean
		// .4, s² .3)
		// ŷ = .25·.75 + .75·.4 = .4875
		// Var = .25²·(1−4/100)·.25/4 + .75²·(1−5/300)·.3/5 = .00375 + .0331875 = .0369375
		IndexEstimator.Estimate estimate = IndexEstimator
			.estimate(List.of(new IndexEstimator.Stratum(100, 4, 3, 3), new IndexEstimator.Stratum(300, 5, 2, 2)));
		assertThat(estimate).isNotNull();
		assertThat(estimate.value()).isCloseTo(0.4875, within(1e-12));
		assertThat(estimate.standardError()).isCloseTo(Math.sqrt(0.0369375), within(1e-12));
		assertThat(estimate.low()).isCloseTo(0.110812, within(1e-6));
		assertThat(estimate.high()).isCloseTo(0.864188, within(1e-6));
		assertThat(estimate.respondents()).isEqualTo(9);
	}

	@Test
	void oneLargeStratumIsTheSimpleProportionAndTheIntervalStaysWithinZeroAndOne() {
		// 8 of 10 satisfied: p = .8, s² = (8 − 10·.64)/9 = .17778, se = √(.017778) =
		// .13333
		IndexEstimator.Estimate estimate = IndexEstimator
			.estimate(List.of(new IndexEstimator.Stratum(1_000_000_000L, 10, 8, 8)));
		assertThat(estimate.value()).isCloseTo(0.8, within(1e-12));
		assertThat(estimate.standardError()).isCloseTo(0.133333, within(1e-5));
		assertThat(estimate.low()).isCloseTo(0.8 - 1.959964 * 0.1333333, within(1e-5));
		assertThat(estimate.high()).isEqualTo(1.0);
	}

	@Test
	void strataWithoutRespondentsAreLeftOutAndNoRespondentsGiveNoEstimate() {
		assertThat(IndexEstimator.estimate(List.of(new IndexEstimator.Stratum(50, 0, 0, 0)))).isNull();
		IndexEstimator.Estimate estimate = IndexEstimator
			.estimate(List.of(new IndexEstimator.Stratum(50, 0, 0, 0), new IndexEstimator.Stratum(50, 2, 1, 1)));
		assertThat(estimate.value()).isCloseTo(0.5, within(1e-12));
	}

	@Test
	void aChangeIsSignificantWhenTheZStatisticPassesTheNormalQuantile() {
		IndexEstimator.Estimate lastYear = new IndexEstimator.Estimate(0.75, 0.02, 0.71, 0.79, 400);
		// (.80 − .75) / √(.02² + .02²) = 1.768: not significant
		IndexEstimator.Estimate small = new IndexEstimator.Estimate(0.80, 0.02, 0.76, 0.84, 400);
		assertThat(small.z(lastYear)).isCloseTo(1.767767, within(1e-6));
		assertThat(small.differsSignificantlyFrom(lastYear)).isFalse();
		// (.72 − .80) / .028284 = −2.828: significant
		IndexEstimator.Estimate fall = new IndexEstimator.Estimate(0.72, 0.02, 0.68, 0.76, 400);
		assertThat(fall.differsSignificantlyFrom(small)).isTrue();
	}

}
