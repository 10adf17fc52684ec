package vn.motcua.calendar.internal;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import vn.motcua.calendar.StatutoryHolidays;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.WorkingHours;
import vn.motcua.calendar.YearSchedule;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.shared.DomainException;

/**
 * Keeps the calendar in force: loads the shipped schedules into the database when a year
 * is missing (at start-up, idempotently), builds the {@link WorkingCalendar} snapshot
 * from the stored years, and rebuilds it when a year changes — at once on this node, and
 * within {@code motcua.calendar.refresh-interval} on the others.
 */
@Service
public class DefaultWorkingCalendars implements WorkingCalendars, SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DefaultWorkingCalendars.class);

	private record Snapshot(WorkingCalendar calendar, String fingerprint, long checkedAt) {
	}

	private final CalendarStore store;

	private final Agencies agencies;

	private final CalendarProperties properties;

	private final TransactionOperations transactions;

	private final JsonMapper json;

	private final Clock clock;

	private volatile @Nullable Snapshot snapshot;

	private volatile boolean loaded;

	DefaultWorkingCalendars(CalendarStore store, Agencies agencies, CalendarProperties properties,
			TransactionOperations transactions, JsonMapper json, Clock clock) {
		this.store = store;
		this.agencies = agencies;
		this.properties = properties;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		loadShippedSchedules();
	}

	/** Stores each shipped schedule whose year is not stored yet. */
	synchronized void loadShippedSchedules() {
		if (this.loaded) {
			return;
		}
		for (ScheduleFiles.ScheduleFile file : ScheduleFiles.read(this.json)) {
			Boolean stored = this.transactions.execute((status) -> this.store.insertIfMissing(file.schedule(),
					CalendarStore.Origin.DATA_FILE, file.version(), "system", this.clock.instant()));
			if (Boolean.TRUE.equals(stored)) {
				log.info("Loaded the official schedule of {} (data version {})", file.year(), file.version());
			}
		}
		this.loaded = true;
	}

	@Override
	public WorkingCalendar current() {
		Snapshot current = this.snapshot;
		long now = System.nanoTime();
		if (current != null && now - current.checkedAt() < this.properties.refreshInterval().toNanos()) {
			return current.calendar();
		}
		return refresh(false).calendar();
	}

	/**
	 * Rebuilds the snapshot if the stored schedules changed (always with {@code force}).
	 */
	public synchronized WorkingCalendar reload() {
		return refresh(true).calendar();
	}

	private synchronized Snapshot refresh(boolean force) {
		loadShippedSchedules();
		String fingerprint = this.store.fingerprint();
		Snapshot current = this.snapshot;
		Snapshot next;
		if (!force && current != null && current.fingerprint().equals(fingerprint)) {
			next = new Snapshot(current.calendar(), fingerprint, System.nanoTime());
		}
		else {
			next = new Snapshot(WorkingCalendar.of(this.store.all()), fingerprint, System.nanoTime());
		}
		this.snapshot = next;
		return next;
	}

	@Override
	public WorkingCalendar asOf(String calendarVersion) {
		WorkingCalendar calendar = current();
		for (String part : calendarVersion.split(",")) {
			String[] yearAndVersion = part.strip().split(":");
			int year;
			int version;
			try {
				year = Integer.parseInt(yearAndVersion[0]);
				version = Integer.parseInt(yearAndVersion[1]);
			}
			catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
				throw DomainException.invalid("calendar.version.malformed", "calendarVersion", calendarVersion);
			}
			if (calendar.version(year) == version) {
				continue;
			}
			YearSchedule schedule = (version == 0) ? StatutoryHolidays.candidates(year)
					: this.store.revision(year, version)
						.orElseThrow(() -> DomainException.notFound("calendar.version.unknown", year, version));
			calendar = calendar.with(schedule);
		}
		return calendar;
	}

	@Override
	public WorkingHours hoursOf(@Nullable String agencyCode) {
		if (agencyCode == null || agencyCode.isBlank()) {
			return defaultHours();
		}
		Optional<AgencyView> agency = this.agencies.findByCode(agencyCode);
		if (agency.isEmpty()) {
			throw DomainException.invalid("calendar.agency.unknown", "agency", agencyCode);
		}
		// the agency's own hours, else those of the nearest agency above it
		for (int depth = 0; agency.isPresent() && depth < 16; depth++) {
			Optional<WorkingHours> hours = this.store.hours(agency.get().code());
			if (hours.isPresent()) {
				return hours.get();
			}
			String parent = agency.get().parentCode();
			agency = (parent != null) ? this.agencies.findByCode(parent) : Optional.empty();
		}
		return defaultHours();
	}

	public WorkingHours defaultHours() {
		return this.properties.defaultHours();
	}

}
