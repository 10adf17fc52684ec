package vn.motcua.catalog.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.catalog.ImplementingLevel;
import vn.motcua.catalog.OnlineMode;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedurePage;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.shared.VietnameseText;

/**
 * Versions of procedures in {@code catalog_procedure_version}: the record as JSON plus
 * the columns search needs, among them the accent-folded name under a trigram index.
 */
@Repository
class ProcedureStore {

	/** Word similarity from which a name counts as a (misspelt) match. */
	static final double TYPO_THRESHOLD = 0.45;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	ProcedureStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	Optional<Procedure> load(String code) {
		List<ProcedureRecord> versions = this.jdbc
			.sql("SELECT code, version, status, content FROM catalog_procedure_version WHERE code = ? ORDER BY version")
			.param(code)
			.query((rs, n) -> new ProcedureRecord(rs.getString("code"), rs.getInt("version"),
					ProcedureStatus.valueOf(rs.getString("status")),
					this.json.readValue(rs.getString("content"), ProcedureDetails.class)))
			.list();
		return versions.isEmpty() ? Optional.empty() : Optional.of(new Procedure(code, versions));
	}

	Optional<ProcedureRecord> find(String code, int version) {
		return this.jdbc
			.sql("SELECT code, version, status, content FROM catalog_procedure_version"
					+ " WHERE code = ? AND version = ?")
			.param(code)
			.param(version)
			.query((rs, n) -> new ProcedureRecord(rs.getString("code"), rs.getInt("version"),
					ProcedureStatus.valueOf(rs.getString("status")),
					this.json.readValue(rs.getString("content"), ProcedureDetails.class)))
			.optional();
	}

	Optional<ProcedureRecord> findPublished(String code) {
		return this.jdbc
			.sql("SELECT code, version, status, content FROM catalog_procedure_version"
					+ " WHERE code = ? AND status = 'PUBLISHED'")
			.param(code)
			.query((rs, n) -> new ProcedureRecord(rs.getString("code"), rs.getInt("version"),
					ProcedureStatus.valueOf(rs.getString("status")),
					this.json.readValue(rs.getString("content"), ProcedureDetails.class)))
			.optional();
	}

	/** Writes the changed versions, in the order they changed. */
	void save(Procedure procedure) {
		Timestamp now = Timestamp.from(this.clock.instant());
		for (ProcedureRecord record : procedure.changed()) {
			ProcedureDetails details = record.details();
			this.jdbc.sql("""
					INSERT INTO catalog_procedure_version (code, version, status, name, name_folded, field, levels,
						online_mode, agency_levels, agency_codes, content, created_at, published_at, withdrawn_at)
					VALUES (:code, :version, :status, :name, :folded, :field, :levels, :mode, :agencyLevels,
						:agencyCodes, CAST(:content AS jsonb), :now,
						CASE WHEN :status = 'PUBLISHED' THEN CAST(:now AS timestamptz) END, NULL)
					ON CONFLICT (code, version) DO UPDATE SET status = EXCLUDED.status, name = EXCLUDED.name,
						name_folded = EXCLUDED.name_folded, field = EXCLUDED.field, levels = EXCLUDED.levels,
						online_mode = EXCLUDED.online_mode, agency_levels = EXCLUDED.agency_levels,
						agency_codes = EXCLUDED.agency_codes, content = EXCLUDED.content,
						published_at = CASE WHEN EXCLUDED.status = 'PUBLISHED' THEN CAST(:now AS timestamptz)
							ELSE catalog_procedure_version.published_at END,
						withdrawn_at = CASE WHEN EXCLUDED.status = 'WITHDRAWN' THEN CAST(:now AS timestamptz) END
					""")
				.param("code", record.code())
				.param("version", record.version())
				.param("status", record.status().name())
				.param("name", details.name())
				.param("folded", searchForm(details.name()))
				.param("field", details.field())
				.param("levels", joined(details.levels().stream().map(Enum::name).toList()))
				.param("mode", details.onlineMode().name())
				.param("agencyLevels", joined(details.applicability().agencyLevels().stream().map(Enum::name).toList()))
				.param("agencyCodes", joined(details.applicability().agencyCodes()))
				.param("content", this.json.writeValueAsString(details))
				.param("now", now)
				.update();
		}
	}

	/**
	 * The folded form searched: no diacritics, lower case, without the leading "thủ tục"
	 * that many official names carry.
	 */
	static String searchForm(String text) {
		String folded = VietnameseText.fold(text).replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").strip();
		return folded.startsWith("thu tuc ") ? folded.substring("thu tuc ".length()) : folded;
	}

	private static String joined(List<String> values) {
		return values.isEmpty() ? "," : "," + String.join(",", values) + ",";
	}

