package vn.motcua.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dossier throughput against the real application, each figure as a ratio to a baseline
 * measured in the same run on the same machine and PostgreSQL server:
 * <ol>
 * <li>{@code pgbench} read-write (TPC-B like) TPS at N clients, on a database of its
 * own;</li>
 * <li>online submissions per second through {@code POST /api/v1/dossiers} (bearer token,
 * Idempotency-Key, history row and audit entry in the same transaction) by N
 * clients;</li>
 * <li>step transitions per second (receive, forward, forward, approve, result-ready,
 * return-result) on the dossiers just submitted, by N clients;</li>
 * <li>bytes of history and step rows per dossier after the full lifecycle;</li>
 * <li>tracking lookups per second (peak, N clients) and latency at half the peak rate
 * (open loop: latency counted from the intended send time);</li>
 * <li>the same submissions and transitions again after {@code bench.load} dossiers (with
 * their history and step rows) were loaded by SQL, with pgbench again.</li>
 * </ol>
 * Run: {@code scripts/bench-dossier.sh} (see there for the options).
 */
public final class DossierThroughput {

	private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

	private final int clients = Integer.getInteger("bench.clients", 8);

	private final int seconds = Integer.getInteger("bench.seconds", 30);

	private final long load = Long.getLong("bench.load", 1_000_000L);

	private final int warmup = Integer.getInteger("bench.warmup", 60);

	private final String pgbench = System.getProperty("bench.pgbench", "pgbench");

	private final List<String> report = new ArrayList<>();

	private DossierThroughput() {
	}

	public static void main(String[] args) throws Exception {
		new DossierThroughput().run();
		System.exit(0);
	}

	private void run() throws Exception {
		BenchApp app = new BenchApp("motcua_bench", Integer.getInteger("bench.port", 18090), List.of());
		String pgbenchDb = app.database + "_pgbench";
		app.createDatabase();
		BenchApp.admin("CREATE DATABASE " + pgbenchDb);
		try {
			note("machine: %d cores, %s; clients %d, %d s per measurement; app log %s",
					Runtime.getRuntime().availableProcessors(), loadAverage(), this.clients, this.seconds, app.log);
			exec(this.pgbench, "-i", "-q", "-s", String.valueOf(Math.max(this.clients, 1)), "-h", host(), "-p", port(),
					"-U", "postgres", pgbenchDb);
			app.start();
			// warm-up (JIT, pools, caches); its dossiers are not counted
			List<List<String>> warm = submissions(app, this.warmup);
			transitions(app, warm, this.warmup);

			Figures empty = measure(app, pgbenchDb, "empty database");
			historySize(app);
			tracking(app);

			if (this.load > 0) {
				bulkLoad(app, this.load);
				Figures loaded = measure(app, pgbenchDb, String.format(Locale.ROOT, "%,d dossiers loaded", this.load));
				note("loaded/empty: submissions %.0f%% (pgbench-normalised %.0f%%), transitions %.0f%% (normalised %.0f%%)",
						100 * loaded.submissions / empty.submissions,
						100 * (loaded.submissions / loaded.pgbench) / (empty.submissions / empty.pgbench),
						100 * loaded.transitions / empty.transitions,
						100 * (loaded.transitions / loaded.pgbench) / (empty.transitions / empty.pgbench));
			}
			note("load average at the end: %s", loadAverage());
		}
		finally {
			app.stop();
			app.dropDatabase();
			BenchApp.admin("DROP DATABASE IF EXISTS " + pgbenchDb + " WITH (FORCE)");
			System.out.println();
			System.out.println("==== Dossier throughput ====");
			this.report.forEach(System.out::println);
		}
	}

	record Figures(double pgbench, double submissions, double transitions) {
	}

	private Figures measure(BenchApp app, String pgbenchDb, String label) throws Exception {
		double tps = pgbenchTps(pgbenchDb);
		List<List<String>> codes = new ArrayList<>();
		double submissions = rate(codes, app, true);
		double transitions = rate(codes, app, false);
		note("[%s] pgbench TPC-B -c %d: %.0f tps | submissions %.1f/s = %.1f%% of pgbench | transitions %.1f/s = %.1f%% of pgbench",
				label, this.clients, tps, submissions, 100 * submissions / tps, transitions, 100 * transitions / tps);
		return new Figures(tps, submissions, transitions);
	}

