package vn.motcua.calendar;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.calendar.internal.ScheduleFiles;

/**
 * Calendars for the tests: the shipped official schedules, statutory candidates
 * elsewhere.
 */
final class TestCalendars {

	private static final WorkingCalendar OFFICIAL = WorkingCalendar.of(officialSchedules());

	private TestCalendars() {
	}

	static List<YearSchedule> officialSchedules() {
		return ScheduleFiles.read(JsonMapper.builder().build())
			.stream()
			.map(ScheduleFiles.ScheduleFile::schedule)
			.toList();
	}

	static WorkingCalendar official() {
		return OFFICIAL;
	}

	static Deadlines deadlines() {
		return Deadlines.of(OFFICIAL, WorkingHours.DEFAULT);
	}

}
