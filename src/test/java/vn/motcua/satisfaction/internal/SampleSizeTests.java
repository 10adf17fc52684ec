package vn.motcua.satisfaction.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Sample sizes against the textbook figures. */
class SampleSizeTests {

	@Test
	void fivePercentMarginNeeds385FromALargePopulationAnd278FromAThousand() {
		// n₀ = 1.96² · .25 / .05² = 384.15 → 385
		assertThat(SampleSize.respondents(0.05, 0.5, 0)).isEqualTo(385);
		// 384.15 / (1 + 383.15 / 1000) = 277.7 → 278
		assertThat(SampleSize.respondents(0.05, 0.5, 1000)).isEqualTo(278);
		// with 60 % expected to answer: 278 / .6 = 463.3 → 464
		assertThat(SampleSize.invitations(0.05, 0.5, 1000, 0.6)).isEqualTo(464);
		// never more than the frame
		assertThat(SampleSize.invitations(0.05, 0.5, 100, 0.3)).isEqualTo(100);
	}

	@Test
	void marginsOutOfRangeAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> SampleSize.respondents(0, 0.5, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> SampleSize.invitations(0.05, 0.5, 10, 0));
	}

}
