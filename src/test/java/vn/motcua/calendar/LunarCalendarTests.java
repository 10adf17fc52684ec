package vn.motcua.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The lunar calendar against the vectors checked independently (DOMAIN.md). */
class LunarCalendarTests {

	@ParameterizedTest(name = "Tết {0} is {1}")
	@CsvSource({ "1968, 1968-01-29", "1985, 1985-01-21", "2007, 2007-02-17", "2020, 2020-01-25", "2021, 2021-02-12",
			"2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17",
			"2027, 2027-02-06", "2028, 2028-01-26", "2029, 2029-02-13", "2030, 2030-02-02" })
	void tetFallsOnTheVietnameseDate(int year, LocalDate tet) {
		assertThat(LunarCalendar.newYear(year)).isEqualTo(tet);
		assertThat(LunarCalendar.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
		assertThat(LunarCalendar.toLunar(tet.minusDays(1)).year()).isEqualTo(year - 1);
	}

	@ParameterizedTest(name = "Tết {0}: Vietnam {1}, China {2}")
	@CsvSource({ "1968, 1968-01-29, 1968-01-30", "1985, 1985-01-21, 1985-02-20", "2007, 2007-02-17, 2007-02-18",
			"2030, 2030-02-02, 2030-02-03" })
	void vietnameseTetDiffersFromTheChineseNewYear(int year, LocalDate vietnam, LocalDate china) {
		assertThat(LunarCalendar.newYear(year)).isEqualTo(vietnam).isNotEqualTo(china);
	}

	@ParameterizedTest(name = "Giỗ Tổ {0} is {1}")
	@CsvSource({ "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26" })
	void hungKingsDayIsTheTenthOfTheThirdMonth(int year, LocalDate date) {
		assertThat(LunarCalendar.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(date);
	}

	@ParameterizedTest(name = "{0} has leap month {1}")
	@CsvSource({ "2020, 4", "2023, 2", "2025, 6", "2028, 5", "2033, 11" })
	void leapMonthsAreWhereVietnameseAlmanacsPutThem(int year, int month) {
		assertThat(LunarCalendar.leapMonth(year)).hasValue(month);
		assertThat(LunarCalendar.months(year)).hasSize(13);
		LunarMonth leap = LunarCalendar.month(year, month, true);
		LunarMonth before = LunarCalendar.month(year, month, false);
		assertThat(leap.firstDay()).isEqualTo(before.lastDay().plusDays(1));
	}

	@Test
	void yearsWithoutLeapMonthHaveTwelveMonths() {
		assertThat(LunarCalendar.leapMonth(2024)).isEmpty();
		assertThat(LunarCalendar.leapMonth(2026)).isEmpty();
		assertThat(LunarCalendar.months(2026)).hasSize(12);
	}

	@Test
	void theApiExampleIsTheFirstDayOfTheYearOfTheHorse() {
		assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 17))).isEqualTo(new LunarDate(2026, 1, 1, false));
		assertThat(LunarCalendar.sexagenary(2026)).containsExactly(2, 6); // Bính Ngọ
		assertThat(LunarCalendar.sexagenary(2025)).containsExactly(1, 5); // Ất Tỵ
	}

	@Test
	void theDaysBeforeTetAreNamedAsInTheSchedules() {
		assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(LunarDate.of(2025, 12, 29));
		assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 1, 27))).isEqualTo(LunarDate.of(2024, 12, 28));
		assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 2, 8))).isEqualTo(LunarDate.of(2023, 12, 29));
		assertThat(LunarCalendar.toLunar(LocalDate.of(2023, 1, 20))).isEqualTo(LunarDate.of(2022, 12, 29));
	}

	@Test
	void leapMonthDatesConvertBothWays() {
		LocalDate date = LunarCalendar.toSolar(new LunarDate(2025, 6, 15, true));
		assertThat(LunarCalendar.toLunar(date)).isEqualTo(new LunarDate(2025, 6, 15, true));
		assertThat(date).isEqualTo(LocalDate.of(2025, 8, 8));
	}

	@Test
	void refusesDatesThatDoNotExist() {
		assertThatIllegalArgumentException().isThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2026, 3, 1, true)));
		assertThatIllegalArgumentException().isThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(1899, 12, 31)));
		assertThatIllegalArgumentException().isThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(2200, 1, 1)));
		int shortMonth = LunarCalendar.months(2026)
			.stream()
			.filter((m) -> m.length() == 29)
			.findFirst()
			.orElseThrow()
			.month();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(2026, shortMonth, 30)));
	}

}
