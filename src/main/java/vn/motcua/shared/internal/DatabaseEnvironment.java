package vn.motcua.shared.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides which PostgreSQL the application talks to, before any bean is created.
 * <ul>
 * <li>{@code spring.datasource.url} (or the {@code MOTCUA_DB_URL} environment variable)
 * set: that server. Demo data stays off unless {@code motcua.demo.enabled=true}.</li>
 * <li>Nothing set: an embedded PostgreSQL whose data is kept under
 * {@code ./data/postgres} (reused across restarts), with demo data on.</li>
 * <li>Test mode ({@code motcua.database.test-mode=true}, set by the test resources): a
 * fresh database per test JVM, on the server named by {@code MOTCUA_TEST_DB_URL} when
 * set, on a throw-away embedded PostgreSQL otherwise.</li>
 * </ul>
 * The embedded server is started once per JVM and shared by every application context in
 * it.
 */
public class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

	private static final String URL = "spring.datasource.url";

	private static @Nullable String testDatabaseUrl;

	private static @Nullable EmbeddedPostgres embedded;

	@Override
	public int getOrder() {
		// after application.properties and the environment have been read
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> properties = new HashMap<>();
		boolean testMode = environment.getProperty("motcua.database.test-mode", Boolean.class, false);
		if (testMode) {
			String server = environment.getProperty("MOTCUA_TEST_DB_URL");
			String url = StringUtils.hasText(server) ? freshTestDatabase(server) : embedded(null);
			properties.put(URL, url);
			properties.put("spring.datasource.username", userOf(url));
			properties.put("motcua.database.mode", StringUtils.hasText(server) ? "external-test" : "embedded-test");
		}
		else if (StringUtils.hasText(environment.getProperty(URL))) {
			properties.put("motcua.database.mode", "external");
		}
		else if (StringUtils.hasText(environment.getProperty("MOTCUA_DB_URL"))) {
			properties.put(URL, environment.getProperty("MOTCUA_DB_URL"));
			properties.put("motcua.database.mode", "external");
		}
		else {
			Path dataDir = Path.of(environment.getProperty("motcua.database.embedded-dir", "data/postgres"));
			properties.put(URL, embedded(dataDir));
			properties.put("spring.datasource.username", "postgres");
			properties.put("motcua.database.mode", "embedded");
			if (environment.getProperty("motcua.demo.enabled") == null) {
				properties.put("motcua.demo.enabled", "true");
			}
		}
		environment.getPropertySources().addFirst(new MapPropertySource("motcuaDatabase", properties));
	}

	private static String userOf(String url) {
		int at = url.indexOf("user=");
		if (at < 0) {
			return "postgres";
		}
		int end = url.indexOf('&', at);
		return url.substring(at + 5, end < 0 ? url.length() : end);
	}

	/**
	 * Starts (once per JVM) an embedded PostgreSQL. With a directory the data is kept
	 * there; without one (tests) it lives in a temporary directory removed at exit.
	 */
	static synchronized String embedded(@Nullable Path dataDir) {
		if (embedded == null) {
			try {
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setRegisterShutdownHook(false)
					.setServerConfig("max_connections", "300")
					.setServerConfig("timezone", "UTC")
					.setLocaleConfig("encoding", "UTF8");
				if (dataDir != null) {
					Path absolute = dataDir.toAbsolutePath();
					Files.createDirectories(absolute);
					// never "clean": the builder would delete the directory on close; an
					// empty
					// directory is initialised (initdb) on first start and reused
					// afterwards
					builder.setDataDirectory(absolute).setCleanDataDirectory(false);
				}
				embedded = builder.start();
				EmbeddedPostgres started = embedded;
				// Boot's shutdown handlers run after every application context has
				// closed, so the
				// database outlives the beans that still use it while stopping
				SpringApplication.getShutdownHandlers().add(() -> {
					try {
						started.close();
					}
					catch (IOException ex) {
						// the process is ending; nothing more to do
					}
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
			}
		}
		return embedded.getJdbcUrl("postgres", "postgres");
	}

	/**
	 * Creates a database of its own for this test JVM on the given server, dropped at
	 * exit.
	 */
	static synchronized String freshTestDatabase(String serverUrl) {
		if (testDatabaseUrl == null) {
			String name = "motcua_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			try (Connection connection = DriverManager.getConnection(serverUrl);
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE " + name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create a test database on " + serverUrl, ex);
			}
			testDatabaseUrl = replaceDatabase(serverUrl, name);
			SpringApplication.getShutdownHandlers().add(() -> dropQuietly(serverUrl, name));
		}
		return testDatabaseUrl;
	}

	static String replaceDatabase(String url, String database) {
		// jdbc:postgresql://host:port/db?params
		int query = url.indexOf('?');
		String base = (query < 0) ? url : url.substring(0, query);
		String params = (query < 0) ? "" : url.substring(query);
		int slash = base.lastIndexOf('/');
		return base.substring(0, slash + 1) + database + params;
	}

	private static void dropQuietly(String serverUrl, String name) {
		try (Connection connection = DriverManager.getConnection(serverUrl);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			// best effort at exit: a leftover test database does no harm
		}
	}

}
