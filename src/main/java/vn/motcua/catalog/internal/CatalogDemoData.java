package vn.motcua.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.catalog.ProcedureDetails;

/**
 * The demo catalog: real procedures from {@code shared/data/procedures-reference.md}
 * (national codes, names, fields, levels, legal basis, times and fees as recorded there),
 * written to {@code demo/catalog.json} by {@code scripts/catalog_demo_from_reference.py}.
 * What the reference marks as uncertain is kept and explained in each procedure's note;
 * the internal processes are demo defaults. Publishes only the procedures not yet in the
 * catalog, so it may run any number of times, on several nodes at once, and leaves
 * administrators' edits alone.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
class CatalogDemoData implements ApplicationRunner {

	static final String FILE = "demo/catalog.json";

	static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);

	private final ProcedureCatalog catalog;

	private final JsonMapper json;

	/** Key of the advisory lock that lets one node at a time load the demo catalog. */
	static final long LOAD_LOCK = 0x636174616c6f67L;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	CatalogDemoData(ProcedureCatalog catalog, JsonMapper json, JdbcClient jdbc,
			PlatformTransactionManager transactions) {
		this.catalog = catalog;
		this.json = json;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	record DemoFile(List<ProcedureDetails> procedures) {
	}

	static List<ProcedureDetails> read(JsonMapper json) {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			return json.readerFor(DemoFile.class)
				.without(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.<DemoFile>readValue(in)
				.procedures();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Loads in one transaction under an advisory lock: nodes starting together on one
	 * database wait for each other, and the later one finds everything there.
	 */
	@Override
	public void run(ApplicationArguments args) {
		List<ProcedureDetails> procedures = read(this.json);
		Integer added = this.transactions.execute((status) -> {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOAD_LOCK).query().listOfRows();
			int count = 0;
			for (ProcedureDetails details : procedures) {
				if (!this.catalog.exists(details.code())) {
					this.catalog.saveDraft(details, SYSTEM);
					this.catalog.publish(details.code(), SYSTEM);
					count++;
				}
			}
			return count;
		});
		log.info("Demo catalog: {} procedures added", added);
	}

}
