package vn.motcua.reporting.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.calendar.Deadlines;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTimeline;
import vn.motcua.reporting.ProcessingReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random dossier histories applied event by event (in time order, with events
 * delivered twice and stale reads arriving late), the incremental statistics equal a
 * brute-force recount from the raw histories for every period and agency (and every union
 * of agencies). Seeded, so a failure repeats.
 */
@SpringBootTest
class StatisticsPropertyTests {

	static final String[] AGENCIES = { "PT.A", "PT.B", "PT.C" };

	static final String[] PROCEDURES = { "PT.1", "PT.2", "PT.3", "PT.4" };

	static final Map<String, String> FIELDS = Map.of("PT.1", "Hộ tịch", "PT.2", "Hộ tịch", "PT.3", "Đất đai", "PT.4",
			"Chứng thực");

	static final LocalDate BASE = LocalDate.of(2025, 1, 1);

	@Autowired
	FactStore store;

	@Autowired
	ProcessingQueries queries;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeSyntheticFacts() {
		this.jdbc.sql("delete from reporting_fact where agency_code like 'PT.%'").update();
		this.jdbc.sql("delete from reporting_span where agency_code like 'PT.%'").update();
		this.jdbc.sql("delete from reporting_day where agency_code like 'PT.%'").update();
		this.jdbc.sql("delete from reporting_month where agency_code like 'PT.%'").update();
	}

	@Test
	void incrementalStatisticsEqualABruteForceRecountForEveryPeriodAndAgency() {
		long[] covered = new long[15];
		for (long seed = 1; seed <= 4; seed++) {
			removeSyntheticFacts();
			Random random = new Random(seed);
			List<DossierTimeline> histories = new ArrayList<>();
			for (int i = 0; i < 150; i++) {
				histories.add(history(random, "PT-" + seed + "-" + i));
			}
			// some end returned with a refusal after appraisal, which must not count as
			// resolved
			assertThat(histories).filteredOn(DossierTimeline::refusedAfterAppraisal)
				.anySatisfy((h) -> assertThat(h.status()).isIn(DossierStatus.RESOLVED, DossierStatus.RETURNED));
			applyIncrementally(histories, random);
			List<Set<String>> unions = List.of(Set.of("PT.A"), Set.of("PT.B"), Set.of("PT.C"), Set.of("PT.A", "PT.C"),
					Set.of(AGENCIES));
			for (int p = 0; p < 25; p++) {
				LocalDate from = BASE.minusDays(5).plusDays(random.nextInt(200));
				LocalDate to = from.plusDays(random.nextInt((p % 3 == 0) ? 3 : 120));
				for (Set<String> agencies : unions) {
					Map<String, long[]> expected = bruteForce(histories, agencies, from, to);
					expected.values().forEach((v) -> {
						for (int i = 0; i < v.length; i++) {
							covered[i] += v[i];
						}
					});
					Map<String, long[]> actual = new TreeMap<>();
					for (ProcessingReport.FieldRow row : this.queries.byField(agencies, from, to)) {
						actual.put(row.field(), values(row));
					}
					assertThat(flatten(actual)).as("seed %d, %s, %s..%s", seed, agencies, from, to)
						.isEqualTo(flatten(expected));
					if (p % 5 == 0) {
						checkDrillDown(agencies, from, to, expected);
					}
				}
			}
		}
		// the histories exercise every column, so that a wrong one cannot pass unseen
		assertThat(java.util.Arrays.stream(covered).boxed().toList()).allSatisfy((n) -> assertThat(n).isPositive());
	}

