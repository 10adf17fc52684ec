package vn.motcua.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The report API at provincial scale: loads a multi-year synthetic province through the
 * historical import (seasonal peaks before the end of the year, lulls around Tết and in
 * the summer, a few communes late far more often than the others), waits until the
 * statistics follow, then measures {@code GET /api/v1/reports/processing} for random
 * periods (a day to three years) and units (a commune, the province with everything below
 * it) and, for the same requests, a plain GROUP BY over the dossier table (what a report
 * without statistics tables costs), printing p50/p95/p99 of both and their ratio.
 * <p>
 * Do not run on a shared machine. Run:
 * {@code scripts/bench-dossier.sh report -Dbench.dossiers=10000000 -Dbench.years=3 -Dbench.queries=500}
 * (defaults 1,000,000 dossiers, 3 years, 300 queries; the goal of issue 7 is p95 ≤ 50 ms
 * at 10 million).
 */
public final class ReportBenchmark {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd");

	/** Procedures every demo commune settles (1.004884: 5 working days, no papers). */
	static final String[] COMMUNE_PROCEDURES = { "1.004884", "1.001193" };

	private final long dossiers = Long.getLong("bench.dossiers", 1_000_000L);

	private final int years = Integer.getInteger("bench.years", 3);

	private final int queries = Integer.getInteger("bench.queries", 300);

