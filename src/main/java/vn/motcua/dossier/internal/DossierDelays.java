package vn.motcua.dossier.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierView;
import vn.motcua.identity.Role;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.DomainException;

/**
 * Delay attribution: which step, unit and officer used more time than the step's share of
 * the legal time — for one dossier, and summed per unit and officer for accountability.
 * Times are in the unit of the procedure's process (working time, or real time for
 * processes counted in calendar days); a step still running counts the time used until
 * now.
 */
@Service
public class DossierDelays {

	static final BigDecimal HOUR = BigDecimal.valueOf(3600);

	private final DossierStore store;

	private final DossierWorkflow workflow;

	private final WorkingCalendars calendars;

	private final Agencies agencies;

	private final JdbcClient jdbc;

	private final Clock clock;

	DossierDelays(DossierStore store, DossierWorkflow workflow, WorkingCalendars calendars, Agencies agencies,
			JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.workflow = workflow;
		this.calendars = calendars;
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The steps of a dossier that overran their share, for those who may see it. */
	public DossierDelaysView of(String code, Actor actor) {
		Dossier dossier = this.store.findByCode(code)
			.orElseThrow(() -> DomainException.notFound("dossier.unknown", code));
		if (!this.workflow.maySee(dossier, actor)) {
			throw DomainException.forbidden("dossier.out-of-scope");
		}
		Instant now = this.clock.instant();
		Deadlines deadlines = this.calendars.deadlines(dossier.deskAgencyCode);
		Map<String, String> names = new LinkedHashMap<>();
		List<StepDelay> delays = new ArrayList<>();
		long total = 0;
		for (DossierView.StepRecordView step : this.store.steps(dossier.id)) {
			boolean running = step.usedSeconds() == null;
			long used;
			if (!running) {
				used = step.usedSeconds();
			}
			else if (dossier.content.processUnit == TimeLimit.Unit.CALENDAR_DAYS) {
				used = now.getEpochSecond() - step.startedAt().getEpochSecond();
			}
			else {
				used = Math.max(0,
						deadlines.workingSecondsBetween(DossierWorkflow.local(step.startedAt()),
								DossierWorkflow.local(now.isBefore(step.startedAt()) ? step.startedAt() : now))
								- dossier.content.stepPausedSeconds);
			}
			if (used <= step.allowedSeconds()) {
				continue;
			}
			long over = used - step.allowedSeconds();
			total += over;
			delays.add(new StepDelay(step.stepIndex(), step.name(), step.agencyCode(), name(names, step.agencyCode()),
					step.handledBy(), step.startedAt(), step.finishedAt(), step.allowedSeconds(), used, over,
					hours(over), running));
		}
		return new DossierDelaysView(dossier.requireCode(), dossier.dueAt, dossier.outcome, total, hours(total),
				delays);
	}

	/**
	 * Per unit and officer: steps finished in the period (dates in Vietnam, inclusive),
	 * how many used more than their share, and the time beyond it. The agency and the
	 * units below it, as far as the actor's scope reaches.
	 */
	public DelayReport report(Actor actor, @Nullable String agency, @Nullable LocalDate from, @Nullable LocalDate to) {
		if (!actor.isStaff() || !(actor.hasRole(Role.SYSTEM_ADMIN) || actor.hasRole(Role.INSPECTOR)
				|| actor.hasRole(Role.AGENCY_LEADER) || actor.hasRole(Role.DEPARTMENT_LEADER))) {
			throw DomainException.forbidden("dossier.delays.role");
		}
		String own = actor.agencyCode();
		String root = (agency != null && !agency.isBlank()) ? agency.strip().toUpperCase(java.util.Locale.ROOT) : own;
		if (root == null) {
			throw DomainException.forbidden("dossier.out-of-scope");
		}
		if (!this.agencies.exists(root)) {
			throw DomainException.invalid("dossier.agency.unknown", "agency", root);
		}
		Set<String> scope = this.workflow.scopeOf(actor);
		if (!scope.contains(root)) {
			throw DomainException.forbidden("dossier.out-of-scope");
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Deadlines.VIETNAM);
		LocalDate end = (to != null) ? to : today;
		LocalDate start = (from != null) ? from : end.minusMonths(12);
		if (start.isAfter(end)) {
			throw DomainException.invalid("dossier.delays.period", "from", start, end);
		}
		String[] codes = this.agencies.withDescendants(root)
			.stream()
			.filter(scope::contains)
			.sorted()
			.toArray(String[]::new);
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, UnitDelays> units = new LinkedHashMap<>();
		this.jdbc.sql("""
				select agency_code, coalesce(handled_by, '-') as officer, count(*) as steps,
				  count(*) filter (where used_seconds > allowed_seconds) as over,
				  coalesce(sum(used_seconds - allowed_seconds) filter (where used_seconds > allowed_seconds), 0)
				    as overrun
				from dossier_step
				where used_seconds is not null and finished_at >= ? and finished_at < ? and agency_code = any(?)
				group by agency_code, coalesce(handled_by, '-')
				order by agency_code, overrun desc, officer""")
			.params(Timestamp.from(start.atStartOfDay(Deadlines.VIETNAM).toInstant()),
					Timestamp.from(end.plusDays(1).atStartOfDay(Deadlines.VIETNAM).toInstant()), codes)
			.query((rs, n) -> {
				String unit = rs.getString("agency_code");
				OfficerDelays officer = new OfficerDelays(rs.getString("officer"), rs.getLong("steps"),
						rs.getLong("over"), rs.getLong("overrun"), hours(rs.getLong("overrun")));
				UnitDelays before = units.get(unit);
				List<OfficerDelays> officers = new ArrayList<>((before != null) ? before.officers() : List.of());
				officers.add(officer);
				units.put(unit, new UnitDelays(unit, name(names, unit),
						((before != null) ? before.stepsHandled() : 0) + officer.stepsHandled(),
						((before != null) ? before.stepsOverShare() : 0) + officer.stepsOverShare(),
						((before != null) ? before.overrunSeconds() : 0) + officer.overrunSeconds(),
						hours(((before != null) ? before.overrunSeconds() : 0) + officer.overrunSeconds()), officers));
				return unit;
			})
			.list();
		List<UnitDelays> sorted = new ArrayList<>(units.values());
		sorted.sort(java.util.Comparator.comparingLong(UnitDelays::overrunSeconds)
			.reversed()
			.thenComparing(UnitDelays::agencyCode));
		return new DelayReport(root, name(names, root), start, end, sorted);
	}

	private String name(Map<String, String> names, String code) {
		return names.computeIfAbsent(code, (c) -> this.agencies.findByCode(c).map(AgencyView::name).orElse(c));
	}

	static BigDecimal hours(long seconds) {
		return BigDecimal.valueOf(seconds).divide(HOUR, 1, RoundingMode.HALF_UP);
	}

	/** The delays of one dossier. */
	@Schema(description = "The steps of a dossier that used more than their share of the legal time")
	public record DossierDelaysView(@Schema(description = "Dossier code") String code,
			@Schema(description = "Appointment", nullable = true) @Nullable Instant dueAt,
			@Schema(description = "EARLY, ON_TIME or LATE once resolved", nullable = true) @Nullable String outcome,
			@Schema(description = "Time beyond the shares, in seconds") long overrunSeconds,
			@Schema(description = "Time beyond the shares, in working hours") BigDecimal overrunHours,
			@Schema(description = "The steps that overran, oldest first") List<StepDelay> steps) {

	}

	/** One step that overran its share. */
	@Schema(description = "A step that used more than its share")
	public record StepDelay(@Schema(description = "Index of the step in the process") int stepIndex,
			@Schema(description = "Step name") String name, @Schema(description = "Unit code") String agencyCode,
			@Schema(description = "Unit name") String agencyName,
			@Schema(description = "Officer who handled it; none while it runs unassigned",
					nullable = true) @Nullable String handledBy,
			@Schema(description = "Started") Instant startedAt,
			@Schema(description = "Finished; none while it runs", nullable = true) @Nullable Instant finishedAt,
			@Schema(description = "Share of the legal time, in seconds") long allowedSeconds,
			@Schema(description = "Time used (until now while it runs), in seconds") long usedSeconds,
			@Schema(description = "Time beyond the share, in seconds") long overrunSeconds,
			@Schema(description = "Time beyond the share, in working hours") BigDecimal overrunHours,
			@Schema(description = "Whether the step is still running") boolean running) {

	}

	/** The accountability report. */
	@Schema(description = "Steps over their share per unit and officer, in a period")
	public record DelayReport(@Schema(description = "Agency asked for (with the units below it)") String agencyCode,
			@Schema(description = "Its name") String agencyName,
			@Schema(description = "First day (steps finished from)") LocalDate from,
			@Schema(description = "Last day, inclusive") LocalDate to,
			@Schema(description = "Units, most overrun first") List<UnitDelays> units) {

	}

	/** One unit's steps. */
	@Schema(description = "The steps of one unit")
	public record UnitDelays(String agencyCode, String agencyName,
			@Schema(description = "Steps finished") long stepsHandled,
			@Schema(description = "Steps that used more than their share") long stepsOverShare,
			@Schema(description = "Time beyond the shares, in seconds") long overrunSeconds,
			@Schema(description = "Time beyond the shares, in working hours") BigDecimal overrunHours,
			@Schema(description = "Per officer, most overrun first") List<OfficerDelays> officers) {

	}

	/** One officer's steps in a unit. */
	@Schema(description = "The steps of one officer in a unit")
	public record OfficerDelays(@Schema(description = "Officer (username as recorded; - when unknown)") String officer,
			@Schema(description = "Steps finished") long stepsHandled,
			@Schema(description = "Steps that used more than their share") long stepsOverShare,
			@Schema(description = "Time beyond the shares, in seconds") long overrunSeconds,
			@Schema(description = "Time beyond the shares, in working hours") BigDecimal overrunHours) {

	}

}