	/**
	 * An import applies all its dossiers in one transaction: 40,000 of them (more than
	 * PostgreSQL's lock table holds with its default settings, had each dossier its own
	 * lock) are applied at once, and the figures equal the recount.
	 */
	@Test
	void aLargeImportIsAppliedInOneTransaction() {
		Random random = new Random(99);
		List<DossierTimeline> histories = new ArrayList<>();
		List<DossierFact> facts = new ArrayList<>();
		for (int i = 0; i < 40_000; i++) {
			DossierTimeline history = history(random, "PT-big-" + i);
			histories.add(history);
			facts.add(DossierFact.of(history, FIELDS.get(history.procedureCode())));
		}
		assertThat(this.store.apply(facts)).isEqualTo(facts.size());
		assertThat(this.store.apply(facts)).as("applied again: nothing changes").isZero();
		LocalDate from = BASE.minusDays(30);
		LocalDate to = BASE.plusDays(400);
		Map<String, long[]> actual = new TreeMap<>();
		for (ProcessingReport.FieldRow row : this.queries.byField(Set.of(AGENCIES), from, to)) {
			actual.put(row.field(), values(row));
		}
		assertThat(flatten(actual)).isEqualTo(flatten(bruteForce(histories, Set.of(AGENCIES), from, to)));
	}

	/** Every number's list of dossiers has as many dossiers as the number says. */
	private void checkDrillDown(Set<String> agencies, LocalDate from, LocalDate to, Map<String, long[]> expected) {
		ProcessingQueries.Measure[] measures = { ProcessingQueries.Measure.RECEIVED_TOTAL,
				ProcessingQueries.Measure.RECEIVED_ONLINE, ProcessingQueries.Measure.RECEIVED_DIRECT,
				ProcessingQueries.Measure.RECEIVED_CARRIED_OVER, ProcessingQueries.Measure.RESOLVED_TOTAL,
				ProcessingQueries.Measure.RESOLVED_EARLY, ProcessingQueries.Measure.RESOLVED_ON_TIME,
				ProcessingQueries.Measure.RESOLVED_LATE, ProcessingQueries.Measure.IN_PROGRESS_TOTAL,
				ProcessingQueries.Measure.IN_PROGRESS_WITHIN, ProcessingQueries.Measure.IN_PROGRESS_OVERDUE,
				ProcessingQueries.Measure.REFUSED, ProcessingQueries.Measure.WITHDRAWN,
				ProcessingQueries.Measure.STOPPED, ProcessingQueries.Measure.APOLOGIES };
		for (int m = 0; m < measures.length; m++) {
			long sum = 0;
			for (long[] v : expected.values()) {
				sum += v[m];
			}
			assertThat(this.queries.dossiers(agencies, from, to, measures[m], null, 0, 1).total())
				.as("%s %s %s..%s", measures[m], agencies, from, to)
				.isEqualTo(sum);
		}
	}

	static long[] values(ProcessingReport.FieldRow r) {
		return new long[] { r.received().total(), r.received().online(), r.received().direct(),
				r.received().carriedOver(), r.resolved().total(), r.resolved().early(), r.resolved().onTime(),
				r.resolved().late(), r.inProgress().total(), r.inProgress().withinDeadline(), r.inProgress().overdue(),
				r.refused(), r.withdrawn(), r.stopped(), r.apologies() };
	}

	static Map<String, List<Long>> flatten(Map<String, long[]> rows) {
		Map<String, List<Long>> flat = new TreeMap<>();
		rows.forEach((field, v) -> {
			if (java.util.Arrays.stream(v).anyMatch((x) -> x != 0)) {
				flat.put(field, java.util.Arrays.stream(v).boxed().toList());
			}
		});
		return flat;
	}

	/**
	 * Applies the state of each dossier after each of its events, in the order the events
	 * happened, sometimes twice, sometimes several dossiers at once, and sometimes a
	 * stale state after a newer one (a slow reader): what the event listener does.
	 */
	private void applyIncrementally(List<DossierTimeline> histories, Random random) {
		record Step(DossierTimeline history, int k) {
		}
		List<Step> steps = new ArrayList<>();
		for (DossierTimeline h : histories) {
			for (int k = 1; k <= h.entries().size(); k++) {
				steps.add(new Step(h, k));
			}
		}
		steps.sort(Comparator.comparing((Step s) -> s.history().entries().get(s.k() - 1).at()));
		List<DossierFact> batch = new ArrayList<>();
		for (Step step : steps) {
			DossierFact fact = DossierFact.of(prefix(step.history(), step.k()),
					FIELDS.get(step.history().procedureCode()));
			batch.add(fact);
			if (random.nextInt(10) == 0) {
				batch.add(fact);
			}
			if (step.k() > 1 && random.nextInt(12) == 0) {
				this.store.apply(List.of(fact));
				this.store.apply(List.of(DossierFact.of(prefix(step.history(), step.k() - 1),
						FIELDS.get(step.history().procedureCode()))));
			}
			if (random.nextInt(4) == 0) {
				// one batch holds one state per dossier, as a listener reads it
				Map<String, DossierFact> latest = new HashMap<>();
				batch.forEach((f) -> latest.merge(f.code(), f, (a, b) -> (a.version() >= b.version()) ? a : b));
				this.store.apply(latest.values());
				batch.clear();
			}
		}
		Map<String, DossierFact> latest = new HashMap<>();
		batch.forEach((f) -> latest.merge(f.code(), f, (a, b) -> (a.version() >= b.version()) ? a : b));
		this.store.apply(latest.values());
	}

