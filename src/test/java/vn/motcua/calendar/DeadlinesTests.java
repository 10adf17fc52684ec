package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.ExplanationEntry.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Worked examples of the counting rules, against the official schedules. */
class DeadlinesTests {

	private final Deadlines deadlines = TestCalendars.deadlines();

	private static LocalDateTime at(String text) {
		return LocalDateTime.parse(text);
	}

	@Test
	void extendsDueDateOverTetHoliday() {
		Deadline deadline = this.deadlines.compute(at("2026-02-10T09:30"), TimeLimit.workingDays(5));
		// 11, 12, 13, 23 and 24 February: Tết Bính Ngọ (16–20) and two weekends are
		// skipped
		assertThat(deadline.due()).isEqualTo(at("2026-02-24T09:30"));
		assertThat(deadline.explanation()).extracting(ExplanationEntry::date, ExplanationEntry::kind)
			.containsSubsequence(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 14), Kind.WEEKEND),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 16), Kind.HOLIDAY),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 20), Kind.HOLIDAY),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 22), Kind.WEEKEND),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 24), Kind.DUE));
		ExplanationEntry tet = deadline.explanation()
			.stream()
			.filter((line) -> line.date().equals(LocalDate.of(2026, 2, 17)))
			.findFirst()
			.orElseThrow();
		assertThat(tet.entry()).isNotNull();
		assertThat(tet.entry().holiday()).isEqualTo(Holiday.LUNAR_NEW_YEAR);
		assertThat(tet.entry().source()).contains("9441/TB-BNV");
	}

	@Test
	void receiptBeforeOpeningCountsFromOpening() {
		Deadline deadline = this.deadlines.compute(at("2026-03-03T06:45"), TimeLimit.workingDays(1));
		assertThat(deadline.startRule()).isEqualTo(StartRule.BEFORE_OPENING);
		assertThat(deadline.countingStart()).isEqualTo(at("2026-03-03T07:30"));
		// a clock started at opening falls due at the closing of the last day, not the
		// next opening
		assertThat(deadline.due()).isEqualTo(at("2026-03-03T17:00"));
	}

	@Test
	void receiptDuringLunchCountsFromTheAfternoon() {
		Deadline deadline = this.deadlines.compute(at("2026-03-03T12:10"), TimeLimit.workingDays(2));
		assertThat(deadline.startRule()).isEqualTo(StartRule.LUNCH_BREAK);
		assertThat(deadline.countingStart()).isEqualTo(at("2026-03-03T13:30"));
		// the same instant of working time as 13:30, read as the end of the morning
		assertThat(deadline.due()).isEqualTo(at("2026-03-05T11:30"));
	}

	@Test
	void receiptAfterTheCutOffCountsFromTheNextWorkingDay() {
		Deadline friday = this.deadlines.compute(at("2026-03-06T15:20"), TimeLimit.workingDays(1));
		assertThat(friday.startRule()).isEqualTo(StartRule.AFTER_CUT_OFF);
		assertThat(friday.countingStart()).isEqualTo(at("2026-03-09T07:30"));
		assertThat(friday.due()).isEqualTo(at("2026-03-09T17:00"));
		// at 15:00 sharp the dossier still counts from its receipt
		assertThat(this.deadlines.startRule(at("2026-03-06T15:00"))).isEqualTo(StartRule.IN_HOURS);
		assertThat(this.deadlines.startRule(at("2026-03-06T17:30"))).isEqualTo(StartRule.AFTER_CLOSING);
	}

	@Test
	void cutOffCanBeSwitchedOff() {
		WorkingHours noCutOff = new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 30),
				LocalTime.of(17, 0), null, false);
		Deadlines lenient = Deadlines.of(TestCalendars.official(), noCutOff);
		assertThat(lenient.compute(at("2026-03-06T15:20"), TimeLimit.workingDays(1)).due())
			.isEqualTo(at("2026-03-09T15:20"));
	}

	@Test
	void saturdayReceptionCountsFromMonday() {
		WorkingHours saturdayDesk = new WorkingHours(LocalTime.of(7, 0), LocalTime.of(11, 30), LocalTime.of(13, 30),
				LocalTime.of(17, 0), LocalTime.of(15, 0), true);
		Deadline deadline = Deadlines.of(TestCalendars.official(), saturdayDesk)
			.compute(at("2026-03-07T09:00"), TimeLimit.workingDays(3));
		assertThat(deadline.startRule()).isEqualTo(StartRule.NON_WORKING_DAY);
		assertThat(deadline.countingStart()).isEqualTo(at("2026-03-09T07:00"));
		assertThat(deadline.due()).isEqualTo(at("2026-03-11T17:00"));
	}

	@Test
	void zeroWorkingDaysMeansWithinTheCountingDay() {
		assertThat(this.deadlines.due(at("2026-03-03T10:00"), TimeLimit.workingDays(0)))
			.isEqualTo(at("2026-03-03T17:00"));
		assertThat(this.deadlines.due(at("2026-03-03T16:00"), TimeLimit.workingDays(0)))
			.isEqualTo(at("2026-03-04T17:00"));
	}

	@Test
	void workingHoursSkipTheLunchBreakAndTheNight() {
		assertThat(this.deadlines.due(at("2026-03-03T09:30"), TimeLimit.workingHours(4)))
			.isEqualTo(at("2026-03-03T15:30"));
		assertThat(this.deadlines.due(at("2026-03-03T14:00"), TimeLimit.workingHours(8)))
			.isEqualTo(at("2026-03-04T14:30"));
	}

	@Test
	void makeUpSaturdayCountsAsAWorkingDay() {
		// 2024: Monday 29/4 swapped for Saturday 4/5; 30/4 and 1/5 are holidays
		Deadline deadline = this.deadlines.compute(at("2024-04-26T09:30"), TimeLimit.workingDays(3));
		assertThat(deadline.due()).isEqualTo(at("2024-05-04T09:30"));
		assertThat(deadline.explanation()).extracting(ExplanationEntry::date, ExplanationEntry::kind)
			.contains(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 4, 29), Kind.SWAPPED_DAY_OFF),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 4, 30), Kind.HOLIDAY),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 5, 4), Kind.MAKE_UP_WORKING_DAY));
	}

	@Test
	void calendarDaysEndingOnADayOffMoveToTheNextWorkingDay() {
		Deadline deadline = this.deadlines.compute(at("2026-02-10T09:30"), TimeLimit.calendarDays(5));
		assertThat(deadline.nominalDue()).isEqualTo(at("2026-02-15T09:30"));
		assertThat(deadline.due()).isEqualTo(at("2026-02-23T17:00"));
		assertThat(deadline.explanation()).extracting(ExplanationEntry::kind).contains(Kind.ROLLED_OVER);
		assertThat(this.deadlines.due(at("2026-03-02T09:30"), TimeLimit.calendarDays(10)))
			.isEqualTo(at("2026-03-12T09:30"));
	}

	@Test
	void aPauseStopsTheClockAndKeepsTheTimeAlreadyUsed() {
		Pause supplement = new Pause(at("2026-03-04T09:30"), at("2026-03-09T09:30"), Pause.Reason.SUPPLEMENT_REQUESTED);
		Deadline deadline = this.deadlines.compute(at("2026-03-02T09:30"), TimeLimit.workingDays(5),
				List.of(supplement));
		// 2 working days used before the pause, 3 after it
		assertThat(deadline.due()).isEqualTo(at("2026-03-12T09:30"));
		assertThat(deadline.explanation()).extracting(ExplanationEntry::kind).contains(Kind.PAUSE);
		assertThat(deadline.explanation()).filteredOn((line) -> line.kind() == Kind.PAUSE)
			.singleElement()
			.satisfies((line) -> assertThat(line.code()).isEqualTo("SUPPLEMENT_REQUESTED"));
		// the weekend inside the pause is the pause's, not listed again
		assertThat(deadline.explanation()).extracting(ExplanationEntry::date).doesNotContain(LocalDate.of(2026, 3, 7));
	}

	@Test
	void aPauseAfterTheDueInstantChangesNothing() {
		Pause late = new Pause(at("2026-03-20T08:00"), at("2026-03-25T08:00"), Pause.Reason.STOPPED);
		assertThat(this.deadlines.compute(at("2026-03-02T09:30"), TimeLimit.workingDays(5), List.of(late)).due())
			.isEqualTo(at("2026-03-09T09:30"));
	}

	@Test
	void statesAreRelativeToTheGivenInstant() {
		Deadline deadline = this.deadlines.compute(at("2026-02-10T09:30"), TimeLimit.workingDays(5));
		assertThat(deadline.stateAt(at("2026-02-12T10:00"))).isEqualTo(DeadlineState.ON_TIME);
		assertThat(deadline.stateAt(at("2026-02-23T10:00"))).isEqualTo(DeadlineState.DUE_SOON);
		assertThat(deadline.stateAt(at("2026-02-24T09:31"))).isEqualTo(DeadlineState.LATE);
		assertThat(deadline.outcome(at("2026-02-23T16:00"))).isEqualTo(DeadlineState.EARLY);
		assertThat(deadline.outcome(at("2026-02-24T09:30"))).isEqualTo(DeadlineState.ON_TIME);
		assertThat(deadline.outcome(at("2026-02-24T10:00"))).isEqualTo(DeadlineState.LATE);
		assertThat(deadline.remainingWorkingSeconds(at("2026-02-23T10:00"))).isEqualTo(7 * 3600);
	}

	@Test
	void stepSharesAddUpToTheLegalTime() {
		List<LocalDateTime> dues = this.deadlines.stepDues(at("2026-03-02T09:30"), TimeLimit.workingDays(15), 1, 2, 2);
		assertThat(StepShares.split(15, 1, 2, 2)).containsExactly(3, 6, 6);
		assertThat(dues).containsExactly(at("2026-03-05T09:30"), at("2026-03-13T09:30"), at("2026-03-23T09:30"));
		assertThat(dues.get(2)).isEqualTo(this.deadlines.due(at("2026-03-02T09:30"), TimeLimit.workingDays(15)));
	}

	@Test
	void eachResultRecordsTheScheduleVersionsItUsed() {
		assertThat(this.deadlines.compute(at("2026-02-10T09:30"), TimeLimit.workingDays(5)).calendarVersion())
			.isEqualTo("2026:1");
		assertThat(this.deadlines.compute(at("2025-12-29T09:30"), TimeLimit.workingDays(10)).calendarVersions())
			.containsEntry(2025, 1)
			.containsEntry(2026, 1);
		assertThat(this.deadlines.compute(at("2031-03-03T09:30"), TimeLimit.workingDays(5)).calendarVersion())
			.isEqualTo("2031:0");
	}

	@Test
	void refusesToCountBeyondTheCoveredRange() {
		assertThatExceptionOfType(CalendarRangeException.class)
			.isThrownBy(() -> this.deadlines.due(at("2199-12-20T09:00"), TimeLimit.workingDays(30)));
		assertThatExceptionOfType(CalendarRangeException.class)
			.isThrownBy(() -> this.deadlines.due(at("1899-12-20T09:00"), TimeLimit.workingDays(3)));
	}

}
