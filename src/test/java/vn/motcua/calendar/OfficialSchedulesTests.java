package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped official schedules of 2023–2026, day by day
 * (shared/data/holidays-official.md).
 */
class OfficialSchedulesTests {

	private final WorkingCalendar calendar = TestCalendars.official();

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({
			// 2023: Tết Dương lịch on Sunday → Monday 2/1 off; Tết 20/1–26/1; Giỗ Tổ
			// (Sat) + 30/4 (Sun) → 2/5, 3/5
			"2023-01-02, COMPENSATORY_DAY_OFF", "2023-01-03, WORKING_DAY", "2023-01-20, HOLIDAY",
			"2023-01-25, COMPENSATORY_DAY_OFF", "2023-01-26, COMPENSATORY_DAY_OFF", "2023-01-27, WORKING_DAY",
			"2023-04-29, HOLIDAY", "2023-05-01, HOLIDAY", "2023-05-02, COMPENSATORY_DAY_OFF",
			"2023-05-03, COMPENSATORY_DAY_OFF", "2023-05-04, WORKING_DAY", "2023-09-01, HOLIDAY",
			"2023-09-04, COMPENSATORY_DAY_OFF", "2023-09-05, WORKING_DAY",
			// 2024: Tết 8/2–14/2 (5015/TB-LĐTBXH); 29/4 swapped for Saturday 4/5; Quốc
			// khánh 2/9–3/9
			"2024-01-01, HOLIDAY", "2024-02-07, WORKING_DAY", "2024-02-08, HOLIDAY", "2024-02-13, COMPENSATORY_DAY_OFF",
			"2024-02-14, COMPENSATORY_DAY_OFF", "2024-02-15, WORKING_DAY", "2024-04-18, HOLIDAY",
			"2024-04-29, SWAPPED_DAY_OFF", "2024-05-04, MAKE_UP_WORKING_DAY", "2024-05-02, WORKING_DAY",
			"2024-09-02, HOLIDAY", "2024-09-03, HOLIDAY", "2024-09-04, WORKING_DAY",
			// 2025: Tết 25/1–2/2; 2/5 swapped for Saturday 26/4; Quốc khánh 1/9–2/9
			"2025-01-24, WORKING_DAY", "2025-01-27, ADDITIONAL_DAY_OFF", "2025-01-31, HOLIDAY",
			"2025-02-03, WORKING_DAY", "2025-04-07, HOLIDAY", "2025-04-26, MAKE_UP_WORKING_DAY",
			"2025-05-02, SWAPPED_DAY_OFF", "2025-09-01, HOLIDAY", "2025-09-02, HOLIDAY", "2025-09-03, WORKING_DAY",
			// 2026: Tết 14/2–22/2 (9441/TB-BNV), the five official days 16/2–20/2
			"2026-02-13, WORKING_DAY", "2026-02-14, WEEKEND", "2026-02-16, HOLIDAY", "2026-02-20, HOLIDAY",
			"2026-02-23, WORKING_DAY", "2026-04-27, COMPENSATORY_DAY_OFF", "2026-09-02, HOLIDAY" })
	void theOfficialDaysOffAreNotWorkingDaysAndMakeUpDaysAre(LocalDate date, DayStatus status) {
		assertThat(this.calendar.status(date)).isEqualTo(status);
		assertThat(this.calendar.isWorkingDay(date)).isEqualTo(status.working());
	}

	@ParameterizedTest(name = "Tết {0}")
	@CsvSource({ "2023, 2023-01-20, 2023-01-26", "2024, 2024-02-08, 2024-02-14", "2025, 2025-01-25, 2025-02-02",
			"2026, 2026-02-14, 2026-02-22" })
	void theWholeTetBreakIsOffAndTheDaysAroundItAreWorked(int year, LocalDate first, LocalDate last) {
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			assertThat(this.calendar.isWorkingDay(day)).as("%s", day).isFalse();
		}
		assertThat(this.calendar.isWorkingDay(first.minusDays(1))).isTrue();
		assertThat(this.calendar.isWorkingDay(last.plusDays(1))).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(ints = { 2023, 2024, 2025, 2026 })
	void eachYearIsOfficialVersionedSourcedAndConsistent(int year) {
		YearSchedule schedule = this.calendar.schedule(year);
		assertThat(schedule.provisional()).isFalse();
		assertThat(schedule.version()).isEqualTo(1);
		assertThat(ScheduleRules.check(schedule)).isEmpty();
		assertThat(schedule.entries()).allSatisfy((entry) -> assertThat(entry.source()).isNotBlank());
		// the lunar dates the data names agree with the lunar calendar
		assertThat(schedule.entries())
			.filteredOn((entry) -> entry.holiday() == Holiday.HUNG_KINGS && entry.kind() == DayKind.HOLIDAY)
			.singleElement()
			.satisfies((entry) -> assertThat(LunarCalendar.toLunar(entry.date())).isEqualTo(LunarDate.of(year, 3, 10)));
		for (ScheduleEntry entry : schedule.entries()) {
			if (entry.name() != null && entry.name().startsWith("Mùng")) {
				int day = Integer.parseInt(entry.name().replaceAll("\\D", ""));
				assertThat(LunarCalendar.toLunar(entry.date())).as("%s", entry).isEqualTo(LunarDate.of(year, 1, day));
			}
			if (entry.name() != null && entry.name().endsWith("tháng Chạp")) {
				int day = Integer.parseInt(entry.name().replaceAll("\\D", ""));
				assertThat(LunarCalendar.toLunar(entry.date())).as("%s", entry)
					.isEqualTo(LunarDate.of(year - 1, 12, day));
			}
		}
	}

	@Test
	void unconfirmedEntriesAreMarkedAsSuch() {
		List<LocalDate> unconfirmed2026 = this.calendar.schedule(2026)
			.entries()
			.stream()
			.filter((entry) -> !entry.confirmed())
			.map(ScheduleEntry::date)
			.toList();
		assertThat(unconfirmed2026).contains(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 26),
				LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
		assertThat(this.calendar.entry(LocalDate.of(2026, 2, 17)).confirmed()).isTrue();
		assertThat(this.calendar.entry(LocalDate.of(2025, 1, 27)).confirmed()).isFalse();
		assertThat(this.calendar.entry(LocalDate.of(2024, 4, 18)).confirmed()).isFalse();
	}

	@Test
	void yearsWithoutAnOfficialScheduleAreProvisionalStatutoryCandidates() {
		YearSchedule schedule = this.calendar.schedule(2027);
		assertThat(schedule.provisional()).isTrue();
		assertThat(schedule.version()).isZero();
		// Tết Đinh Mùi, a Saturday: still a holiday
		assertThat(this.calendar.status(LocalDate.of(2027, 2, 6))).isEqualTo(DayStatus.HOLIDAY);
		// 1/5/2027 is a Saturday: the compensatory day off is Monday 3/5
		assertThat(this.calendar.status(LocalDate.of(2027, 5, 3))).isEqualTo(DayStatus.COMPENSATORY_DAY_OFF);
	}

	@Test
	void workingDayCountsOfTheOfficialYears() {
		// 262 weekdays; off: 1/1, five Tết weekdays, 18/4, 29/4, 30/4, 1/5, 2/9, 3/9;
		// plus Saturday 4/5
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)))
			.isEqualTo(262 - 12 + 1);
	}

}