	/** The dossier as it was right after its k-th event. */
	static DossierTimeline prefix(DossierTimeline h, int k) {
		List<DossierTimeline.Entry> entries = h.entries().subList(0, k);
		DossierTimeline.Entry last = entries.get(k - 1);
		Instant received = null;
		Instant resolved = null;
		Instant originalDue = null;
		boolean apologized = false;
		boolean refusedAfterAppraisal = false;
		for (DossierTimeline.Entry e : entries) {
			if (e.action() == DossierAction.REFUSE && e.to() != DossierStatus.NOT_RECEIVED) {
				refusedAfterAppraisal = true;
			}
			if (e.to() == DossierStatus.RECEIVED && received == null) {
				received = e.at();
			}
			if (e.to() == DossierStatus.RESOLVED) {
				resolved = e.at();
			}
			if (e.action() == DossierAction.APOLOGIZE) {
				apologized = true;
				originalDue = h.originalDueAt();
			}
		}
		return new DossierTimeline(h.code(), h.procedureCode(), h.agencyCode(), h.deskAgencyCode(), h.channel(),
				last.to(), h.submittedAt(), received, last.dueAt(), originalDue, resolved, null,
				(resolved != null) ? h.outcome() : null, apologized, false, List.copyOf(entries), 0,
				refusedAfterAppraisal);
	}

