package vn.motcua.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
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

/**
 * The demo form templates: for each form of {@code demo/forms.json} not yet stored, a PDF
 * rendered by {@link DemoFormPdf} and stored as uploaded by {@code system}. Forms already
 * there (an administrator's upload included) are left alone; nodes starting together wait
 * for each other on an advisory lock.
 */
@Component
@Order(21)
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
class DemoForms implements ApplicationRunner {

	static final String FILE = "demo/forms.json";

	static final long LOAD_LOCK = 0x666f726d73L;

	private static final Logger log = LoggerFactory.getLogger(DemoForms.class);

	private final FormTemplates forms;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DemoForms(FormTemplates forms, JsonMapper json, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.forms = forms;
		this.json = json;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	record DemoFile(List<DemoFormPdf.Spec> forms) {
	}

	static List<DemoFormPdf.Spec> read(JsonMapper json) {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			return json.readerFor(DemoFile.class)
				.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.<DemoFile>readValue(in)
				.forms();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		List<DemoFormPdf.Spec> specs = read(this.json);
		Integer added = this.transactions.execute((status) -> {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOAD_LOCK).query().listOfRows();
			int count = 0;
			for (DemoFormPdf.Spec spec : specs) {
				if (!this.forms.exists(spec.fileName())) {
					this.forms.upload(spec.fileName(), spec.title(), DemoFormPdf.render(spec), CatalogDemoData.SYSTEM);
					count++;
				}
			}
			return count;
		});
		log.info("Demo forms: {} form templates added", added);
	}

}
