package vn.motcua.reporting.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.shared.DomainException;

/**
 * The commitments each unit signs for a year (on-time %, online %, satisfaction %),
 * entered by its managers.
 */
@Component
public class Targets {

	private final JdbcClient jdbc;

	private final Clock clock;

	Targets(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A unit's commitments for a year; a missing one is not committed. */
	public record Target(String agencyCode, int year, @Nullable BigDecimal onTime, @Nullable BigDecimal online,
			@Nullable BigDecimal satisfaction, @Nullable String updatedBy, @Nullable Instant updatedAt) {

	}

	public Map<String, Target> of(Collection<String> agencies, int year) {
		Map<String, Target> found = new HashMap<>();
		this.jdbc.sql("select * from reporting_target where agency_code = any(?) and year = ?")
			.params(agencies.toArray(String[]::new), year)
			.query((rs, n) -> found.put(rs.getString("agency_code"),
					new Target(rs.getString("agency_code"), year, rs.getBigDecimal("on_time_percent"),
							rs.getBigDecimal("online_percent"), rs.getBigDecimal("satisfaction_percent"),
							rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant())))
			.list();
		return found;
	}

	/** Records the commitments; each a percentage from 0 to 100, or none. */
	public void save(String agencyCode, int year, @Nullable BigDecimal onTime, @Nullable BigDecimal online,
			@Nullable BigDecimal satisfaction, String by) {
		check("onTime", onTime);
		check("online", online);
		check("satisfaction", satisfaction);
		if (year < 2000 || year > 2100) {
			throw DomainException.invalid("reporting.target.year", "year", year);
		}
		this.jdbc.sql("""
				insert into reporting_target (agency_code, year, on_time_percent, online_percent, satisfaction_percent,
				  updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (agency_code, year) do update set on_time_percent = excluded.on_time_percent,
				  online_percent = excluded.online_percent, satisfaction_percent = excluded.satisfaction_percent,
				  updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.params(agencyCode, year, onTime, online, satisfaction, by, Timestamp.from(this.clock.instant()))
			.update();
	}

	private static void check(String field, @Nullable BigDecimal value) {
		if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw DomainException.invalid("reporting.target.percent", field, value);
		}
	}

}
