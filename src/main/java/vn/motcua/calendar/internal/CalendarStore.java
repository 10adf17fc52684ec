package vn.motcua.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.Holiday;
import vn.motcua.calendar.ScheduleEntry;
import vn.motcua.calendar.WorkingHours;
import vn.motcua.calendar.YearSchedule;

/**
 * The stored yearly schedules, their revisions and the agencies' working hours (SQL over
 * {@code calendar_*} tables). Writes are called inside the caller's transaction.
 */
@Repository
public class CalendarStore {

	/** Where a stored year comes from. */
	public enum Origin {

		DATA_FILE, ADMINISTRATOR

	}

	/** One version of a year, as kept in the history. */
	public record Revision(int year, int version, Instant changedAt, String changedBy, @Nullable String summary,
			List<ScheduleEntry> entries) {
	}

	private static final TypeReference<List<ScheduleEntry>> ENTRIES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CalendarStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Every stored year with its entries. */
	public List<YearSchedule> all() {
		Map<Integer, List<ScheduleEntry>> entries = new LinkedHashMap<>();
		this.jdbc.sql("SELECT * FROM calendar_entry ORDER BY day")
			.query((rs, n) -> Map.entry(rs.getInt("year"), entry(rs)))
			.list()
			.forEach((e) -> entries.computeIfAbsent(e.getKey(), (y) -> new ArrayList<>()).add(e.getValue()));
		return this.jdbc.sql("SELECT year, version, provisional, source FROM calendar_year ORDER BY year")
			.query((rs, n) -> new YearSchedule(rs.getInt("year"), rs.getInt("version"), rs.getBoolean("provisional"),
					rs.getString("source"), entries.getOrDefault(rs.getInt("year"), List.of())))
			.list();
	}

	/** Changes whenever any year is stored or changed: cheap to poll. */
	public String fingerprint() {
		return this.jdbc.sql("SELECT count(*) || ':' || coalesce(sum(version), 0) FROM calendar_year")
			.query(String.class)
			.single();
	}

	/**
	 * Stores a year unless one is already stored (idempotent: several application
	 * instances may load the same data files at once).
	 * @return whether this call stored it
	 */
	public boolean insertIfMissing(YearSchedule schedule, Origin origin, @Nullable Integer dataVersion, String actor,
			Instant now) {
		int inserted = this.jdbc
			.sql("""
					INSERT INTO calendar_year (year, version, provisional, origin, data_version, source, updated_at, updated_by)
					VALUES (:year, :version, :provisional, :origin, :dataVersion, :source, :now, :actor)
					ON CONFLICT (year) DO NOTHING""")
			.param("year", schedule.year())
			.param("version", schedule.version())
			.param("provisional", schedule.provisional())
			.param("origin", origin.name())
			.param("dataVersion", dataVersion)
			.param("source", schedule.source())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actor", actor)
			.update();
		if (inserted == 0) {
			return false;
		}
		insertEntries(schedule);
		insertRevision(schedule, actor, now, "loaded");
		return true;
	}

	/**
	 * Replaces a year's entries if its version is still {@code expectedVersion} (0: not
	 * stored yet), as version {@code schedule.version()}.
	 * @return false if someone else changed the year meanwhile
	 */
	public boolean replace(YearSchedule schedule, int expectedVersion, String actor, Instant now, String summary) {
		if (expectedVersion == 0) {
			if (!insertIfMissing(schedule, Origin.ADMINISTRATOR, null, actor, now)) {
				return false;
			}
			this.jdbc
				.sql("UPDATE calendar_year_revision SET summary = :summary WHERE year = :year AND version = :version")
				.param("summary", summary)
				.param("year", schedule.year())
				.param("version", schedule.version())
				.update();
			return true;
		}
		int updated = this.jdbc.sql("""
				UPDATE calendar_year SET version = :version, provisional = :provisional, origin = 'ADMINISTRATOR',
					source = :source, updated_at = :now, updated_by = :actor
				WHERE year = :year AND version = :expected""")
			.param("version", schedule.version())
			.param("provisional", schedule.provisional())
			.param("source", schedule.source())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actor", actor)
			.param("year", schedule.year())
			.param("expected", expectedVersion)
			.update();
		if (updated == 0) {
			return false;
		}
		this.jdbc.sql("DELETE FROM calendar_entry WHERE year = :year").param("year", schedule.year()).update();
		insertEntries(schedule);
		insertRevision(schedule, actor, now, summary);
		return true;
	}

