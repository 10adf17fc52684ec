package vn.motcua.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import vn.motcua.satisfaction.internal.Questionnaire;

/**
 * The satisfaction index over a million survey responses (issue 8: "index computation
 * over 1 million responses in ≤ 1 s"). Starts the application on a fresh database of a
 * real PostgreSQL server (created and dropped here), loads one year's SIPAS campaign of
 * the province with {@code bench.responses} answered questionnaires (default 1,000,000)
 * by COPY — every agency of the demo province as a unit, strata agency × field × channel
 * of uneven sizes, the five elements with perception, satisfaction, expectation and
 * profile answers, units and elements of different quality — then measures
 * {@code GET /api/v1/satisfaction/index} for the province (every response) and for one
 * commune, and, in the same rounds, a plain {@code select count(*)} over the responses
 * table as the baseline: p50 and p95 of each and their ratio.
 * <p>
 * Run: {@code scripts/bench-dossier.sh satisfaction [-Dbench.responses=1000000]
 * [-Dbench.rounds=30]} ({@code -Dbench.keep=true} keeps the database to study the query
 * plans). Do not run it on a machine others are measuring on.
 */
public final class SatisfactionIndexBenchmark {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** A year no demo campaign and no test uses. */
	static final int YEAR = Integer.getInteger("bench.year", 2030);

	static final String[] FIELDS = { "Hộ tịch", "Đất đai", "Đăng ký kinh doanh" };

	static final String[] CHANNELS = { "ONLINE", "COUNTER" };

	private final int responses = Integer.getInteger("bench.responses", 1_000_000);

