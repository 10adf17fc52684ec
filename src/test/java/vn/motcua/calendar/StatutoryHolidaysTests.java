package vn.motcua.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The statutory candidates of a year without an official schedule. */
class StatutoryHolidaysTests {

	@Test
	void everyYearOfTheRangeGivesAConsistentProvisionalSchedule() {
		for (int year = 1900; year <= 2199; year++) {
			YearSchedule schedule = StatutoryHolidays.candidates(year);
			assertThat(schedule.provisional()).isTrue();
			assertThat(schedule.version()).isZero();
			assertThat(ScheduleRules.check(schedule)).as("%d", year).isEmpty();
			// 1/1, five Tết days, Giỗ Tổ, 30/4, 1/5 and two days of Quốc khánh
			assertThat(schedule.entries()).filteredOn((entry) -> entry.kind() == DayKind.HOLIDAY)
				.as("%d", year)
				.hasSizeBetween(10, 11);
			assertThat(schedule.entries()).allSatisfy((entry) -> assertThat(entry.confirmed()).isFalse());
		}
	}

	@Test
	void tetIsTheLastDayOfTheOldYearAndTheFirstFourOfTheNew() {
		YearSchedule schedule = StatutoryHolidays.candidates(2027);
		assertThat(schedule.entries())
			.filteredOn((entry) -> entry.holiday() == Holiday.LUNAR_NEW_YEAR && entry.kind() == DayKind.HOLIDAY)
			.extracting(ScheduleEntry::date)
			.containsExactly(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7),
					LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9));
	}

	@Test
	void holidaysOnAWeekendGiveCompensatoryDaysAfterTheRunOfHolidays() {
		// Tết 2027 has Saturday 6/2 and Sunday 7/2: the next working days after 9/2 are
		// 10/2 and 11/2
		WorkingCalendar calendar = WorkingCalendar.of(java.util.List.of());
		assertThat(calendar.status(LocalDate.of(2027, 2, 10))).isEqualTo(DayStatus.COMPENSATORY_DAY_OFF);
		assertThat(calendar.status(LocalDate.of(2027, 2, 11))).isEqualTo(DayStatus.COMPENSATORY_DAY_OFF);
		assertThat(calendar.status(LocalDate.of(2027, 2, 12))).isEqualTo(DayStatus.WORKING_DAY);
		assertThat(calendar.entry(LocalDate.of(2027, 2, 10)).pairedWith()).isEqualTo(LocalDate.of(2027, 2, 6));
	}

	@Test
	void theNationalDayCandidateJoinsTheWeekendLikeRecentDecisions() {
		// 2023: Saturday → Friday 1/9; 2024: Monday → Tuesday 3/9; 2025: Tuesday → Monday
		// 1/9
		assertThat(StatutoryHolidays.adjacentNationalDay(LocalDate.of(2023, 9, 2))).isEqualTo(LocalDate.of(2023, 9, 1));
		assertThat(StatutoryHolidays.adjacentNationalDay(LocalDate.of(2024, 9, 2))).isEqualTo(LocalDate.of(2024, 9, 3));
		assertThat(StatutoryHolidays.adjacentNationalDay(LocalDate.of(2025, 9, 2))).isEqualTo(LocalDate.of(2025, 9, 1));
	}

	@Test
	void aDayHoldingTwoHolidaysGivesACompensatoryDay() {
		// 1947: Giỗ Tổ (10/3 lunar) fell on 30 April
		YearSchedule schedule = StatutoryHolidays.candidates(1947);
		assertThat(LunarCalendar.toSolar(LunarDate.of(1947, 3, 10))).isEqualTo(LocalDate.of(1947, 4, 30));
		assertThat(schedule.entries())
			.filteredOn((entry) -> entry.kind() == DayKind.COMPENSATORY_DAY_OFF
					&& LocalDate.of(1947, 4, 30).equals(entry.pairedWith()))
			.isNotEmpty();
	}

}
