package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The consistency rules of a yearly schedule. */
class ScheduleRulesTests {

	private static final LocalDate SATURDAY = LocalDate.of(2030, 3, 2);

	private static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);

	private static List<String> codes(ScheduleEntry... entries) {
		return ScheduleRules.check(new YearSchedule(2030, 1, false, null, List.of(entries)))
			.stream()
			.map(ScheduleViolation::code)
			.toList();
	}

	private static ScheduleEntry entry(LocalDate date, DayKind kind, LocalDate pairedWith) {
		return new ScheduleEntry(date, kind, Holiday.OTHER, "x", pairedWith, null, true);
	}

	@Test
	void aSwapOfAWeekdayForASaturdayIsConsistent() {
		assertThat(codes(entry(MONDAY, DayKind.SWAPPED_DAY_OFF, SATURDAY),
				entry(SATURDAY, DayKind.MAKE_UP_WORKING_DAY, MONDAY)))
			.isEmpty();
	}

	@Test
	void aMakeUpDayOnAHolidayIsRefused() {
		assertThat(codes(ScheduleEntry.holiday(SATURDAY, Holiday.NATIONAL_DAY, null, true),
				entry(SATURDAY, DayKind.MAKE_UP_WORKING_DAY, MONDAY), entry(MONDAY, DayKind.SWAPPED_DAY_OFF, SATURDAY)))
			.contains(ScheduleViolation.MAKE_UP_ON_DAY_OFF);
	}

	@Test
	void aMakeUpDayMustBeAWeekendDay() {
		assertThat(codes(entry(MONDAY, DayKind.MAKE_UP_WORKING_DAY, MONDAY.plusDays(1)),
				entry(MONDAY.plusDays(1), DayKind.SWAPPED_DAY_OFF, MONDAY)))
			.contains(ScheduleViolation.MAKE_UP_NOT_WEEKEND);
	}

	@Test
	void daysOffOtherThanHolidaysMustBeWeekdays() {
		assertThat(codes(entry(SATURDAY, DayKind.COMPENSATORY_DAY_OFF, null)))
			.containsExactly(ScheduleViolation.DAY_OFF_ON_WEEKEND);
		assertThat(codes(ScheduleEntry.holiday(SATURDAY, Holiday.NATIONAL_DAY, null, true))).isEmpty();
	}

	@Test
	void entriesMustNotOverlapNorLeaveTheYear() {
		assertThat(codes(ScheduleEntry.holiday(MONDAY, Holiday.NATIONAL_DAY, null, true),
				entry(MONDAY, DayKind.ADDITIONAL_DAY_OFF, null)))
			.containsExactly(ScheduleViolation.DUPLICATE_DATE);
		assertThat(codes(ScheduleEntry.holiday(LocalDate.of(2031, 1, 1), Holiday.NEW_YEAR, null, true)))
			.containsExactly(ScheduleViolation.OUTSIDE_YEAR);
	}

	@Test
	void halfASwapIsRefused() {
		assertThat(codes(entry(MONDAY, DayKind.SWAPPED_DAY_OFF, SATURDAY)))
			.containsExactly(ScheduleViolation.SWAP_UNPAIRED);
		assertThat(codes(entry(MONDAY, DayKind.SWAPPED_DAY_OFF, SATURDAY),
				entry(SATURDAY, DayKind.MAKE_UP_WORKING_DAY, SATURDAY.minusDays(7))))
			.contains(ScheduleViolation.SWAP_UNPAIRED);
	}

	@Test
	void aHolidayNeedsANameWhenItIsNoneOfTheStatutoryOnes() {
		assertThat(codes(new ScheduleEntry(MONDAY, DayKind.HOLIDAY, Holiday.OTHER, " ", null, null, true)))
			.containsExactly(ScheduleViolation.HOLIDAY_UNNAMED);
		assertThat(codes(new ScheduleEntry(MONDAY, DayKind.HOLIDAY, null, null, null, null, true)))
			.containsExactly(ScheduleViolation.HOLIDAY_UNNAMED);
	}

	@Test
	void theCalendarRefusesAnInconsistentSchedule() {
		YearSchedule broken = new YearSchedule(2030, 1, false, null,
				List.of(entry(MONDAY, DayKind.MAKE_UP_WORKING_DAY, null)));
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingCalendar.of(List.of(broken)));
		assertThatIllegalArgumentException().isThrownBy(() -> TestCalendars.official().with(broken));
	}

}