	/**
	 * A random life: intake, work, perhaps a supplement, an apology, and an end or none;
	 * an end with a result is sometimes a refusal after appraisal, approved, then
	 * returned.
	 */
	static DossierTimeline history(Random random, String code) {
		String agency = AGENCIES[random.nextInt(AGENCIES.length)];
		String procedure = PROCEDURES[random.nextInt(PROCEDURES.length)];
		Channel channel = Channel.values()[random.nextInt(3)];
		Instant t = instant(BASE.minusDays(20).plusDays(random.nextInt(220)), random);
		List<DossierTimeline.Entry> entries = new ArrayList<>();
		Instant submitted = t;
		if (channel == Channel.ONLINE) {
			entries.add(new DossierTimeline.Entry(DossierAction.SUBMIT, null, DossierStatus.NEW, t, null, "congdan"));
			t = later(t, random);
			if (random.nextInt(8) == 0) {
				entries.add(new DossierTimeline.Entry(DossierAction.REFUSE, DossierStatus.NEW,
						DossierStatus.NOT_RECEIVED, t, null, "tiepnhan"));
				return new DossierTimeline(code, procedure, agency, agency, channel, DossierStatus.NOT_RECEIVED,
						submitted, null, null, null, null, null, null, false, false, entries);
			}
		}
		Instant due = t.plus(Duration.ofHours(24 * (1 + random.nextInt(15))));
		if (random.nextInt(6) == 0) {
			// due exactly at the start of a day: the boundary of a period
			due = ProcessingQueries.start(LocalDate.ofInstant(due, Deadlines.VIETNAM));
		}
		entries.add(new DossierTimeline.Entry(
				(channel == Channel.ONLINE) ? DossierAction.RECEIVE : DossierAction.REGISTER,
				(channel == Channel.ONLINE) ? DossierStatus.NEW : null, DossierStatus.RECEIVED, t, due, "tiepnhan"));
		DossierStatus status = DossierStatus.RECEIVED;
		Instant originalDue = null;
		Instant resolved = null;
		String outcome = null;
		boolean apologized = false;
		boolean refusedAfterAppraisal = false;
		int events = random.nextInt(7);
		for (int i = 0; i < events; i++) {
			t = later(t, random);
			int kind = random.nextInt(10);
			if (kind < 3 && status == DossierStatus.RECEIVED) {
				entries.add(entry(DossierAction.FORWARD, status, DossierStatus.PROCESSING, t, due));
				status = DossierStatus.PROCESSING;
			}
			else if (kind == 3 && status == DossierStatus.PROCESSING) {
				entries
					.add(entry(DossierAction.REQUEST_SUPPLEMENT, status, DossierStatus.SUPPLEMENT_REQUESTED, t, due));
				status = DossierStatus.SUPPLEMENT_REQUESTED;
			}
			else if (status == DossierStatus.SUPPLEMENT_REQUESTED) {
				due = due.plus(Duration.ofHours(random.nextInt(100)));
				entries.add(entry(DossierAction.SUPPLEMENT, status, DossierStatus.PROCESSING, t, due));
				status = DossierStatus.PROCESSING;
			}
			else if (kind == 4 && !apologized && status.isOpen()) {
				apologized = true;
				originalDue = due;
				due = due.plus(Duration.ofDays(1 + random.nextInt(5)));
				entries.add(entry(DossierAction.APOLOGIZE, status, status, t, due));
			}
			else if (kind == 5 && status.isOpen()) {
				DossierStatus end = random.nextBoolean() ? DossierStatus.WITHDRAWN : DossierStatus.STOPPED;
				entries.add(
						entry(random.nextBoolean() ? DossierAction.WITHDRAW : DossierAction.STOP, status, end, t, due));
				status = end;
				break;
			}
			else if (kind >= 6 && status == DossierStatus.PROCESSING) {
				if (random.nextInt(4) == 0) {
					// the appraisal concludes with a refusal, a leader approves it: the
					// status does not change until the refusal paper is ready
					refusedAfterAppraisal = true;
					entries.add(entry(DossierAction.REFUSE, status, status, t, due));
					t = later(t, random);
					entries.add(entry(DossierAction.APPROVE, status, status, t, due));
					t = later(t, random);
				}
				if (random.nextInt(5) == 0) {
					t = ProcessingQueries.start(LocalDate.ofInstant(t, Deadlines.VIETNAM).plusDays(1));
				}
				entries.add(entry(DossierAction.RESULT_READY, status, DossierStatus.RESOLVED, t, due));
				status = DossierStatus.RESOLVED;
				resolved = t;
				Instant measured = (originalDue != null) ? originalDue : due;
				outcome = t.isAfter(measured) ? "LATE" : LocalDate.ofInstant(t, Deadlines.VIETNAM)
					.isBefore(LocalDate.ofInstant(measured, Deadlines.VIETNAM)) ? "EARLY" : "ON_TIME";
				if (random.nextBoolean()) {
					t = later(t, random);
					entries.add(entry(DossierAction.RETURN_RESULT, status, DossierStatus.RETURNED, t, due));
					status = DossierStatus.RETURNED;
				}
				break;
			}
			else if (status.isOpen()) {
				// a forward between steps: nothing changes for statistics
				entries.add(entry(DossierAction.FORWARD, status, status, t, due));
			}
		}
		return new DossierTimeline(code, procedure, agency, agency, channel, status, submitted,
				entries.stream()
					.filter((e) -> e.to() == DossierStatus.RECEIVED)
					.map(DossierTimeline.Entry::at)
					.findFirst()
					.orElseThrow(),
				due, originalDue, resolved, null, outcome, apologized, false, entries, 0, refusedAfterAppraisal);
	}

	static DossierTimeline.Entry entry(DossierAction action, DossierStatus from, DossierStatus to, Instant at,
			Instant due) {
		return new DossierTimeline.Entry(action, from, to, at, due, "chuyenvien");
	}

	static Instant instant(LocalDate day, Random random) {
		Instant start = ProcessingQueries.start(day);
		return (random.nextInt(10) == 0) ? start : start.plusSeconds(random.nextInt(86400));
	}

