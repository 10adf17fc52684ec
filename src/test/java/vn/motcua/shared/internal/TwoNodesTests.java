package vn.motcua.shared.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.MotCuaApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale-out: two application nodes started at the same moment on one empty database both
 * come up, and what they do at start (migrations, demo province, demo accounts, holiday
 * schedules) is done once, not twice.
 */
@SpringBootTest
class TwoNodesTests {

	@Autowired
	DataSource dataSource;

	@Test
	void twoNodesStartingTogetherOnAnEmptyDatabaseLoadEverythingOnce() throws Exception {
		String database = "motcua_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		JdbcClient server = JdbcClient.create(this.dataSource);
		server.sql("CREATE DATABASE " + database).update();
		String url;
		try (var connection = this.dataSource.getConnection()) {
			url = DatabaseEnvironment.replaceDatabase(connection.getMetaData().getURL(), database);
			if (!url.contains("user=")) {
				url = url + (url.contains("?") ? "&" : "?") + "user=" + connection.getMetaData().getUserName();
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<ConfigurableApplicationContext> nodes = new ArrayList<>();
		try {
			List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				String nodeUrl = url;
				starting.add(pool.submit(() -> new SpringApplicationBuilder(MotCuaApplication.class).run(
						"--motcua.database.test-mode=false", "--spring.datasource.url=" + nodeUrl,
						"--motcua.demo.enabled=true", "--server.port=0", "--spring.jmx.enabled=false")));
			}
			for (Future<ConfigurableApplicationContext> node : starting) {
				nodes.add(node.get(3, TimeUnit.MINUTES));
			}
			JdbcClient db = JdbcClient.create(nodes.get(0).getBean(DataSource.class));
			assertThat(db.sql("select count(*) from organization_agency").query(Long.class).single())
				.isEqualTo(db.sql("select count(distinct code) from organization_agency").query(Long.class).single())
				.isEqualTo(83L);
			assertThat(
					db.sql("select count(*) from identity_account where username = 'admin'").query(Long.class).single())
				.isEqualTo(1L);
			assertThat(db.sql("select count(*) from identity_account").query(Long.class).single()).isEqualTo(14L);
			assertThat(db.sql("select count(*) from audit_entry where action = 'account.created'")
				.query(Long.class)
				.single()).isEqualTo(14L);
		}
		finally {
			nodes.forEach(ConfigurableApplicationContext::close);
			pool.shutdownNow();
			server.sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").update();
		}
	}

}
