package vn.motcua.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crash check of online submission: clients submit dossiers with Idempotency-Keys and
 * retry every submission they have no acknowledgement (201 with the code) for, with the
 * same key and body, until they get one. Meanwhile
 * <ol>
 * <li>the application is killed with SIGKILL and started again on the same database;</li>
 * <li>later, the application's database connections are terminated from the server side
 * ({@code pg_terminate_backend}) several times.</li>
 * </ol>
 * Then: every key created exactly one dossier, every acknowledged code is that dossier,
 * there are no other dossiers, each has exactly one history row and exactly one audit
 * entry, the audit chain verifies, and the daily code numbers have no duplicates (and no
 * gaps). Exit status 0 when all hold.
 * <p>
 * Run: {@code scripts/bench-dossier.sh crash} ({@code -Dcrash.submissions=300},
 * {@code -Dcrash.clients=6}).
 */
public final class DossierCrashCheck {

	private final int planned = Integer.getInteger("crash.submissions", 300);

	private final int clients = Integer.getInteger("crash.clients", 6);

	private final BenchApp app;

	/** The code in each acknowledgement, per key (several when a retry was replayed). */
	private final Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();

	private final AtomicInteger acks = new AtomicInteger();

	private final AtomicInteger failedAttempts = new AtomicInteger();

	private final AtomicInteger replays = new AtomicInteger();

	private final List<String> failures = new ArrayList<>();

	private DossierCrashCheck() throws IOException {
		this.app = new BenchApp("motcua_crash", Integer.getInteger("bench.port", 18095), List.of());
	}

	public static void main(String[] args) throws Exception {
		boolean ok = new DossierCrashCheck().run();
		System.exit(ok ? 0 : 1);
	}

	private boolean run() throws Exception {
		this.app.createDatabase();
		try {
			this.app.start();
			String paper = this.app.upload();
			List<String[]> work = new ArrayList<>();
			for (int i = 0; i < this.planned; i++) {
				String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
				work.add(new String[] { UUID.randomUUID().toString(), BenchApp.birthRegistration(phone, paper) });
			}
			ExecutorService pool = Executors.newFixedThreadPool(this.clients);
			List<Future<?>> futures = new ArrayList<>();
			for (int c = 0; c < this.clients; c++) {
				List<String[]> own = work.subList(c * this.planned / this.clients,
						(c + 1) * this.planned / this.clients);
				futures.add(pool.submit(() -> {
					for (String[] submission : own) {
						submitUntilAcknowledged(submission[0], submission[1]);
					}
					return null;
				}));
			}

			// 1. SIGKILL the application in the middle of the load, start it again
			awaitAcks(this.planned / 5);
			int before = this.acks.get();
			this.app.kill();
			log("SIGKILL of the application after %d acknowledgements", before);
			TimeUnit.SECONDS.sleep(1);
			this.app.start();
			log("application restarted; %d attempts without acknowledgement so far", this.failedAttempts.get());

			// 2. terminate the application's connections from the database side
			awaitAcks(this.acks.get() + this.planned / 5);
			int terminated = 0;
			for (int round = 0; round < 6; round++) {
				terminated += terminateBackends();
				TimeUnit.MILLISECONDS.sleep(400);
			}
			log("terminated %d backend connections of the application in 6 rounds", terminated);

			for (Future<?> future : futures) {
				future.get(10, TimeUnit.MINUTES);
			}
			pool.shutdown();
			log("all %d submissions acknowledged; %d attempts failed and were retried, %d acknowledgements were replays",
					this.planned, this.failedAttempts.get(), this.replays.get());
			check(work);
			// the checks hold after another restart too (nothing left half done)
			this.app.stop();
			this.app.start();
			check(work);
		}
		finally {
			this.app.stop();
			this.app.dropDatabase();
		}
		if (this.failures.isEmpty()) {
			log("PASS");
			return true;
		}
		this.failures.forEach((failure) -> System.out.println("FAIL: " + failure));
		return false;
	}

	private void submitUntilAcknowledged(String key, String body) throws InterruptedException {
		while (true) {
			try {
				BenchApp.Response response = this.app.submit(body, key);
				if (response.status() == 201) {
					this.acknowledged.computeIfAbsent(key, (k) -> ConcurrentHashMap.newKeySet()).add(response.code());
					if ("true".equals(response.replayed())) {
						this.replays.incrementAndGet();
					}
					this.acks.incrementAndGet();
					return;
				}
				if (response.status() < 500 && response.status() != 401 && response.status() != 429) {
					// a refusal is an answer, and a wrong one: no retry would change it
					fail("key %s answered %d %s", key, response.status(), response.body());
					return;
				}
			}
			catch (IOException | IllegalStateException ex) {
				// connection refused or reset: the application is down or going down
			}
			this.failedAttempts.incrementAndGet();
			TimeUnit.MILLISECONDS.sleep(200);
		}
	}

	private void awaitAcks(int count) throws InterruptedException {
		while (this.acks.get() < Math.min(count, this.planned)) {
			TimeUnit.MILLISECONDS.sleep(20);
		}
	}