	private final int rounds = Integer.getInteger("bench.rounds", 30);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private SatisfactionIndexBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		new SatisfactionIndexBenchmark().run();
		System.exit(0);
	}

	private void run() throws Exception {
		BenchApp app = new BenchApp("motcua_sipasbench", Integer.getInteger("bench.port", 18092), List.of());
		app.createDatabase();
		try {
			app.start();
			String province;
			List<String> units = new ArrayList<>();
			String commune;
			try (Connection c = app.connect(); Statement s = c.createStatement()) {
				try (ResultSet rs = s.executeQuery("select code from organization_agency where parent_code is null")) {
					rs.next();
					province = rs.getString(1);
				}
				try (ResultSet rs = s
					.executeQuery("select code from organization_agency where parent_code is not null order by code")) {
					while (rs.next()) {
						units.add(rs.getString(1));
					}
				}
				try (ResultSet rs = s
					.executeQuery("select min(code) from organization_agency where level = 'COMMUNE'")) {
					rs.next();
					commune = rs.getString(1);
				}
			}
			System.out.printf(Locale.ROOT, "loading %,d responses of %d units (%s) for %d%n", this.responses,
					units.size(), province, YEAR);
			long started = System.nanoTime();
			long communeResponses = load(app, province, units, commune);
			System.out.printf(Locale.ROOT, "loaded in %d s; %s has %,d responses%n",
					(System.nanoTime() - started) / 1_000_000_000L, commune, communeResponses);
			measure(app, province, commune);
		}
		finally {
			app.stop();
			if (Boolean.getBoolean("bench.keep")) {
				System.out.println("kept database " + app.database + " (drop it when done)");
			}
			else {
				app.dropDatabase();
			}
		}
	}

	/** One stratum of the bench campaign. */
	record Stratum(String name, String agency, String field, String channel, int respondents, int frame) {

	}

	/**
	 * The campaign, its strata, its samples and their responses; how many responses the
	 * commune has.
	 */
	private long load(BenchApp app, String province, List<String> units, String commune) throws Exception {
		Random random = new Random(8);
		// uneven strata: sizes drawn from a long-tailed distribution, scaled to the total
		List<String[]> keys = new ArrayList<>();
		double[] weights = new double[units.size() * FIELDS.length * CHANNELS.length];
		double total = 0;
		for (String unit : units) {
			for (String field : FIELDS) {
				for (String channel : CHANNELS) {
					weights[keys.size()] = Math.exp(random.nextGaussian());
					total += weights[keys.size()];
					keys.add(new String[] { unit, field, channel });
				}
			}
		}
		List<Stratum> strata = new ArrayList<>();
		int assigned = 0;
		for (int i = 0; i < keys.size(); i++) {
			String[] key = keys.get(i);
			int n = (i == keys.size() - 1) ? this.responses - assigned
					: (int) Math.round(this.responses * weights[i] / total);
			n = Math.max(0, Math.min(n, this.responses - assigned));
			assigned += n;
			// about 60 % answered of a sample that is about a tenth of the frame
			int frame = Math.max(n, (int) Math.round(n / 0.6 * (8 + random.nextInt(5))));
			strata.add(new Stratum(key[0] + "|" + key[1] + "|" + key[2], key[0], key[1], key[2], n, frame));
		}
		Map<String, Double> quality = new HashMap<>();
		for (String unit : units) {
			quality.put(unit, 0.55 + 0.35 * random.nextDouble());
		}
		try (Connection c = app.connect()) {
			c.setAutoCommit(false);
			long campaign;
			try (PreparedStatement ps = c.prepareStatement(
					"""
							insert into satisfaction_campaign (name, year, scope_agency_code, questionnaire_version, period_from,
							  period_to, margin, response_rate, seed, status, frame_size, created_by, created_at)
							values (?, ?, ?, 1, ?, ?, 0.005, 0.6, 8, 'CLOSED', ?, 'bench', now()) returning id""")) {
				ps.setString(1, "Khảo sát SIPAS " + YEAR + " (benchmark)");
				ps.setInt(2, YEAR);
				ps.setString(3, province);
				ps.setObject(4, LocalDate.of(YEAR, 1, 1));
				ps.setObject(5, LocalDate.of(YEAR, 12, 31));
				ps.setInt(6, strata.stream().mapToInt(Stratum::frame).sum());
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					campaign = rs.getLong(1);
				}
			}
			CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
			StringBuilder rows = new StringBuilder();
			for (Stratum stratum : strata) {
				rows.append(campaign)
					.append('\t')
					.append(stratum.name())
					.append('\t')
					.append(stratum.agency())
					.append('\t')
					.append(stratum.field())
					.append('\t')
					.append(stratum.channel())
					.append('\t')
					.append(stratum.frame())
					.append('\t')
					.append(Math.max(1, Math.round(stratum.respondents() / 0.6)))
					.append('\n');
			}
			copy.copyIn("COPY satisfaction_stratum (campaign_id, stratum, agency_code, field, channel, frame_size,"
					+ " sample_size) FROM STDIN", new StringReader(rows.toString()));
			long firstId;
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1000 from satisfaction_sample")) {
				rs.next();
				firstId = rs.getLong(1);
			}
			long id = firstId;
			long communeResponses = 0;
			StringBuilder samples = new StringBuilder();
			StringBuilder answers = new StringBuilder();
			int batch = 0;
			for (Stratum stratum : strata) {
				double base = quality.get(stratum.agency());
				for (int i = 0; i < stratum.respondents(); i++) {
					long day = LocalDate.of(YEAR, 1, 1).toEpochDay() + random.nextInt(365);
					String at = LocalDate.ofEpochDay(day)
						.atTime(7 + random.nextInt(10), random.nextInt(60))
						.atZone(VIETNAM)
						.toOffsetDateTime()
						.toString();
					samples.append(id)
						.append('\t')
						.append(campaign)
						.append('\t')
						.append(stratum.name())
						.append("\tBENCH-")
						.append(id)
						.append('\t')
						.append(stratum.agency())
						.append('\t')
						.append(String.format(Locale.ROOT, "%043d", id))
						.append('\t')
						.append((random.nextInt(10) < 7) ? "0912" + String.format(Locale.ROOT, "%06d", id % 1_000_000)
								: "\\N")
						.append('\t')
						.append(at)
						.append('\t')
						.append(at)
						.append('\n');
					int[] flags = new int[5];
					String json = answers(random, base, flags);
					answers.append(campaign)
						.append('\t')
						.append(id)
						.append('\t')
						.append(stratum.name())
						.append('\t')
						.append(stratum.agency())
						.append('\t')
						.append((random.nextInt(100) < 55) ? "ONLINE" : "PAPER")
						.append('\t')
						.append(json)
						.append('\t')
						.append(flags[0])
						.append('\t')
						.append(flags[1])
						.append('\t')
						.append(flags[2])
						.append('\t')
						.append(flags[3])
						.append('\t')
						.append(flags[4])
						.append('\t')
						.append(at)
						.append('\n');
					if (stratum.agency().equals(commune)) {
						communeResponses++;
					}
					id++;
					if (++batch == 50_000) {
						flush(copy, samples, answers);
						batch = 0;
					}
				}
			}
			flush(copy, samples, answers);
			try (Statement s = c.createStatement()) {
				s.execute("select setval('satisfaction_sample_id_seq', " + id + ")");
				// the stratum totals SurveyResponses adds to with each response it
				// stores,
				// here in one statement for the bulk load (the same as the migration that
				// introduced them)
				if (hasStratumTotals(c)) {
					s.execute(
							"""
									update satisfaction_stratum st
									   set respondents = a.n, satisfied_sum = a.k, satisfied_squares = a.kk,
									       access_satisfied = a.access, procedure_satisfied = a.procedure,
									       officials_satisfied = a.officials, result_satisfied = a.result,
									       feedback_satisfied = a.feedback
									  from (select campaign_id, stratum, count(*) as n,
									               sum(access_ok + procedure_ok + officials_ok + result_ok + feedback_ok) as k,
									               sum((access_ok + procedure_ok + officials_ok + result_ok + feedback_ok)
									                   * (access_ok + procedure_ok + officials_ok + result_ok + feedback_ok)) as kk,
									               sum(access_ok) as access, sum(procedure_ok) as procedure,
									               sum(officials_ok) as officials, sum(result_ok) as result,
									               sum(feedback_ok) as feedback
									          from satisfaction_response where campaign_id = %d
									         group by campaign_id, stratum) a
									 where a.campaign_id = st.campaign_id and a.stratum = st.stratum"""
								.formatted(campaign));
				}
			}
			c.commit();
			c.setAutoCommit(true);
			try (Statement s = c.createStatement()) {
				// as autovacuum would have done on a table loaded over a year
				s.execute("vacuum analyze satisfaction_sample");
				s.execute("vacuum analyze satisfaction_response");
				s.execute("analyze satisfaction_stratum");
				try (ResultSet rs = s
					.executeQuery("select pg_size_pretty(pg_total_relation_size('satisfaction_response')), count(*)"
							+ " from satisfaction_response")) {
					rs.next();
					System.out.printf(Locale.ROOT, "satisfaction_response: %s, %,d rows%n", rs.getString(1),
							rs.getLong(2));
				}
			}
			return communeResponses;
		}
	}

	/**
	 * Whether the schema keeps per-stratum totals (to measure the version before them
	 * too).
	 */
	private static boolean hasStratumTotals(Connection c) throws Exception {
		try (ResultSet rs = c.getMetaData().getColumns(null, null, "satisfaction_stratum", "satisfied_sum")) {
			return rs.next();
		}
	}

	private static void flush(CopyManager copy, StringBuilder samples, StringBuilder answers) throws Exception {
		if (samples.isEmpty()) {
			return;
		}
		copy.copyIn("COPY satisfaction_sample (id, campaign_id, stratum, dossier_code, agency_code, token, contact,"
				+ " invited_at, responded_at) FROM STDIN", new StringReader(samples.toString()));
		copy.copyIn(
				"COPY satisfaction_response (campaign_id, sample_id, stratum, agency_code, mode, answers,"
						+ " access_ok, procedure_ok, officials_ok, result_ok, feedback_ok, submitted_at) FROM STDIN",
				new StringReader(answers.toString()));
		samples.setLength(0);
		answers.setLength(0);
	}

	/**
	 * A questionnaire as {@code SurveyAnswers} stores it (JSON, escaped for COPY's text
	 * format: it has no tab, newline or backslash); the element flags (satisfied = 4 or
	 * 5) into {@code flags}.
	 */
	static String answers(Random random, double quality, int[] flags) {
		StringBuilder perceptions = new StringBuilder();
		StringBuilder satisfaction = new StringBuilder();
		StringBuilder expectations = new StringBuilder();
		List<Questionnaire.Element> elements = Questionnaire.V1.elements();
		for (int e = 0; e < elements.size(); e++) {
			Questionnaire.Element element = elements.get(e);
			// feedback handling and access are rated lower than the officials, as in
			// published SIPAS results
			double p = quality + ((e == 4) ? -0.12 : (e == 0) ? -0.05 : (e == 2) ? 0.05 : 0);
			int lowest = 6;
			String lowestCriterion = null;
			for (int i = 0; i < element.criteria().size(); i++) {
				int value = level(random, p - 0.03 * i);
				appendPair(perceptions, element.criteria().get(i), Integer.toString(value));
				if (value < lowest) {
					lowest = value;
					lowestCriterion = element.criteria().get(i);
				}
			}
			int value = level(random, p);
			flags[e] = (value >= 4) ? 1 : 0;
			appendPair(satisfaction, element.code(), Integer.toString(value));
			if (lowestCriterion != null && random.nextInt(100) < 40) {
				appendPair(expectations, element.code(), "\"" + lowestCriterion + "\"");
			}
		}
		List<String> ages = Questionnaire.V1.profile().get("age");
		List<String> education = Questionnaire.V1.profile().get("education");
		return "{\"perceptions\":{" + perceptions + "},\"satisfaction\":{" + satisfaction + "},\"expectations\":{"
				+ expectations + "},\"profile\":{\"gender\":\"" + (random.nextBoolean() ? "MALE" : "FEMALE")
				+ "\",\"age\":\"" + ages.get(random.nextInt(ages.size())) + "\",\"education\":\""
				+ education.get(random.nextInt(education.size())) + "\"}}";
	}

	private static void appendPair(StringBuilder json, String key, String value) {
		if (!json.isEmpty()) {
			json.append(',');
		}
		json.append('"').append(key).append("\":").append(value);
	}

	/** 4 or 5 with probability p, otherwise 1–3. */
	private static int level(Random random, double p) {
		if (random.nextDouble() < p) {
			return (random.nextDouble() < 0.4) ? 5 : 4;
		}
		double r = random.nextDouble();
		return (r < 0.6) ? 3 : (r < 0.9) ? 2 : 1;
	}

	private void measure(BenchApp app, String province, String commune) throws Exception {
		long[] api = new long[this.rounds];
		long[] unit = new long[this.rounds];
		long[] plain = new long[this.rounds];
		String last = "";
		try (Connection c = app.connect()) {
			for (int q = -5; q < this.rounds; q++) {
				long t0 = System.nanoTime();
				last = index(app, province);
				long t1 = System.nanoTime();
				index(app, commune);
				long t2 = System.nanoTime();
				try (Statement s = c.createStatement();
						ResultSet rs = s.executeQuery("select count(*) from satisfaction_response")) {
					rs.next();
					rs.getLong(1);
				}
				long t3 = System.nanoTime();
				if (q >= 0) {
					api[q] = t1 - t0;
					unit[q] = t2 - t1;
					plain[q] = t3 - t2;
				}
			}
		}
		System.out.println("province index: " + last);
		Arrays.sort(api);
		Arrays.sort(unit);
		Arrays.sort(plain);
		System.out.printf(Locale.ROOT,
				"GET /api/v1/satisfaction/index, province (all responses) ms: p50 %.1f p95 %.1f%n", ms(api, 50),
				ms(api, 95));
		System.out.printf(Locale.ROOT, "GET /api/v1/satisfaction/index, one commune ms: p50 %.1f p95 %.1f%n",
				ms(unit, 50), ms(unit, 95));
		System.out.printf(Locale.ROOT, "baseline select count(*) from satisfaction_response ms: p50 %.1f p95 %.1f%n",
				ms(plain, 50), ms(plain, 95));
		System.out.printf(Locale.ROOT, "ratio province index / count(*): p50 %.2f p95 %.2f%n",
				ms(api, 50) / ms(plain, 50), ms(api, 95) / ms(plain, 95));
	}

	private String index(BenchApp app, String agency) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest
			.newBuilder(URI.create(
					"http://127.0.0.1:" + app.port + "/api/v1/satisfaction/index?agency=" + agency + "&year=" + YEAR))
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private static double ms(long[] sorted, int percentile) {
		int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

}
