package vn.motcua.satisfaction.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.ReturnedDossier;

import static org.assertj.core.api.Assertions.assertThat;

/** The 0/1/2 points of Circular 01/2018 Art. 13 per dossier. */
class RatingRulesTests {

	@Test
	void totalTimeEarlyOnTimeLate() {
		assertThat(RatingRules.timeScore("EARLY")).isEqualTo(2);
		assertThat(RatingRules.timeScore("ON_TIME")).isEqualTo(1);
		assertThat(RatingRules.timeScore("LATE")).isEqualTo(0);
		assertThat(RatingRules.timeScore(null)).isNull();
	}

	@Test
	void contactsAgenciesAndAttitude() {
		assertThat(RatingRules.contactsScore(0)).isEqualTo(2);
		assertThat(RatingRules.contactsScore(1)).isEqualTo(1);
		assertThat(RatingRules.contactsScore(3)).isEqualTo(0);
		assertThat(RatingRules.agenciesScore(RatingRules.AgenciesContacted.NONE)).isEqualTo(2);
		assertThat(RatingRules.agenciesScore(RatingRules.AgenciesContacted.ONE_STOP_ONLY)).isEqualTo(1);
		assertThat(RatingRules.agenciesScore(RatingRules.AgenciesContacted.MORE_THAN_ONE)).isEqualTo(0);
		assertThat(RatingRules.attitudeScore(false, "EARLY")).isEqualTo(2);
		assertThat(RatingRules.attitudeScore(false, "ON_TIME")).isEqualTo(1);
		assertThat(RatingRules.attitudeScore(true, "EARLY")).isEqualTo(0);
		assertThat(RatingRules.attitudeScore(false, "LATE")).isEqualTo(0);
	}

	@Test
	void eachUnitsTimeIsJudgedByTheDayItsStepEnded() {
		// Vietnam is UTC+7: 2026-03-02T03:00Z is 10:00 on 2 March
		Instant due = Instant.parse("2026-03-03T09:00:00Z");
		ReturnedDossier.Step early = step(due, Instant.parse("2026-03-02T03:00:00Z"));
		ReturnedDossier.Step sameDay = step(due, Instant.parse("2026-03-03T02:00:00Z"));
		ReturnedDossier.Step sameDayLater = step(due, Instant.parse("2026-03-03T10:00:00Z"));
		ReturnedDossier.Step late = step(due, Instant.parse("2026-03-04T02:00:00Z"));
		assertThat(RatingRules.stepScore(List.of(early, early))).isEqualTo(2);
		assertThat(RatingRules.stepScore(List.of(early, sameDay))).isEqualTo(1);
		assertThat(RatingRules.stepScore(List.of(sameDayLater))).isEqualTo(1);
		assertThat(RatingRules.stepScore(List.of(early, late))).isEqualTo(0);
		assertThat(RatingRules.stepScore(List.of())).isNull();
	}

	private static ReturnedDossier.Step step(Instant due, Instant finished) {
		return new ReturnedDossier.Step(0, "SPECIALIST", "06652", "chuyenvien.hatu", due, finished, 3600, 1800L);
	}

}