	private int terminateBackends() throws SQLException {
		try (Connection admin = BenchApp.connectTo(BenchApp.SERVER);
				PreparedStatement statement = admin.prepareStatement("""
						select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity
						where datname = ? and pid <> pg_backend_pid()""")) {
			statement.setString(1, this.app.database);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

	// ------------------------------------------------------------------ invariants

	private void check(List<String[]> work) throws Exception {
		int failuresBefore = this.failures.size();
		try (Connection db = this.app.connect(); Statement statement = db.createStatement()) {
			Map<String, String> byKey = new HashMap<>();
			ResultSet rs = statement.executeQuery("select idempotency_key, dossier_code from dossier_idempotency");
			int keyRows = 0;
			while (rs.next()) {
				keyRows++;
				if (byKey.put(rs.getString(1), rs.getString(2)) != null) {
					fail("key %s stored twice", rs.getString(1));
				}
			}
			for (String[] submission : work) {
				String key = submission[0];
				Set<String> codes = this.acknowledged.getOrDefault(key, Set.of());
				if (codes.size() != 1) {
					fail("key %s was acknowledged with %d different codes %s", key, codes.size(), codes);
				}
				String stored = byKey.get(key);
				if (stored == null || !codes.contains(stored)) {
					fail("key %s: acknowledged %s, stored %s", key, codes, stored);
				}
			}
			if (keyRows != work.size()) {
				fail("%d idempotency rows for %d keys", keyRows, work.size());
			}
			long dossiers = count(statement, "select count(*) from dossier");
			long distinctCodes = count(statement, "select count(distinct code) from dossier");
			if (dossiers != work.size() || distinctCodes != work.size()) {
				fail("%d dossiers (%d distinct codes) for %d submissions", dossiers, distinctCodes, work.size());
			}
			long orphans = count(statement,
					"select count(*) from dossier d where not exists (select 1 from dossier_idempotency i where i.dossier_code = d.code)");
			if (orphans != 0) {
				fail("%d dossiers created by no key", orphans);
			}
			long badHistory = count(statement, """
					select count(*) from dossier d where (select count(*) from dossier_history h
					  where h.dossier_id = d.id and h.action = 'submit' and h.seq = 0) <> 1
					  or (select count(*) from dossier_history h where h.dossier_id = d.id) <> 1""");
			if (badHistory != 0) {
				fail("%d dossiers without exactly one history row", badHistory);
			}
			long badAudit = count(statement, """
					select count(*) from dossier d where (select count(*) from audit_entry a
					  where a.subject = 'dossier:' || d.code) <> 1""");
			long strayAudit = count(statement, """
					select count(*) from audit_entry a where a.subject like 'dossier:%'
					  and not exists (select 1 from dossier d where 'dossier:' || d.code = a.subject)""");
			if (badAudit != 0 || strayAudit != 0) {
				fail("%d dossiers without exactly one audit entry, %d audit entries of no dossier", badAudit,
						strayAudit);
			}
			long duplicateNumbers = count(statement,
					"""
							select count(*) from (select split_part(code, '-', 1), split_part(code, '-', 2), split_part(code, '-', 3)
							  from dossier group by 1, 2, 3 having count(*) > 1) x""");
			if (duplicateNumbers != 0) {
				fail("%d code numbers used twice", duplicateNumbers);
			}
			long gaps = count(statement, """
					select coalesce(sum(max_number - numbers), 0) from (
					  select max(split_part(code, '-', 3)::int) as max_number, count(*) as numbers
					  from dossier group by split_part(code, '-', 1), split_part(code, '-', 2)) x""");
			long sequenceBehind = count(statement,
					"""
							select count(*) from dossier_code_sequence s where s.last_number < (select max(split_part(code, '-', 3)::int)
							  from dossier d where split_part(d.code, '-', 1) = s.prefix and split_part(d.code, '-', 2) = to_char(s.day, 'YYMMDD'))""");
			if (gaps != 0 || sequenceBehind != 0) {
				fail("%d gaps in the code numbers, %d sequences behind their codes", gaps, sequenceBehind);
			}
			long outstanding = count(statement, """
					select count(*) from information_schema.tables where table_name = 'event_publication'""") == 0 ? 0
					: count(statement, "select count(*) from event_publication where completion_date is null");
			if (outstanding != 0) {
				fail("%d event publications not completed", outstanding);
			}
			// signing in is audited too: take the token first, then count around the
			// check
			this.app.token("admin");
			long auditBefore = count(statement, "select count(*) from audit_entry");
			BenchApp.Response verify = this.app.get("/api/v1/audit/verify", "admin");
			long auditAfter = count(statement, "select count(*) from audit_entry");
			Matcher entries = Pattern.compile("\"entries\"\\s*:\\s*(\\d+)").matcher(verify.body());
			if (verify.status() != 200 || !verify.body().contains("\"valid\":true") || !entries.find()
					|| Long.parseLong(entries.group(1)) < auditBefore
					|| Long.parseLong(entries.group(1)) > auditAfter) {
				fail("audit chain: %d %s (entries in the table: %d before the check, %d after)", verify.status(),
						verify.body(), auditBefore, auditAfter);
			}
			log("checked: %d keys → %d dossiers, one history row and one audit entry each, audit chain %s, no duplicate or missing code numbers%s",
					keyRows, dossiers, verify.body(), (this.failures.size() == failuresBefore) ? "" : " — FAILURES");
		}
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private synchronized void fail(String format, Object... args) {
		this.failures.add(String.format(Locale.ROOT, format, args));
	}

	private static void log(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
	}

}
