package vn.motcua.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalog.Procedures;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierTimeline;
import vn.motcua.dossier.DossierTimelines;
import vn.motcua.dossier.DossierTransitioned;
import vn.motcua.dossier.DossiersImported;

/**
 * Keeps the statistics: each dossier event refreshes that dossier's fact; each historical
 * import refreshes the dossiers imported since the last one seen (with a margin, harmless
 * because applying a fact again changes nothing); {@link #rebuild} recounts everything
 * from the dossier history, and {@link #check} compares the stored statistics with such a
 * recount without changing them.
 */
@Component
public class Statistics {

	private static final Logger log = LoggerFactory.getLogger(Statistics.class);

	static final String BUILT = "built";

	static final String IMPORTS = "imports";

	/** Imports committed out of order are still seen. */
	static final Duration IMPORT_MARGIN = Duration.ofMinutes(30);

	static final int BATCH = 2000;

	static final String NO_FIELD = "—";

	private final DossierTimelines timelines;

	private final FactStore store;

	private final Procedures procedures;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Map<String, String> fields = new ConcurrentHashMap<>();

	private final Map<String, Deadlines> deadlines = new ConcurrentHashMap<>();

	private final WorkingCalendars calendars;

	Statistics(DossierTimelines timelines, FactStore store, Procedures procedures, Clock clock, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, WorkingCalendars calendars) {
		this.calendars = calendars;
		this.timelines = timelines;
		this.store = store;
		this.procedures = procedures;
		this.clock = clock;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@ApplicationModuleListener
	void on(DossierTransitioned event) {
		if (event.action() == DossierAction.DUE_SOON || event.action() == DossierAction.OVERDUE) {
			return;
		}
		refresh(event.code());
	}

	@ApplicationModuleListener
	void on(DossiersImported event) {
		if (event.imported() == 0) {
			return;
		}
		followImports();
	}

	/** Refreshes one dossier's fact from its timeline. */
	void refresh(String code) {
		this.timelines.find(code).ifPresent((t) -> this.store.apply(List.of(fact(t))));
	}

	/** Applies the dossiers imported since the last import seen. */
	void followImports() {
		this.transactions.executeWithoutResult((status) -> followImportsInTransaction());
	}

	private void followImportsInTransaction() {
		Instant since = this.store.marker(IMPORTS).map((at) -> at.minus(IMPORT_MARGIN)).orElse(Instant.EPOCH);
		Instant[] latest = { since };
		int applied = stream((consumer) -> this.timelines.forEachImportedSince(since, (t) -> {
			Instant at = t.entries().get(0).at();
			if (at.isAfter(latest[0])) {
				latest[0] = at;
			}
			consumer.accept(t);
		}));
		this.store.mark(IMPORTS, latest[0]);
		log.info("Statistics: {} imported dossiers applied", applied);
	}

	/**
	 * Empties the statistics and counts every dossier again from its history, in one
	 * transaction (readers see the old figures until it commits); how many dossiers.
	 */
	public int rebuild() {
		Integer count = this.transactions.execute((status) -> {
			// one rebuild at a time across nodes
			this.jdbc.sql("select 1 from (select pg_advisory_xact_lock(?)) l")
				.param(FactStore.REBUILD_LOCK)
				.query()
				.rowSet();
			this.store.clear();
			int n = stream(this.timelines::forEach);
			this.store.mark(BUILT, this.clock.instant());
			this.store.mark(IMPORTS, this.clock.instant());
			return n;
		});
		return Objects.requireNonNull(count);
	}

	/** Builds the statistics if they never were (first start, or an upgrade). */
	void buildIfNeeded() {
		if (this.store.marker(BUILT).isEmpty()) {
			long started = System.nanoTime();
			int n = rebuild();
			log.info("Statistics built from {} dossiers in {} ms", n, (System.nanoTime() - started) / 1_000_000);
		}
	}

	/**
	 * Compares the stored statistics with a full recount from the dossier history.
	 */
	public Check check() {
		Map<String, DossierFact> expected = new HashMap<>();
		Map<String, List<DossierFact.Span>> expectedSpans = new HashMap<>();
		DayCounts counts = new DayCounts();
		this.timelines.forEach((t) -> {
			DossierFact fact = fact(t);
			expected.put(fact.code(), FactStore.withoutSpans(fact));
			if (!fact.spans().isEmpty()) {
				expectedSpans.put(fact.code(), fact.spans());
			}
			counts.add(fact, 1);
		});
		Map<String, DossierFact> stored = this.store.allFacts();
		Map<String, List<DossierFact.Span>> storedSpans = this.store.allSpans();
		List<String> differences = new ArrayList<>();
		for (Map.Entry<String, DossierFact> e : expected.entrySet()) {
			DossierFact s = stored.get(e.getKey());
			if (!e.getValue().equals(s)) {
				differences.add("fact " + e.getKey() + ": expected " + e.getValue() + ", stored " + s);
			}
			else if (!Objects.equals(expectedSpans.get(e.getKey()), storedSpans.get(e.getKey()))) {
				differences.add("spans " + e.getKey() + ": expected " + expectedSpans.get(e.getKey()) + ", stored "
						+ storedSpans.get(e.getKey()));
			}
		}
		stored.keySet()
			.stream()
			.filter((code) -> !expected.containsKey(code))
			.forEach((code) -> differences.add("fact " + code + ": stored, no such dossier"));
		compare(counts.counts(), this.store.allCounts("reporting_day"), "day", differences);
		compare(counts.months(), this.store.allCounts("reporting_month"), "month", differences);
		return new Check(expected.size(), stored.size(), differences.size(),
				differences.subList(0, Math.min(50, differences.size())));
	}

	private static void compare(Map<DayCounts.Key, long[]> counts, Map<DayCounts.Key, long[]> storedCounts, String what,
			List<String> differences) {
		Map<DayCounts.Key, long[]> expectedCounts = new HashMap<>();
		counts.forEach((key, values) -> {
			if (Arrays.stream(values).anyMatch((v) -> v != 0)) {
				expectedCounts.put(key, values);
			}
		});
		for (Map.Entry<DayCounts.Key, long[]> e : expectedCounts.entrySet()) {
			long[] s = storedCounts.get(e.getKey());
			if (s == null || !Arrays.equals(s, e.getValue())) {
				differences.add(what + " " + e.getKey() + ": expected " + Arrays.toString(e.getValue()) + ", stored "
						+ ((s != null) ? Arrays.toString(s) : "none"));
			}
		}
		storedCounts.keySet()
			.stream()
			.filter((key) -> !expectedCounts.containsKey(key))
			.forEach((key) -> differences
				.add(what + " " + key + ": stored " + Arrays.toString(storedCounts.get(key)) + ", expected none"));
	}

	/**
	 * The result of a check.
	 *
	 * @param dossiers dossiers recounted from the history
	 * @param stored facts stored
	 * @param differences how many facts, spans or day counters differ
	 * @param examples the first differences
	 */
	public record Check(int dossiers, int stored, int differences, List<String> examples) {

		public boolean consistent() {
			return this.differences == 0;
		}

	}

	DossierFact fact(DossierTimeline t) {
		DossierFact fact = DossierFact.of(t, field(t.procedureCode()));
		if (fact.exit() == DossierFact.Exit.RESOLVED && fact.receivedAt() != null && fact.exitAt() != null) {
			Deadlines deadlines = this.deadlines.computeIfAbsent(t.deskAgencyCode(), this.calendars::deadlines);
			long seconds = Math.max(0, deadlines.workingSecondsBetween(local(fact.receivedAt()), local(fact.exitAt())));
			fact = fact.withProcessing((int) Math.min(Integer.MAX_VALUE,
					Math.round(100.0 * seconds / Math.max(1, deadlines.workingDaySeconds()))));
		}
		return fact;
	}

	private static LocalDateTime local(Instant at) {
		return LocalDateTime.ofInstant(at, Deadlines.VIETNAM);
	}

	String field(String procedureCode) {
		return this.fields.computeIfAbsent(procedureCode,
				(code) -> this.procedures.findPublished(code)
					.map((p) -> p.details().field())
					.filter((f) -> !f.isBlank())
					.or(() -> this.procedures.find(code, 1).map((p) -> p.details().field()))
					.orElse(NO_FIELD));
	}

	private int stream(java.util.function.Consumer<java.util.function.Consumer<DossierTimeline>> source) {
		List<DossierFact> batch = new ArrayList<>(BATCH);
		AtomicInteger count = new AtomicInteger();
		source.accept((t) -> {
			batch.add(fact(t));
			count.incrementAndGet();
			if (batch.size() >= BATCH) {
				this.store.apply(batch);
				batch.clear();
			}
		});
		this.store.apply(batch);
		return count.get();
	}

}
