package vn.motcua.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.MotCuaApplication;
import vn.motcua.catalog.ImplementingLevel;
import vn.motcua.catalog.OnlineMode;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedurePage;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.Procedures;
import vn.motcua.catalog.internal.ProcedureCatalog;

/**
 * Latency of the public catalog search ({@link Procedures#search}, through the service,
 * JDBC and PostgreSQL, as the pages and the API call it) over a catalog of 5,000
 * published procedures: the 63 demo ones plus {@link SyntheticCatalog} procedures, in a
 * fresh database (the test server of {@code MOTCUA_TEST_DB_URL}, or an embedded
 * PostgreSQL). Each call runs the next query of a fixed mix: with and without diacritics,
 * misspelt, by code, with filters (field, level, agency, online mode), an empty query and
 * a later page. Baseline in the same run: one indexed primary-key lookup of a procedure
 * version through the same connection pool, the floor of any database round trip.
 * <p>
 * Run: {@code ./mvnw -Pbench test-compile exec:exec -Djmh.args="-e DeadlineBenchmark"}
 * (sample mode: JMH prints p0.50, p0.95, p0.99 per benchmark).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CatalogSearchBenchmark {

	static final int CATALOG_SIZE = 5_000;

	/** The fixed mix of queries, run in turn. */
	static final List<ProcedureQuery> MIX = List.of(ProcedureQuery.text("dang ky khai sinh"),
			ProcedureQuery.text("đăng kí khai sinh"), ProcedureQuery.text("khai sinh"),
			ProcedureQuery.text("dang ki ket hn"), ProcedureQuery.text("giay phep xay dung"),
			ProcedureQuery.text("xac nhan tinh trang hon nhn"), ProcedureQuery.text("ly lich tu phap"),
			ProcedureQuery.text("thuong tru"), ProcedureQuery.text("cap lai giay phep lai xe"),
			ProcedureQuery.text("giay phep kinh doanh ruou"), ProcedureQuery.text("chung chi hanh nghe duoc"),
			ProcedureQuery.text("1.001193"), ProcedureQuery.text("Cấp đổi giấy chứng nhận quyền sử dụng đất"),
			ProcedureQuery.text("tro cap xa hoi hang thang"), ProcedureQuery.text("ho kinh doanh"),
			ProcedureQuery.text("giay phep moi truong"), new ProcedureQuery("khai tu", "Hộ tịch", null, null, null),
			new ProcedureQuery("tam tru", null, ImplementingLevel.COMMUNE, null, null),
			new ProcedureQuery("dat dai", null, null, "06652", null),
			new ProcedureQuery(null, null, null, "22.SNNMT", null),
			new ProcedureQuery(null, null, null, null, OnlineMode.IN_PERSON),
			new ProcedureQuery(null, null, null, null, null));

	private ConfigurableApplicationContext context;

	private Procedures procedures;

	private JdbcClient jdbc;

	private int next;

	@Setup(Level.Trial)
	public void start() {
		this.context = new SpringApplicationBuilder(MotCuaApplication.class)
			.properties("server.port=0", "motcua.database.test-mode=true", "motcua.demo.enabled=true",
					"spring.main.banner-mode=off", "logging.level.root=WARN")
			.run();
		this.procedures = this.context.getBean(Procedures.class);
		this.jdbc = this.context.getBean(JdbcClient.class);
		ProcedureCatalog catalog = this.context.getBean(ProcedureCatalog.class);
		List<ProcedureDetails> demo = demo(this.context.getBean(JsonMapper.class));
		List<ProcedureDetails> synthetic = SyntheticCatalog.generate(demo, CATALOG_SIZE - demo.size(), 20261126L);
		new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class)).executeWithoutResult((tx) -> {
			for (ProcedureDetails details : synthetic) {
				catalog.saveDraft(details, "bench");
				catalog.publish(details.code(), "bench");
			}
		});
		this.jdbc.sql("ANALYZE catalog_procedure_version").update();
		long published = this.procedures.search(new ProcedureQuery(null, null, null, null, null), 0, 1).total();
		if (published < CATALOG_SIZE) {
			throw new IllegalStateException("only " + published + " procedures published");
		}
		// a query that must find its procedure first, or the figures measure a broken
		// search
		String first = this.procedures.search(ProcedureQuery.text("dang ky khai sinh"), 0, 20).items().get(0).code();
		if (!"1.001193".equals(first)) {
			throw new IllegalStateException("\"dang ky khai sinh\" finds " + first + " first");
		}
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.context.close();
	}

	private static List<ProcedureDetails> demo(JsonMapper json) {
		try (InputStream in = new ClassPathResource("demo/catalog.json").getInputStream()) {
			List<ProcedureDetails> procedures = new ArrayList<>();
			for (JsonNode node : json.readTree(in).get("procedures")) {
				procedures.add(json.readerFor(ProcedureDetails.class)
					.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
					.readValue(node));
			}
			return procedures;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Benchmark
	public ProcedurePage search() {
		ProcedureQuery query = MIX.get(this.next++ % MIX.size());
		return this.procedures.search(query, 0, 20);
	}

	@Benchmark
	public ProcedurePage searchSecondPage() {
		return this.procedures.search(ProcedureQuery.text("dang ky"), 2, 20);
	}

	@Benchmark
	public String baselinePrimaryKeyLookup() {
		return this.jdbc.sql("SELECT name FROM catalog_procedure_version WHERE code = ? AND version = ?")
			.param("1.001193")
			.param(1)
			.query(String.class)
			.single();
	}

}
