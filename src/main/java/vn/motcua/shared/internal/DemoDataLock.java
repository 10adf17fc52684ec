package vn.motcua.shared.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Serialises the demo loaders of all nodes that start together on one database. The
 * loaders run as {@link ApplicationRunner}s (organization, then identity, then catalog);
 * each inserts only what is missing, but two nodes checking "missing?" at the same moment
 * would both insert. This takes a PostgreSQL session advisory lock on a dedicated
 * connection before the first loader and releases it after the last, so the second node
 * waits and then finds everything in place. If a loader fails, closing the context (or
 * the process ending) closes the connection, which releases the lock.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("motcua.demo.enabled")
class DemoDataLock implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLock.class);

	/** An arbitrary key for {@code pg_advisory_lock}, fixed for all nodes. */
	static final long LOCK_KEY = 0x6d6f74637561L; // "motcua"

	private final DataSource dataSource;

	private @Nullable Connection connection;

	DemoDataLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Bean
	ApplicationRunner demoDataLockAcquire() {
		return new Step(Ordered.HIGHEST_PRECEDENCE, true);
	}

	@Bean
	ApplicationRunner demoDataLockRelease() {
		return new Step(Ordered.LOWEST_PRECEDENCE, false);
	}

	/**
	 * A runner that takes or gives back the lock, ordered before or after the loaders.
	 */
	private final class Step implements ApplicationRunner, Ordered {

		private final int order;

		private final boolean take;

		Step(int order, boolean take) {
			this.order = order;
			this.take = take;
		}

		@Override
		public void run(ApplicationArguments args) throws SQLException {
			if (this.take) {
				acquire();
			}
			else {
				release();
			}
		}

		@Override
		public int getOrder() {
			return this.order;
		}

	}

	synchronized void acquire() throws SQLException {
		Connection held = this.dataSource.getConnection();
		try (Statement statement = held.createStatement()) {
			statement.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
		}
		catch (SQLException ex) {
			held.close();
			throw ex;
		}
		this.connection = held;
		log.debug("Demo data lock taken");
	}

	synchronized void release() throws SQLException {
		Connection held = this.connection;
		if (held == null) {
			return;
		}
		this.connection = null;
		try (held; Statement statement = held.createStatement()) {
			statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
		}
		log.debug("Demo data lock released");
	}

	@Override
	public void destroy() throws SQLException {
		release();
	}

}
