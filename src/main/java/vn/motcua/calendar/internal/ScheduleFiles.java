package vn.motcua.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.motcua.calendar.ScheduleEntry;
import vn.motcua.calendar.ScheduleRules;
import vn.motcua.calendar.ScheduleViolation;
import vn.motcua.calendar.YearSchedule;

/**
 * The official yearly schedules shipped as data ({@code calendar/schedules/<year>.json}),
 * each file versioned and each entry carrying its source and whether it is confirmed.
 */
public final class ScheduleFiles {

	/** Where the files are, on the class path. */
	public static final String LOCATION = "classpath*:calendar/schedules/*.json";

	/** The content of one file. */
	public record ScheduleFile(int year, int version, @Nullable String source, List<ScheduleEntry> entries) {

		public YearSchedule schedule() {
			return new YearSchedule(this.year, this.version, false, this.source, this.entries);
		}

	}

	private ScheduleFiles() {
	}

	/**
	 * Reads and checks every shipped file.
	 * @throws IllegalStateException if a file is unreadable or inconsistent: shipped data
	 * must be right
	 */
	public static List<ScheduleFile> read(JsonMapper json) {
		List<ScheduleFile> files = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				try (InputStream in = resource.getInputStream()) {
					ScheduleFile file = json.readValue(in, ScheduleFile.class);
					List<ScheduleViolation> violations = ScheduleRules.check(file.schedule());
					if (!violations.isEmpty() || file.version() < 1
							|| !(file.year() + ".json").equals(resource.getFilename())) {
						throw new IllegalStateException("inconsistent schedule file " + resource + ": " + violations);
					}
					files.add(file);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		files.sort(Comparator.comparingInt(ScheduleFile::year));
		return files;
	}

}