	private double rate(List<List<String>> codes, BenchApp app, boolean submit) throws Exception {
		long[] cpu = app.cpuMillis();
		long start = System.nanoTime();
		long count;
		if (submit) {
			codes.addAll(submissions(app, this.seconds));
			count = codes.stream().mapToLong(List::size).sum();
		}
		else {
			count = transitions(app, codes, this.seconds);
		}
		double rate = count / ((System.nanoTime() - start) / 1e9);
		long[] after = app.cpuMillis();
		note("  %s: %d in %.1f s; CPU per operation: application JVM %.1f ms, its PostgreSQL backends %.1f ms",
				submit ? "submissions" : "transitions", count, count / rate, (after[0] - cpu[0]) / (double) count,
				(after[1] - cpu[1]) / (double) count);
		return rate;
	}

	// ------------------------------------------------------------------ load

	/** N clients submit for the given time; the codes each client got. */
	private List<List<String>> submissions(BenchApp app, int forSeconds) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(forSeconds);
		ExecutorService pool = Executors.newFixedThreadPool(this.clients);
		List<Future<List<String>>> futures = new ArrayList<>();
		for (int c = 0; c < this.clients; c++) {
			futures.add(pool.submit(() -> {
				List<String> codes = new ArrayList<>();
				String paper = app.upload();
				while (System.nanoTime() < end) {
					String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
					BenchApp.Response response = app.submit(BenchApp.birthRegistration(phone, paper),
							UUID.randomUUID().toString());
					if (response.status() != 201) {
						throw new IllegalStateException("submission: " + response.status() + " " + response.body());
					}
					codes.add(response.code());
				}
				return codes;
			}));
		}
		List<List<String>> result = new ArrayList<>();
		for (Future<List<String>> future : futures) {
			result.add(future.get());
		}
		pool.shutdown();
		return result;
	}

	/**
	 * Each client takes its own dossiers through the lifecycle, for the given time;
	 * returns the number of transitions done.
	 */
	private long transitions(BenchApp app, List<List<String>> codes, int forSeconds) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(forSeconds);
		ExecutorService pool = Executors.newFixedThreadPool(codes.size());
		AtomicLong done = new AtomicLong();
		List<Future<?>> futures = new ArrayList<>();
		for (List<String> own : codes) {
			futures.add(pool.submit(() -> {
				for (String code : own) {
					for (String[] step : BenchApp.LIFECYCLE) {
						if (System.nanoTime() >= end) {
							return null;
						}
						BenchApp.Response response = app.act(step[0], code, step[1], step[2]);
						if (response.status() != 200) {
							throw new IllegalStateException(
									step[1] + " " + code + ": " + response.status() + " " + response.body());
						}
						done.incrementAndGet();
					}
				}
				System.err.println("a client ran out of dossiers before the end of the transition measurement");
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		return done.get();
	}

	// ------------------------------------------------------------------ history size

	private void historySize(BenchApp app) throws SQLException {
		try (Connection db = app.connect(); Statement statement = db.createStatement()) {
			ResultSet rs = statement.executeQuery(
					"""
							select count(*),
							  avg((select coalesce(sum(pg_column_size(h.*)), 0) from dossier_history h where h.dossier_id = d.id)),
							  avg((select coalesce(sum(pg_column_size(s.*)), 0) from dossier_step s where s.dossier_id = d.id)),
							  avg((select count(*) from dossier_history h where h.dossier_id = d.id)),
							  avg(pg_column_size(d.*)), avg(pg_column_size(d.content))
							from dossier d where d.status = 10""");
			rs.next();
			long done = rs.getLong(1);
			double history = rs.getDouble(2);
			double steps = rs.getDouble(3);
			note("history per dossier after the full lifecycle (%d dossiers, %.1f history rows each): history rows %.0f B + step rows %.0f B = %.0f B (goal <= 4096 B: %.0f%% of it); the dossier row itself %.0f B of which content JSONB %.0f B",
					done, rs.getDouble(4), history, steps, history + steps, 100 * (history + steps) / 4096,
					rs.getDouble(5), rs.getDouble(6));
			rs = statement.executeQuery("""
					select pg_total_relation_size('dossier_history') + pg_total_relation_size('dossier_step'),
					  (select count(*) from dossier)""");
			rs.next();
			note("on disk with indexes and page overhead: %.0f B of history + steps per dossier (all %d dossiers, most complete)",
					rs.getDouble(1) / rs.getLong(2), rs.getLong(2));
		}
	}

	// ------------------------------------------------------------------ tracking

	private void tracking(BenchApp app) throws Exception {
		List<String[]> targets = new ArrayList<>();
		try (Connection db = app.connect(); Statement statement = db.createStatement()) {
			ResultSet rs = statement
				.executeQuery("select code, right(applicant_phone, 4) from dossier where status > 0");
			while (rs.next()) {
				targets.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		// warm-up, then the peak with N closed-loop clients
		closedLoopTracking(app, targets, 5);
		long[] cpu = app.cpuMillis();
		long[] peak = closedLoopTracking(app, targets, this.seconds);
		double peakRate = peak.length / (double) this.seconds;
		long[] after = app.cpuMillis();
		note("  tracking: CPU per lookup: application JVM %.2f ms, its PostgreSQL backends %.2f ms",
				(after[0] - cpu[0]) / (double) peak.length, (after[1] - cpu[1]) / (double) peak.length);
		double half = peakRate / 2;
		long[] atHalf = openLoopTracking(app, targets, half, this.seconds);
		note("tracking: peak %.0f lookups/s with %d clients (p99 %.2f ms there); at half the peak (%.0f/s, open loop, %d lookups): p50 %.2f ms, p99 %.2f ms (goal <= 10 ms: %.0f%% of it), max %.2f ms",
				peakRate, this.clients, percentile(peak, 0.99), half, atHalf.length, percentile(atHalf, 0.50),
				percentile(atHalf, 0.99), 100 * percentile(atHalf, 0.99) / 10, percentile(atHalf, 1.0));
	}

	private long[] closedLoopTracking(BenchApp app, List<String[]> targets, int forSeconds) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(forSeconds);
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		ExecutorService pool = Executors.newFixedThreadPool(this.clients);
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < this.clients; c++) {
			futures.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					String[] target = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
					long start = System.nanoTime();
					BenchApp.Response response = app.track(target[0], target[1]);
					if (response.status() != 200) {
						throw new IllegalStateException("tracking: " + response.status() + " " + response.body());
					}
					latencies.add(System.nanoTime() - start);
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		return latencies.stream().mapToLong(Long::longValue).toArray();
	}

	/**
	 * Sends at a fixed rate whatever the answers take; latency is counted from when each
	 * request was due to be sent, so a stall is not hidden.
	 */
	private long[] openLoopTracking(BenchApp app, List<String[]> targets, double rate, int forSeconds)
			throws Exception {
		long interval = (long) (1e9 / rate);
		long count = (long) (rate * forSeconds);
		ExecutorService senders = Executors.newFixedThreadPool(this.clients * 4);
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong failures = new AtomicLong();
		long start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (long i = 0; i < count; i++) {
			long due = start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			String[] target = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
			futures.add(senders.submit(() -> {
				BenchApp.Response response = app.track(target[0], target[1]);
				if (response.status() != 200) {
					failures.incrementAndGet();
				}
				latencies.add(System.nanoTime() - due);
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		senders.shutdown();
		if (failures.get() > 0) {
			throw new IllegalStateException(failures.get() + " tracking lookups failed");
		}
		return latencies.stream().mapToLong(Long::longValue).toArray();
	}

	private static double percentile(long[] nanos, double p) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	// ------------------------------------------------------------------ bulk load

	/**
	 * Loads {@code count} dossiers shaped like the completed ones of the run (same
	 * content JSONB, 7 history rows and 4 step rows each; 1 in 50 still open with 2
	 * history rows and 1 step), spread over the 54 communes and the days of 2022–2024
	 * (before the demo history of the last 12 months), with varied applicants and phones,
	 * in chunks of 250,000.
	 */
	private void bulkLoad(BenchApp app, long count) throws SQLException {
		long started = System.nanoTime();
		try (Connection db = app.connect(); Statement statement = db.createStatement()) {
			statement.execute("""
					create table bench_tpl as select * from dossier
					where status = 10 and (select count(*) from dossier_history h where h.dossier_id = dossier.id) = 7
					order by id limit 1""");
			statement.execute(
					"create table bench_tpl_history as select h.* from dossier_history h join bench_tpl t on t.id = h.dossier_id");
			statement.execute(
					"create table bench_tpl_step as select s.* from dossier_step s join bench_tpl t on t.id = s.dossier_id");
			statement.execute("""
					create table bench_agency as select row_number() over (order by code) - 1 as n, code
					from organization_agency where code ~ '^[0-9]{5}$'""");
			long agencies = count(statement, "select count(*) from bench_agency");
			long chunk = 250_000;
			for (long from = 0; from < count; from += chunk) {
				long to = Math.min(count, from + chunk) - 1;
				long firstId = count(statement, "select coalesce(max(id), 0) from dossier") + 1;
				statement.execute(String.format(Locale.ROOT,
						"""
								insert into dossier (code, status, channel, procedure_code, procedure_version, case_index, procedure_name,
								  agency_code, desk_agency_code, applicant_name, applicant_name_folded, applicant_id_number,
								  applicant_phone, applicant_email, applicant_address, owner_account_id, content, submitted_at,
								  received_at, counting_from, due_at, original_due_at, calendar_version, paused_since, current_step,
								  step_started_at, step_due_at, step_assignee, resolved_at, returned_at, outcome, fees_total,
								  supplement_count, apology_count, last_actor, last_action_at, lock_version, created_at)
								select a.code || '-' || to_char(g.day, 'YYMMDD') || '-' || lpad(g.num::text, 4, '0'),
								  g.st, case when i %% 10 = 0 then 'COUNTER' else 'ONLINE' end,
								  t.procedure_code, t.procedure_version, t.case_index, t.procedure_name, a.code, a.code,
								  g.ho || ' ' || g.dem || ' ' || g.ten, lower(g.hof || ' ' || g.demf || ' ' || g.tenf),
								  '0220' || lpad((i %% 100000000)::text, 8, '0'), '09' || lpad(((i * 7919) %% 100000000)::text, 8, '0'),
								  null, 'Tổ ' || (i %% 20 + 1) || ', khu ' || (i %% 9 + 1), null, t.content,
								  g.at, g.at + interval '1 hour', g.at + interval '1 hour', g.at + interval '5 days',
								  null, t.calendar_version, null, case when g.st = 10 then null else 0 end,
								  case when g.st = 10 then null else g.at + interval '1 hour' end,
								  case when g.st = 10 then null else g.at + interval '1 day' end, null,
								  case when g.st = 10 then g.at + interval '4 days' end,
								  case when g.st = 10 then g.at + interval '4 days 2 hours' end,
								  case when g.st = 10 then t.outcome end, t.fees_total, 0, 0,
								  case when g.st = 10 then 'tiepnhan.hatu' else 'tiepnhan.hatu' end,
								  g.at + interval '4 days', 0, g.at
								from bench_tpl t, generate_series(%d::bigint, %d::bigint) i,
								lateral (select date '2022-01-03' + (i %% 1095)::int as day, (i / (1095 * %d)) + 1 as num,
								  case when i %% 50 = 0 then 2 else 10 end as st,
								  (date '2022-01-03' + (i %% 1095)::int) + time '07:30' + ((i * 37) %% 30000) * interval '1 second' as at,
								  (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi','Đỗ','Hồ'])[i %% 10 + 1] as ho,
								  (array['nguyen','tran','le','pham','hoang','vu','dang','bui','do','ho'])[i %% 10 + 1] as hof,
								  (array['Văn','Thị','Đức','Minh','Thu','Quốc','Ngọc'])[(i / 10) %% 7 + 1] as dem,
								  (array['van','thi','duc','minh','thu','quoc','ngoc'])[(i / 10) %% 7 + 1] as demf,
								  (array['An','Bình','Cường','Dung','Giang','Hà','Hải','Lan','Mai','Nam','Phương','Quang','Sơn','Trang','Tuấn'])[(i / 70) %% 15 + 1] as ten,
								  (array['an','binh','cuong','dung','giang','ha','hai','lan','mai','nam','phuong','quang','son','trang','tuan'])[(i / 70) %% 15 + 1] as tenf
								) g, bench_agency a
								where a.n = (i / 1095) %% %d""",
						from, to, agencies, agencies));
				statement.execute(String.format(Locale.ROOT,
						"""
								insert into dossier_history (dossier_id, seq, action, from_status, to_status, step, actor, actor_name,
								  agency_code, remote_address, occurred_at, note, details)
								select d.id, h.seq, h.action, h.from_status, h.to_status, h.step, h.actor, h.actor_name, d.agency_code,
								  h.remote_address, d.submitted_at + (h.seq * interval '7 hours'), h.note, h.details
								from dossier d, bench_tpl_history h
								where d.id >= %d and (d.status = 10 or h.seq < 2)""",
						firstId));
				statement.execute(String.format(Locale.ROOT,
						"""
								insert into dossier_step (dossier_id, seq, step_index, name, role, agency_code, started_at, due_at,
								  allowed_seconds, finished_at, used_seconds, handled_by, result)
								select d.id, s.seq, s.step_index, s.name, s.role, d.agency_code, d.received_at + s.seq * interval '1 day',
								  d.received_at + (s.seq + 1) * interval '1 day', s.allowed_seconds,
								  case when d.status = 10 then d.received_at + (s.seq + 1) * interval '20 hours' end,
								  case when d.status = 10 then s.used_seconds end, case when d.status = 10 then s.handled_by end,
								  case when d.status = 10 then s.result end
								from dossier d, bench_tpl_step s
								where d.id >= %d and (d.status = 10 or s.seq = 0)""",
						firstId));
				System.err.printf(Locale.ROOT, "loaded %,d dossiers (%.0f s)%n", to + 1,
						(System.nanoTime() - started) / 1e9);
			}
			statement.execute("drop table bench_tpl, bench_tpl_history, bench_tpl_step, bench_agency");
			statement.execute("vacuum analyze dossier, dossier_history, dossier_step");
			ResultSet rs = statement.executeQuery("""
					select (select count(*) from dossier), (select count(*) from dossier_history),
					  (select count(*) from dossier_step), pg_size_pretty(pg_database_size(current_database()))""");
			rs.next();
			note("bulk load: %,d dossiers, %,d history rows, %,d step rows, database %s, in %.0f s", rs.getLong(1),
					rs.getLong(2), rs.getLong(3), rs.getString(4), (System.nanoTime() - started) / 1e9);
		}
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	// ------------------------------------------------------------------ pgbench

	private double pgbenchTps(String database) throws Exception {
		String out = exec(this.pgbench, "-c", String.valueOf(this.clients), "-j", String.valueOf(this.clients), "-T",
				String.valueOf(this.seconds), "-h", host(), "-p", port(), "-U", "postgres", database);
		Matcher matcher = TPS.matcher(out);
		if (!matcher.find()) {
			throw new IllegalStateException("no tps in pgbench output: " + out);
		}
		return Double.parseDouble(matcher.group(1));
	}

	private static String exec(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		StringBuilder out = new StringBuilder();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().forEach((line) -> out.append(line).append('\n'));
		}
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
		}
		return out.toString();
	}

	private static String host() {
		Matcher matcher = Pattern.compile("//([^:/]+)").matcher(BenchApp.SERVER);
		return matcher.find() ? matcher.group(1) : "127.0.0.1";
	}

	private static String port() {
		Matcher matcher = Pattern.compile("//[^:/]+:(\\d+)").matcher(BenchApp.SERVER);
		return matcher.find() ? matcher.group(1) : "5432";
	}

	private static String loadAverage() {
		try {
			return "load average " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
		}
		catch (java.io.IOException ex) {
			return "load average unknown";
		}
	}

	private void note(String format, Object... args) {
		String line = String.format(Locale.ROOT, format, args);
		this.report.add(line);
		System.out.println(line);
	}

}
