package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Consistency of the lunar calendar over its whole range. */
class LunarCalendarProperties {

	@Test
	void everyYearHasConsecutiveMonthsOf29Or30DaysAndTwelveOrThirteenOfThem() {
		LocalDate expectedNext = null;
		for (int year = 1900; year <= 2198; year++) {
			List<LunarMonth> months = LunarCalendar.months(year);
			assertThat(months).as("months of %d", year).hasSizeBetween(12, 13);
			long leaps = months.stream().filter(LunarMonth::leap).count();
			assertThat(leaps).as("leap months of %d", year).isEqualTo(months.size() - 12L);
			int expectedNumber = 1;
			for (LunarMonth month : months) {
				assertThat(month.length()).as("%s", month).isBetween(29, 30);
				if (expectedNext != null) {
					assertThat(month.firstDay()).as("%s follows the month before", month).isEqualTo(expectedNext);
				}
				expectedNext = month.lastDay().plusDays(1);
				if (month.leap()) {
					assertThat(month.month()).as("%s repeats the month before", month).isEqualTo(expectedNumber - 1);
				}
				else {
					assertThat(month.month()).as("%s", month).isEqualTo(expectedNumber++);
				}
			}
			assertThat(months.get(0).firstDay()).isEqualTo(LunarCalendar.newYear(year));
			// Tết falls between the 21st of January and the 20th of February
			assertThat(LunarCalendar.newYear(year)).isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
		}
	}

	@Test
	void month11ContainsTheWinterSolstice() {
		for (int year = 1900; year <= 2198; year++) {
			LunarMonth eleventh = LunarCalendar.month(year, 11, false);
			assertThat(eleventh.firstDay()).as("month 11 of %d", year).isBefore(LocalDate.of(year, 12, 23));
			assertThat(eleventh.lastDay()).as("month 11 of %d", year).isAfter(LocalDate.of(year, 12, 20));
		}
	}

	static Stream<Long> seeds() {
		long base = Long.getLong("calendar.seed", 20261124L);
		return IntStream.range(0, 200).mapToObj((i) -> base + i);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void solarToLunarAndBackIsTheIdentity(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < 50; i++) {
			LocalDate date = LocalDate.ofEpochDay(LunarCalendar.MIN.toEpochDay()
					+ random.nextInt((int) (LunarCalendar.MAX.toEpochDay() - LunarCalendar.MIN.toEpochDay() + 1)));
			LunarDate lunar = LunarCalendar.toLunar(date);
			assertThat(LunarCalendar.toSolar(lunar)).as("seed %d: %s → %s", seed, date, lunar).isEqualTo(date);
			if (date.isAfter(LunarCalendar.MIN)) {
				LunarDate before = LunarCalendar.toLunar(date.minusDays(1));
				assertThat(lunar.day() == 1 || lunar.day() == before.day() + 1).as("seed %d: %s", seed, date).isTrue();
			}
		}
	}

}
