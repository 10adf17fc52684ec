package vn.motcua.satisfaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-unit and per-officer scores of the ratings given in a period (Circular 01/2018 Art.
 * 14–15). Only aggregates leave here: never which dossier or citizen gave which points.
 */
@Component
public class RatingReports {

	private final JdbcClient jdbc;

	RatingReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A unit's scores and class. */
	public record UnitScore(String agencyCode, long ratings, Scoreboard.Scores scores, Scoreboard.UnitClass unitClass,
			Map<String, Long> onlineLevels, Map<Integer, Long> overall) {

	}

	/** An officer's scores and class. */
	public record OfficerScore(String username, long ratings, Scoreboard.Scores scores,
			Scoreboard.OfficerClass officerClass) {

	}

	public List<UnitScore> units(Set<String> agencyCodes, Instant from, Instant to) {
		if (agencyCodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("""
					select agency_code, count(*) as n,
					  coalesce(sum(index1), 0) as p1, count(index1) as n1, coalesce(sum(index2), 0) as p2, count(index2) as n2,
					  sum(index3) as p3, sum(index4) as p4, sum(index7) as p7,
					  count(*) filter (where online_level = 'VERY_SATISFIED') as very,
					  count(*) filter (where online_level = 'SATISFIED') as satisfied,
					  count(*) filter (where online_level = 'NOT_YET_SATISFIED') as not_yet,
					  count(*) filter (where overall = 1) as o1, count(*) filter (where overall = 2) as o2,
					  count(*) filter (where overall = 3) as o3, count(*) filter (where overall = 4) as o4,
					  count(*) filter (where overall = 5) as o5
					from satisfaction_rating where agency_code in (:agencies) and given_at >= :from and given_at < :to
					group by agency_code order by agency_code""")
			.param("agencies", agencyCodes)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(this::unit)
			.list();
	}

	public List<OfficerScore> officers(Set<String> agencyCodes, Instant from, Instant to) {
		if (agencyCodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select o.username, count(*) as n,
				  coalesce(sum(r.index1), 0) as p1, count(r.index1) as n1,
				  coalesce(sum(o.step_score), 0) as p2, count(o.step_score) as n2,
				  sum(r.index3) as p3, sum(r.index4) as p4, sum(r.index7) as p7
				from satisfaction_rating r join satisfaction_rating_officer o on o.rating_id = r.id
				where (r.agency_code in (:agencies) or r.desk_agency_code in (:agencies))
				  and r.given_at >= :from and r.given_at < :to
				group by o.username order by o.username""")
			.param("agencies", agencyCodes)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, row) -> {
				Scoreboard.Scores scores = Scoreboard.score(tallies(rs));
				return new OfficerScore(rs.getString("username"), rs.getLong("n"), scores,
						Scoreboard.officerClass(scores.total()));
			})
			.list();
	}

	private UnitScore unit(ResultSet rs, int row) throws SQLException {
		Scoreboard.Scores scores = Scoreboard.score(tallies(rs));
		Map<String, Long> online = new LinkedHashMap<>();
		online.put("VERY_SATISFIED", rs.getLong("very"));
		online.put("SATISFIED", rs.getLong("satisfied"));
		online.put("NOT_YET_SATISFIED", rs.getLong("not_yet"));
		Map<Integer, Long> overall = new LinkedHashMap<>();
		for (int level = 1; level <= 5; level++) {
			overall.put(level, rs.getLong("o" + level));
		}
		return new UnitScore(rs.getString("agency_code"), rs.getLong("n"), scores, Scoreboard.unitClass(scores.total()),
				online, overall);
	}

	private static Map<Integer, Scoreboard.Tally> tallies(ResultSet rs) throws SQLException {
		long n = rs.getLong("n");
		Map<Integer, Scoreboard.Tally> tallies = new LinkedHashMap<>();
		tallies.put(1, new Scoreboard.Tally(rs.getLong("p1"), rs.getLong("n1")));
		tallies.put(2, new Scoreboard.Tally(rs.getLong("p2"), rs.getLong("n2")));
		tallies.put(3, new Scoreboard.Tally(rs.getLong("p3"), n));
		tallies.put(4, new Scoreboard.Tally(rs.getLong("p4"), n));
		tallies.put(7, new Scoreboard.Tally(rs.getLong("p7"), n));
		return tallies;
	}

}
