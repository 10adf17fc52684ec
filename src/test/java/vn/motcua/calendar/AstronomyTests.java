package vn.motcua.calendar;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.internal.Astronomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The astronomy against the worked examples of Meeus and published instants. */
class AstronomyTests {

	@Test
	void newMoonOfFebruary1977MatchesMeeusExample49a() {
		assertThat(Astronomy.newMoonJde(-283)).isCloseTo(2443192.65118, within(0.00001));
	}

	@Test
	void sunLongitudeOfOctober1992MatchesMeeusExample25b() {
		// 199°54'21.818" with the full nutation series; the short series differs by <
		// 0.2"
		assertThat(Astronomy.sunApparentLongitude(2448908.5)).isCloseTo(199.906061, within(0.0001));
	}

	@Test
	void winterSolstice2024FallsOnDecember21At0920Utc() {
		double jde = Astronomy.sunReachesLongitude(270.0, 2460640.5);
		Instant solstice = Instant
			.ofEpochMilli(Math.round((Astronomy.toUniversalTime(jde) - Astronomy.UNIX_EPOCH_JD) * 86_400_000d));
		assertThat(solstice).isBetween(Instant.parse("2024-12-21T09:19:00Z"), Instant.parse("2024-12-21T09:22:00Z"));
	}

	@Test
	void deltaTFollowsTheObservedValues() {
		assertThat(Astronomy.deltaTSeconds(1975.0)).isCloseTo(45.45, within(0.01));
		assertThat(Astronomy.deltaTSeconds(2000.0)).isCloseTo(63.86, within(0.01));
		// continuous where the polynomials meet
		assertThat(Astronomy.deltaTSeconds(2049.999)).isCloseTo(Astronomy.deltaTSeconds(2050.0), within(0.05));
	}

}