	static Instant later(Instant t, Random random) {
		return (random.nextInt(8) == 0) ? ProcessingQueries.start(LocalDate.ofInstant(t, Deadlines.VIETNAM).plusDays(1))
				: t.plusSeconds(1 + random.nextInt(6 * 86400));
	}

	/**
	 * The figures per field straight from the histories, by replaying each one up to the
	 * instants that matter: independent of the facts, spans and counters.
	 */
	static Map<String, long[]> bruteForce(List<DossierTimeline> histories, Set<String> agencies, LocalDate from,
			LocalDate to) {
		Instant start = ProcessingQueries.start(from);
		Instant end = ProcessingQueries.start(to.plusDays(1));
		Map<String, long[]> rows = new TreeMap<>();
		for (DossierTimeline h : histories) {
			if (!agencies.contains(h.agencyCode())) {
				continue;
			}
			long[] v = rows.computeIfAbsent(FIELDS.get(h.procedureCode()), (f) -> new long[15]);
			Instant received = null;
			for (DossierTimeline.Entry e : h.entries()) {
				// refused at intake only: a refusal after appraisal is returned, below
				if (e.action() == DossierAction.REFUSE && e.to() == DossierStatus.NOT_RECEIVED
						&& in(e.at(), start, end)) {
					v[11]++;
				}
				if (e.action() == DossierAction.APOLOGIZE && in(e.at(), start, end)) {
					v[14]++;
				}
				if (e.to() == DossierStatus.RECEIVED && received == null) {
					received = e.at();
				}
			}
			if (received == null) {
				continue;
			}
			boolean newly = in(received, start, end);
			if (newly) {
				v[(h.channel() == Channel.ONLINE) ? 1 : 2]++;
			}
			if (received.isBefore(start) && !finished(h, start)) {
				v[3]++;
			}
			for (DossierTimeline.Entry e : h.entries()) {
				if (!in(e.at(), start, end) || e.from() == e.to()) {
					continue;
				}
				if (e.to() == DossierStatus.RESOLVED && h.refusedAfterAppraisal()) {
					// returned refused (trả lại): with the stopped ones, outside column
					// (7)
					v[13]++;
				}
				else if (e.to() == DossierStatus.RESOLVED) {
					v[4]++;
					v[switch (java.util.Objects.requireNonNull(h.outcome())) {
						case "EARLY" -> 5;
						case "ON_TIME" -> 6;
						default -> 7;
					}]++;
				}
				else if (e.to() == DossierStatus.WITHDRAWN) {
					v[12]++;
				}
				else if (e.to() == DossierStatus.STOPPED) {
					v[13]++;
				}
			}
			if (received.isBefore(end) && !finished(h, end)) {
				v[8]++;
				// the state and appointment in force at the end of the period
				DossierStatus status = null;
				Instant due = null;
				boolean apologized = false;
				for (DossierTimeline.Entry e : h.entries()) {
					if (!e.at().isBefore(end)) {
						break;
					}
					status = e.to();
					due = e.dueAt();
					apologized |= e.action() == DossierAction.APOLOGIZE;
				}
				if (apologized) {
					due = h.originalDueAt();
				}
				boolean paused = status == DossierStatus.SUPPLEMENT_REQUESTED;
				if (!paused && due != null && due.isBefore(end)) {
					v[10]++;
				}
				else {
					v[9]++;
				}
			}
			v[0] = v[1] + v[2] + v[3];
		}
		return rows;
	}

	/** Whether the dossier had left the administration before the instant. */
	static boolean finished(DossierTimeline h, Instant at) {
		for (DossierTimeline.Entry e : h.entries()) {
			if (e.at().isBefore(at) && (e.to() == DossierStatus.RESOLVED || e.to() == DossierStatus.RETURNED
					|| e.to() == DossierStatus.WITHDRAWN || e.to() == DossierStatus.STOPPED)) {
				return true;
			}
		}
		return false;
	}

	static boolean in(Instant at, Instant start, Instant end) {
		return !at.isBefore(start) && at.isBefore(end);
	}

}
