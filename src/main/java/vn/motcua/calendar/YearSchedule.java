package vn.motcua.calendar;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The days off and make-up working days of one year.
 *
 * @param year the year
 * @param version incremented on each confirmed change; 0 for a provisional schedule
 * generated from the statute
 * @param provisional true when no official schedule is known: the entries are the
 * statutory candidates and Tết and the Quốc khánh adjacent day are only guesses
 * @param source where the schedule comes from (notices, data file, administrator)
 * @param entries the entries, one per date, in date order
 */
public record YearSchedule(int year, int version, boolean provisional, @Nullable String source,
		List<ScheduleEntry> entries) {

	public YearSchedule {
		entries = entries.stream().sorted(Comparator.comparing(ScheduleEntry::date)).toList();
	}

	public YearSchedule withEntries(List<ScheduleEntry> newEntries) {
		return new YearSchedule(this.year, this.version, this.provisional, this.source, newEntries);
	}

	public YearSchedule withVersion(int newVersion, boolean newProvisional, @Nullable String newSource) {
		return new YearSchedule(this.year, newVersion, newProvisional, newSource, this.entries);
	}

}