	/**
	 * Published procedures matching, ranked: exact name or code, then names starting with
	 * the query, then names containing it as whole words, then anywhere, then by word
	 * similarity (typos); ties go to the closer (word similarity plus whole-name
	 * similarity), shorter name.
	 */
	ProcedurePage search(@Nullable String text, @Nullable String field, @Nullable ImplementingLevel level,
			List<String> agencyLevels, @Nullable String agencyCode, @Nullable OnlineMode mode, int page, int size) {
		String q = (text == null) ? "" : searchForm(text);
		String raw = (text == null) ? "" : text.strip();
		StringBuilder where = new StringBuilder("status = 'PUBLISHED'");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", q);
		params.put("raw", raw);
		if (!q.isEmpty() || !raw.isEmpty()) {
			where.append(
					" AND (code = :raw OR name_folded LIKE '%' || :q || '%' OR word_similarity(:q, name_folded) >= ")
				.append(TYPO_THRESHOLD)
				.append(")");
		}
		if (field != null) {
			where.append(" AND field = :field");
			params.put("field", field);
		}
		if (level != null) {
			where.append(" AND levels LIKE :level");
			params.put("level", "%," + level.name() + ",%");
		}
		if (agencyCode != null) {
			List<String> alternatives = new ArrayList<>();
			alternatives.add("agency_codes LIKE :agencyCode");
			params.put("agencyCode", "%," + agencyCode + ",%");
			for (int i = 0; i < agencyLevels.size(); i++) {
				alternatives.add("agency_levels LIKE :agencyLevel" + i);
				params.put("agencyLevel" + i, "%," + agencyLevels.get(i) + ",%");
			}
			where.append(" AND (").append(alternatives.stream().collect(Collectors.joining(" OR "))).append(")");
		}
		if (mode != null) {
			where.append(" AND online_mode = :mode");
			params.put("mode", mode.name());
		}
		params.put("limit", size);
		params.put("offset", (long) page * size);
		String sql = """
				SELECT code, version, name, field, levels, online_mode, count(*) OVER () AS total,
					CASE WHEN :q = '' THEN 9
						WHEN name_folded = :q OR code = :raw THEN 0
						WHEN name_folded LIKE :q || '%' THEN 1
						WHEN ' ' || name_folded || ' ' LIKE '% ' || :q || ' %' THEN 2
						WHEN name_folded LIKE '%' || :q || '%' THEN 3
						ELSE 4 END AS tier,
					word_similarity(:q, name_folded) AS word_score,
					similarity(:q, name_folded) AS score
				FROM catalog_procedure_version
				WHERE {where}
				ORDER BY tier, word_similarity(:q, name_folded) + similarity(:q, name_folded) DESC, length(name_folded), code
				LIMIT :limit OFFSET :offset
				"""
			.replace("{where}", where);
		long[] total = { 0 };
		List<ProcedureSummary> items = this.jdbc.sql(sql).params(params).query((rs, n) -> {
			total[0] = rs.getLong("total");
			return new ProcedureSummary(rs.getString("code"), rs.getInt("version"), rs.getString("name"),
					rs.getString("field"), levels(rs.getString("levels")),
					OnlineMode.valueOf(rs.getString("online_mode")));
		}).list();
		if (items.isEmpty() && page > 0) {
			total[0] = this.jdbc.sql("SELECT count(*) FROM catalog_procedure_version WHERE " + where)
				.params(params)
				.query(Long.class)
				.single();
		}
		return new ProcedurePage(items, page, size, total[0]);
	}

	/** Every procedure's latest version, by code. */
	List<ProcedureVersionRow> latestVersions() {
		return this.jdbc.sql("""
				SELECT DISTINCT ON (code) code, version, status, name,
					(SELECT max(p.version) FROM catalog_procedure_version p
						WHERE p.code = v.code AND p.status = 'PUBLISHED') AS published
				FROM catalog_procedure_version v ORDER BY code, version DESC
				""")
			.query((rs, n) -> new ProcedureVersionRow(rs.getString("code"), rs.getInt("version"),
					ProcedureStatus.valueOf(rs.getString("status")), rs.getString("name"),
					(Integer) rs.getObject("published")))
			.list();
	}

	List<String> fields() {
		return this.jdbc
			.sql("SELECT DISTINCT field FROM catalog_procedure_version WHERE status = 'PUBLISHED' ORDER BY field")
			.query(String.class)
			.list();
	}

	private static List<ImplementingLevel> levels(String joined) {
		List<ImplementingLevel> levels = new ArrayList<>();
		for (String level : joined.split(",")) {
			if (!level.isEmpty()) {
				levels.add(ImplementingLevel.valueOf(level));
			}
		}
		return levels;
	}

}