	private final int chunk = Integer.getInteger("bench.chunk", 100_000);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private ReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		new ReportBenchmark().run();
		System.exit(0);
	}

	private void run() throws Exception {
		BenchApp app = new BenchApp("motcua_reportbench", Integer.getInteger("bench.port", 18091),
				// the synthetic province replaces the demo history (whose codes it would
				// reuse)
				List.of("--motcua.demo.history=false"));
		app.createDatabase();
		try {
			app.start();
			List<String> communes = communes(app);
			System.out.printf(Locale.ROOT, "loading %,d dossiers over %d years at %d communes%n", this.dossiers,
					this.years, communes.size());
			long started = System.nanoTime();
			load(app, communes);
			System.out.printf(Locale.ROOT, "loaded in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
			waitForStatistics(app);
			measure(app, communes);
		}
		finally {
			app.stop();
			app.dropDatabase();
		}
	}

	private List<String> communes(BenchApp app) throws Exception {
		List<String> codes = new ArrayList<>();
		try (Connection c = app.connect();
				ResultSet rs = c.createStatement()
					.executeQuery("select code from organization_agency where level = 'COMMUNE' order by code")) {
			while (rs.next()) {
				codes.add(rs.getString(1));
			}
		}
		return codes;
	}

	/** NDJSON lines, posted in chunks to the historical import as the administrator. */
	private void load(BenchApp app, List<String> communes) throws Exception {
		Random random = new Random(7);
		LocalDate today = LocalDate.now(VIETNAM);
		LocalDate first = today.minusYears(this.years);
		Map<String, Integer> numbers = new HashMap<>();
		StringBuilder body = new StringBuilder();
		int lines = 0;
		String token = app.token("admin");
		for (long i = 0; i < this.dossiers; i++) {
			String agency = communes.get(random.nextInt(communes.size()));
			boolean lateUnit = Math.floorMod(agency.hashCode(), 17) == 3;
			LocalDate day;
			do {
				day = first.plusDays(random.nextInt((int) (today.toEpochDay() - first.toEpochDay())));
			}
			while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
					|| random.nextInt(100) < quiet(day));
			String key = agency + "-" + CODE_DAY.format(day);
			int number = numbers.merge(key, 1, Integer::sum);
			if (number > 9999) {
				continue;
			}
			LocalDateTime received = day.atTime(7, 30).plusMinutes(random.nextInt(480));
			LocalDateTime due = received.plusDays(7);
			int fate = random.nextInt(100);
			String status;
			String extra = "";
			if (fate < 2) {
				status = "3";
			}
			else if (fate < 4) {
				status = "7";
			}
			else if (received.plusDays(10).isAfter(today.atStartOfDay())) {
				status = "4";
			}
			else {
				boolean late = random.nextInt(100) < (lateUnit ? 35 : 8);
				LocalDateTime resolved = late ? due.plusHours(4 + random.nextInt(72))
						: received.plusHours(2 + random.nextInt(100));
				status = "10";
				extra = ",\"resolvedAt\":\"" + iso(resolved) + "\",\"returnedAt\":\"" + iso(resolved.plusHours(2))
						+ "\"";
			}
			body.append("{\"procedureCode\":\"")
				.append(COMMUNE_PROCEDURES[random.nextInt(COMMUNE_PROCEDURES.length)])
				.append("\",\"agencyCode\":\"")
				.append(agency)
				.append("\",\"channel\":\"")
				.append(random.nextInt(100) < 50 ? "ONLINE" : "COUNTER")
				.append("\",\"code\":\"")
				.append(key)
				.append('-')
				.append(String.format(Locale.ROOT, "%04d", number))
				.append("\",\"applicant\":{\"name\":\"Nguyễn Văn An\"},\"receivedAt\":\"")
				.append(iso(received))
				.append('"')
				.append("3".equals(status) ? "" : ",\"dueAt\":\"" + iso(due) + "\"")
				.append(extra)
				.append(",\"finalStatus\":")
				.append(status)
				.append("}\n");
			if (++lines == this.chunk) {
				post(app, token, body);
				body.setLength(0);
				lines = 0;
			}
		}
		if (lines > 0) {
			post(app, token, body);
		}
	}

	static int quiet(LocalDate day) {
		int month = day.getMonthValue();
		if (month == 2 || (month == 1 && day.getDayOfMonth() > 20)) {
			return 55;
		}
		return (month == 7 || month == 8) ? 25 : (month >= 11) ? 0 : 10;
	}

	private static String iso(LocalDateTime local) {
		return local.atZone(VIETNAM).toOffsetDateTime().toString();
	}

	private void post(BenchApp app, String token, StringBuilder body) throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port + "/api/v1/admin/dossiers/import"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/x-ndjson")
				.timeout(Duration.ofMinutes(30))
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			String answer = response.body();
			throw new IllegalStateException("import refused (" + response.statusCode() + "): "
					+ answer.substring(0, Math.min(2000, answer.length())));
		}
	}

	private void waitForStatistics(BenchApp app) throws Exception {
		long started = System.nanoTime();
		try (Connection c = app.connect()) {
			while (true) {
				long facts;
				long stored;
				try (ResultSet rs = c.createStatement().executeQuery("select count(*) from reporting_fact")) {
					rs.next();
					facts = rs.getLong(1);
				}
				try (ResultSet rs = c.createStatement()
					.executeQuery("select count(*) from dossier where status <> 0")) {
					rs.next();
					stored = rs.getLong(1);
				}
				if (facts >= stored) {
					break;
				}
				Thread.sleep(1000);
			}
		}
		System.out.printf(Locale.ROOT, "statistics followed the imports in %d s more%n",
				(System.nanoTime() - started) / 1_000_000_000L);
	}

	private void measure(BenchApp app, List<String> communes) throws Exception {
		Random random = new Random(11);
		LocalDate today = LocalDate.now(VIETNAM);
		String token = app.token("admin");
		long[] api = new long[this.queries];
		long[] plain = new long[this.queries];
		// the requests first, then the API series and the GROUP BY series one after the
		// other: interleaved, each GROUP BY (a scan of the whole dossier table) pushed
		// the
		// statistics out of the buffer cache before the next API call
		record Query(String agency, LocalDate from, LocalDate to, boolean province) {
		}
		List<Query> mix = new ArrayList<>();
		for (int q = 0; q < this.queries + 20; q++) {
			LocalDate to = today.minusDays(random.nextInt(365 * this.years));
			LocalDate from = to.minusDays(random.nextInt(365 * this.years));
			boolean province = random.nextBoolean();
			mix.add(new Query(province ? "22" : communes.get(random.nextInt(communes.size())), from, to, province));
		}
		for (int q = 0; q < mix.size(); q++) {
			Query query = mix.get(q);
			long t0 = System.nanoTime();
			HttpResponse<String> response = this.http.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + app.port + "/api/v1/reports/processing?agency="
						+ query.agency() + "&from=" + query.from() + "&to=" + query.to() + "&includeSubAgencies="
						+ query.province()))
				.header("Authorization", "Bearer " + token)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			long t1 = System.nanoTime();
			if (response.statusCode() != 200) {
				throw new IllegalStateException(response.body());
			}
			if (q >= 20) {
				api[q - 20] = t1 - t0;
			}
		}
		try (Connection c = app.connect()) {
			for (int q = 0; q < mix.size(); q++) {
				Query query = mix.get(q);
				long t1 = System.nanoTime();
				plainGroupBy(c, query.province() ? communes : List.of(query.agency()), query.from(), query.to());
				long t2 = System.nanoTime();
				if (q >= 20) {
					plain[q - 20] = t2 - t1;
				}
			}
		}
		Arrays.sort(api);
		Arrays.sort(plain);
		System.out.printf(Locale.ROOT, "report API  ms: p50 %.1f p95 %.1f p99 %.1f%n", ms(api, 50), ms(api, 95),
				ms(api, 99));
		System.out.printf(Locale.ROOT, "plain GROUP BY over dossier ms: p50 %.1f p95 %.1f p99 %.1f%n", ms(plain, 50),
				ms(plain, 95), ms(plain, 99));
		System.out.printf(Locale.ROOT, "ratio (GROUP BY / API) at p95: %.1f%n", ms(plain, 95) / ms(api, 95));
	}

	/**
	 * The same figures straight from the dossier table by current status (what the
	 * statistics tables replace; it cannot even say what was in progress at the end of a
	 * past period).
	 */
	private static void plainGroupBy(Connection c, List<String> agencies, LocalDate from, LocalDate to)
			throws Exception {
		try (PreparedStatement ps = c.prepareStatement("""
				select procedure_code,
				  count(*) filter (where received_at >= ? and received_at < ? and channel = 'ONLINE'),
				  count(*) filter (where received_at >= ? and received_at < ? and channel <> 'ONLINE'),
				  count(*) filter (where received_at < ? and (resolved_at is null or resolved_at >= ?)),
				  count(*) filter (where resolved_at >= ? and resolved_at < ? and outcome = 'EARLY'),
				  count(*) filter (where resolved_at >= ? and resolved_at < ? and outcome = 'ON_TIME'),
				  count(*) filter (where resolved_at >= ? and resolved_at < ? and outcome = 'LATE'),
				  count(*) filter (where received_at < ? and (resolved_at is null or resolved_at >= ?) and due_at < ?)
				from dossier where agency_code = any(?) group by procedure_code""")) {
			Timestamp start = Timestamp.from(from.atStartOfDay(VIETNAM).toInstant());
			Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(VIETNAM).toInstant());
			Timestamp[] params = { start, end, start, end, start, start, start, end, start, end, start, end, end, end,
					end };
			for (int i = 0; i < params.length; i++) {
				ps.setTimestamp(i + 1, params[i]);
			}
			ps.setArray(params.length + 1, c.createArrayOf("varchar", agencies.toArray()));
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					rs.getLong(2);
				}
			}
		}
	}

	private static double ms(long[] sorted, int percentile) {
		int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

}