	/** The versions of a year, newest first. */
	public List<Revision> revisions(int year) {
		return this.jdbc.sql("SELECT * FROM calendar_year_revision WHERE year = :year ORDER BY version DESC")
			.param("year", year)
			.query((rs, n) -> new Revision(rs.getInt("year"), rs.getInt("version"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("changed_by"),
					rs.getString("summary"), this.json.readValue(rs.getString("entries"), ENTRIES)))
			.list();
	}

	/** One stored version of a year, as it was. */
	public Optional<YearSchedule> revision(int year, int version) {
		return this.jdbc.sql("SELECT * FROM calendar_year_revision WHERE year = :year AND version = :version")
			.param("year", year)
			.param("version", version)
			.query((rs, n) -> new YearSchedule(year, version, false, rs.getString("source"),
					this.json.readValue(rs.getString("entries"), ENTRIES)))
			.optional();
	}

	private void insertEntries(YearSchedule schedule) {
		for (ScheduleEntry entry : schedule.entries()) {
			this.jdbc.sql("""
					INSERT INTO calendar_entry (day, year, kind, holiday, name, paired_with, source, confirmed)
					VALUES (:day, :year, :kind, :holiday, :name, :pairedWith, :source, :confirmed)""")
				.param("day", entry.date())
				.param("year", schedule.year())
				.param("kind", entry.kind().name())
				.param("holiday", (entry.holiday() != null) ? entry.holiday().name() : null)
				.param("name", entry.name())
				.param("pairedWith", entry.pairedWith())
				.param("source", entry.source())
				.param("confirmed", entry.confirmed())
				.update();
		}
	}

	private void insertRevision(YearSchedule schedule, String actor, Instant now, String summary) {
		this.jdbc.sql("""
				INSERT INTO calendar_year_revision (year, version, entries, source, changed_at, changed_by, summary)
				VALUES (:year, :version, CAST(:entries AS jsonb), :source, :now, :actor, :summary)""")
			.param("year", schedule.year())
			.param("version", schedule.version())
			.param("entries", this.json.writeValueAsString(schedule.entries()))
			.param("source", schedule.source())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actor", actor)
			.param("summary", summary)
			.update();
	}

	private static ScheduleEntry entry(ResultSet rs) throws SQLException {
		String holiday = rs.getString("holiday");
		return new ScheduleEntry(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
				(holiday != null) ? Holiday.valueOf(holiday) : null, rs.getString("name"),
				rs.getObject("paired_with", LocalDate.class), rs.getString("source"), rs.getBoolean("confirmed"));
	}

	// ------------------------------------------------------------------ working hours

	/**
	 * The agency's own hours, if it has any. Asked for every deadline of every dossier
	 * action (and up the hierarchy for agencies without their own), so remembered:
	 * forgotten on this node when hours are saved, and after {@link #HOURS_TTL} at most
	 * when another node saved them.
	 */
	public Optional<WorkingHours> hours(String agencyCode) {
		long now = System.nanoTime();
		KnownHours known = this.knownHours.get(agencyCode);
		if (known != null && now - known.at() < HOURS_TTL.toNanos()) {
			return known.hours();
		}
		Optional<WorkingHours> hours = readHours(agencyCode);
		if (this.knownHours.size() > 10_000) {
			this.knownHours.clear();
		}
		this.knownHours.put(agencyCode, new KnownHours(hours, now));
		return hours;
	}

	static final Duration HOURS_TTL = Duration.ofSeconds(30);

	private final Map<String, KnownHours> knownHours = new ConcurrentHashMap<>();

	private record KnownHours(Optional<WorkingHours> hours, long at) {
	}

	private Optional<WorkingHours> readHours(String agencyCode) {
		return this.jdbc.sql("SELECT * FROM calendar_working_hours WHERE agency_code = :code")
			.param("code", agencyCode)
			.query((rs, n) -> new WorkingHours(time(rs, "morning_start"), time(rs, "morning_end"),
					time(rs, "afternoon_start"), time(rs, "afternoon_end"), nullableTime(rs, "cut_off"),
					rs.getBoolean("saturday_morning_reception")))
			.optional();
	}

	/** The agencies that have their own hours, by code. */
	public Map<String, WorkingHours> allHours() {
		Map<String, WorkingHours> result = new LinkedHashMap<>();
		this.jdbc.sql("SELECT agency_code FROM calendar_working_hours ORDER BY agency_code")
			.query(String.class)
			.list()
			.forEach((code) -> readHours(code).ifPresent((h) -> result.put(code, h)));
		return result;
	}

	/** Sets an agency's hours; with {@code onlyIfMissing}, keeps hours already set. */
	public void saveHours(String agencyCode, WorkingHours hours, Instant now, boolean onlyIfMissing) {
		this.knownHours.clear();
		String insert = """
				INSERT INTO calendar_working_hours (agency_code, morning_start, morning_end, afternoon_start,
					afternoon_end, cut_off, saturday_morning_reception, updated_at)
				VALUES (:code, :ms, :me, :as, :ae, :cut, :saturday, :now)
				ON CONFLICT (agency_code) DO""";
		String onConflict = onlyIfMissing ? " NOTHING" : """
				UPDATE SET morning_start = :ms, morning_end = :me, afternoon_start = :as,
				afternoon_end = :ae, cut_off = :cut, saturday_morning_reception = :saturday, updated_at = :now""";
		this.jdbc.sql(insert + onConflict)
			.param("code", agencyCode)
			.param("ms", hours.morningStart())
			.param("me", hours.morningEnd())
			.param("as", hours.afternoonStart())
			.param("ae", hours.afternoonEnd())
			.param("cut", hours.cutOff())
			.param("saturday", hours.saturdayMorningReception())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	private static LocalTime time(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalTime.class);
	}

	private static @Nullable LocalTime nullableTime(ResultSet rs, String column) throws SQLException {
		Time time = rs.getTime(column);
		return (time != null) ? rs.getObject(column, LocalTime.class) : null;
	}

}
