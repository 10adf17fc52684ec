package vn.motcua.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.Channel;

/**
 * The statistics tables: facts, open spans and per-day counters. {@link #apply} is the
 * one way they change: it compares each new fact with the stored one and moves the
 * counters by the difference, so applying the same fact twice changes nothing (events
 * delivered again, imports seen twice) and a rebuild is a stream of applies.
 */
@Component
class FactStore {

	/** Rebuilds take it exclusively, writers shared: a rebuild never meets a writer. */
	static final long REBUILD_LOCK = 0x7265706f7274L;

	/** The namespace of the writers' bucket locks (the first key of the two-key form). */
	static final int WRITER_LOCKS = 0x72657074;

	/** How many buckets the writers' locks spread the dossiers over. */
	static final int BUCKETS = 512;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	FactStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Stores the facts and moves the counters; how many facts changed. */
	@Transactional
	public int apply(Collection<DossierFact> facts) {
		if (facts.isEmpty()) {
			return 0;
		}
		String[] codes = facts.stream().map(DossierFact::code).sorted().distinct().toArray(String[]::new);
		this.jdbc.sql("select 1 from (select pg_advisory_xact_lock_shared(?)) l").param(REBUILD_LOCK).query().rowSet();
		// one writer per dossier at a time: events of one dossier may be handled in
		// parallel. The lock is taken on the dossier's bucket, not on the dossier: an
		// import applies 100,000 dossiers in one transaction, and as many locks would
		// overflow PostgreSQL's lock table ("out of shared memory"). Buckets are taken in
		// ascending order, so two writers never wait for each other crosswise.
		Integer[] buckets = Arrays.stream(codes).map(FactStore::bucket).sorted().distinct().toArray(Integer[]::new);
		this.jdbc.sql("""
				select count(*) from (select pg_advisory_xact_lock(?, b)
				  from unnest(cast(? as int[])) with ordinality as t(b, n) order by n) l""")
			.params(WRITER_LOCKS, buckets)
			.query(Long.class)
			.single();
		Map<String, DossierFact> old = load(codes);
		DayCounts delta = new DayCounts();
		List<DossierFact> changed = new ArrayList<>();
		for (DossierFact fact : facts) {
			DossierFact before = old.get(fact.code());
			if (before != null
					&& (before.version() > fact.version() || withoutSpans(before).equals(withoutSpans(fact)))) {
				continue;
			}
			if (before != null) {
				delta.add(before, -1);
			}
			delta.add(fact, 1);
			changed.add(fact);
		}
		if (changed.isEmpty()) {
			return 0;
		}
		writeSpans(changed);
		writeFacts(changed);
		writeCounts("reporting_day", delta.counts());
		writeCounts("reporting_month", delta.months());
		return changed.size();
	}

	/**
	 * The lock bucket of a dossier: the same on every node (String.hashCode is
	 * specified).
	 */
	static int bucket(String code) {
		return Math.floorMod(code.hashCode(), BUCKETS);
	}

	static DossierFact withoutSpans(DossierFact f) {
		return withSpans(f, List.of());
	}

	/** Empties the statistics (before a rebuild). */
	@Transactional
	public void clear() {
		this.jdbc.sql("truncate reporting_fact, reporting_span, reporting_day, reporting_month").update();
	}

	Optional<Instant> marker(String name) {
		return this.jdbc.sql("select at from reporting_state where name = ?")
			.param(name)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	void mark(String name, Instant at) {
		this.jdbc.sql("""
				insert into reporting_state (name, at) values (?, ?)
				on conflict (name) do update set at = excluded.at""").params(name, Timestamp.from(at)).update();
	}

	/** The stored facts with their spans (what they added to the counters). */
	private Map<String, DossierFact> load(String[] codes) {
		Map<String, DossierFact> found = new HashMap<>();
		this.jdbc.sql("select * from reporting_fact where code = any(?)").param(codes).query((rs, n) -> {
			DossierFact fact = fact(rs);
			found.put(fact.code(), fact);
			return fact;
		}).list();
		if (found.isEmpty()) {
			return found;
		}
		Map<String, List<DossierFact.Span>> spans = new HashMap<>();
		this.jdbc.sql("select * from reporting_span where code = any(?) order by code, seq")
			.param(found.keySet().toArray(String[]::new))
			.query((rs, n) -> spans.computeIfAbsent(rs.getString("code"), (c) -> new ArrayList<>()).add(span(rs)))
			.list();
		spans.forEach((code, list) -> found.computeIfPresent(code, (c, fact) -> withSpans(fact, list)));
		return found;
	}

	static DossierFact withSpans(DossierFact f, List<DossierFact.Span> spans) {
		return new DossierFact(f.code(), f.agencyCode(), f.procedureCode(), f.field(), f.channel(), f.receivedAt(),
				f.refusedAt(), f.exitAt(), f.exit(), f.outcome(), f.dueAt(), f.apologyAt(), f.lateActor(),
				f.processingHundredths(), f.electronic(), f.version(), spans);
	}

	private static DossierFact.Span span(ResultSet rs) throws SQLException {
		return new DossierFact.Span(rs.getTimestamp("from_at").toInstant(), instant(rs, "until_at"),
				rs.getBoolean("paused"), instant(rs, "due_at"));
	}

	/** Every stored fact, without spans, for the check. */
	Map<String, DossierFact> allFacts() {
		Map<String, DossierFact> found = new HashMap<>();
		this.template.query("select * from reporting_fact", (ResultSet rs) -> {
			DossierFact fact = fact(rs);
			found.put(fact.code(), fact);
		});
		return found;
	}

	/** Every stored span by dossier, for the check. */
	Map<String, List<DossierFact.Span>> allSpans() {
		Map<String, List<DossierFact.Span>> found = new HashMap<>();
		this.template.query("select * from reporting_span order by code, seq", (ResultSet rs) -> {
			found.computeIfAbsent(rs.getString("code"), (c) -> new ArrayList<>()).add(span(rs));
		});
		return found;
	}

	/**
	 * Every non-zero stored counter row of {@code reporting_day} or
	 * {@code reporting_month}, for the check.
	 */
	Map<DayCounts.Key, long[]> allCounts(String table) {
		Map<DayCounts.Key, long[]> found = new HashMap<>();
		this.template.query("select * from " + table, (ResultSet rs) -> {
			long[] values = new long[DayCounts.SIZE];
			boolean any = false;
			for (DayCounts.Counter counter : DayCounts.Counter.values()) {
				values[counter.ordinal()] = rs.getLong(counter.column);
				any |= values[counter.ordinal()] != 0;
			}
			if (any) {
				found.put(new DayCounts.Key(rs.getString("agency_code"), rs.getDate("day").toLocalDate(),
						rs.getString("procedure_code"), rs.getString("field")), values);
			}
		});
		return found;
	}

	private static DossierFact fact(ResultSet rs) throws SQLException {
		String exit = rs.getString("exit");
		String outcome = rs.getString("outcome");
		return new DossierFact(rs.getString("code"), rs.getString("agency_code"), rs.getString("procedure_code"),
				rs.getString("field"), Channel.valueOf(rs.getString("channel")), instant(rs, "received_at"),
				instant(rs, "refused_at"), instant(rs, "exit_at"),
				(exit != null) ? DossierFact.Exit.valueOf(exit) : null,
				(outcome != null) ? DossierFact.Outcome.valueOf(outcome) : null, instant(rs, "due_at"),
				instant(rs, "apology_at"), rs.getString("late_actor"), (Integer) rs.getObject("processing_hundredths"),
				rs.getBoolean("electronic"), rs.getInt("version"), List.of());
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

	private static @Nullable Timestamp ts(@Nullable Instant at) {
		return (at != null) ? Timestamp.from(at) : null;
	}

	private void writeFacts(List<DossierFact> facts) {
		List<Object[]> rows = new ArrayList<>();
		for (DossierFact f : facts) {
			rows.add(new Object[] { f.code(), f.agencyCode(), f.procedureCode(), f.field(), f.channel().name(),
					ts(f.receivedAt()), ts(f.refusedAt()), ts(f.exitAt()), (f.exit() != null) ? f.exit().name() : null,
					(f.outcome() != null) ? f.outcome().name() : null, ts(f.dueAt()), ts(f.apologyAt()), f.lateActor(),
					f.processingHundredths(), f.electronic(), f.version() });
		}
		this.template.batchUpdate("""
				insert into reporting_fact (code, agency_code, procedure_code, field, channel, received_at, refused_at,
				  exit_at, exit, outcome, due_at, apology_at, late_actor, processing_hundredths, electronic, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (code) do update set agency_code = excluded.agency_code,
				  procedure_code = excluded.procedure_code, field = excluded.field, channel = excluded.channel,
				  received_at = excluded.received_at, refused_at = excluded.refused_at, exit_at = excluded.exit_at,
				  exit = excluded.exit, outcome = excluded.outcome, due_at = excluded.due_at,
				  apology_at = excluded.apology_at, late_actor = excluded.late_actor,
				  processing_hundredths = excluded.processing_hundredths, electronic = excluded.electronic,
				  version = excluded.version""", rows,
				new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP,
						Types.TIMESTAMP, Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP,
						Types.TIMESTAMP, Types.VARCHAR, Types.INTEGER, Types.BOOLEAN, Types.INTEGER });
	}

	private void writeSpans(List<DossierFact> facts) {
		String[] codes = facts.stream().map(DossierFact::code).toArray(String[]::new);
		this.jdbc.sql("delete from reporting_span where code = any(?)").param(codes).update();
		List<Object[]> rows = new ArrayList<>();
		for (DossierFact f : facts) {
			for (int i = 0; i < f.spans().size(); i++) {
				DossierFact.Span s = f.spans().get(i);
				rows.add(new Object[] { f.code(), i, f.agencyCode(), f.procedureCode(), f.field(), ts(s.from()),
						ts(s.until()), s.paused(), ts(s.dueAt()) });
			}
		}
		if (!rows.isEmpty()) {
			this.template.batchUpdate(
					"""
							insert into reporting_span (code, seq, agency_code, procedure_code, field, from_at, until_at, paused,
							  due_at)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					rows, new int[] { Types.VARCHAR, Types.SMALLINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
							Types.TIMESTAMP, Types.TIMESTAMP, Types.BOOLEAN, Types.TIMESTAMP });
		}
	}

	private void writeCounts(String table, Map<DayCounts.Key, long[]> delta) {
		List<Object[]> rows = new ArrayList<>();
		delta.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(DayCounts.Key::agencyCode)
				.thenComparing(DayCounts.Key::day)
				.thenComparing(DayCounts.Key::procedureCode)))
			.forEach((entry) -> {
				long[] v = entry.getValue();
				boolean any = false;
				for (long x : v) {
					any |= x != 0;
				}
				if (!any) {
					return;
				}
				DayCounts.Key k = entry.getKey();
				Object[] row = new Object[4 + v.length];
				row[0] = k.agencyCode();
				row[1] = java.sql.Date.valueOf(k.day());
				row[2] = k.procedureCode();
				row[3] = k.field();
				for (int i = 0; i < v.length; i++) {
					row[4 + i] = v[i];
				}
				rows.add(row);
			});
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder columns = new StringBuilder();
		StringBuilder marks = new StringBuilder();
		StringBuilder updates = new StringBuilder();
		int[] types = new int[4 + DayCounts.SIZE];
		types[0] = Types.VARCHAR;
		types[1] = Types.DATE;
		types[2] = Types.VARCHAR;
		types[3] = Types.VARCHAR;
		for (DayCounts.Counter c : DayCounts.Counter.values()) {
			columns.append(", ").append(c.column);
			marks.append(", ?");
			updates.append((c.ordinal() > 0) ? ", " : "")
				.append(c.column)
				.append(" = ")
				.append(table)
				.append('.')
				.append(c.column)
				.append(" + excluded.")
				.append(c.column);
			types[4 + c.ordinal()] = Types.INTEGER;
		}
		this.template.batchUpdate(
				"insert into " + table + " (agency_code, day, procedure_code, field" + columns + ") values (?, ?, ?, ?"
						+ marks + ") on conflict (agency_code, day, procedure_code) do update set " + updates,
				rows, types);
	}

}
