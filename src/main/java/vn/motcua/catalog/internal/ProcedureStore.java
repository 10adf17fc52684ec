package vn.motcua.catalog.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * the columns search needs, among them the accent-folded name under a trigram index and
 * its words under an array index (see {@link #search}).
 */
@Repository
class ProcedureStore {

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
		this.vocabulary = null;
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
	 * Published procedures matching, ranked. Two steps, each served by an index:
	 * <ol>
	 * <li>Exact words: the code, the folded query anywhere in the folded name (trigram
	 * index), or every query word among the name's words (array index). Ranked: exact
	 * name or code, then names starting with the query, then containing it as whole
	 * words, then anywhere, then containing all its words; within a tier the shorter name
	 * (the closer one), and among names with all the words the more similar.</li>
	 * <li>Only when that finds nothing, typos: each query word is replaced by the words
	 * of the catalog's vocabulary within a small edit distance (1 for words of up to 4
	 * letters, 2 above), and names holding a variant of every word (words without any
	 * variant are ignored) are ranked by trigram similarity to the query.</li>
	 * </ol>
	 */
	ProcedurePage search(@Nullable String text, @Nullable String field, @Nullable ImplementingLevel level,
			List<String> agencyLevels, @Nullable String agencyCode, @Nullable OnlineMode mode, int page, int size) {
		String q = (text == null) ? "" : searchForm(text);
		String raw = (text == null) ? "" : text.strip();
		List<String> words = words(q);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("q", q);
		params.put("raw", raw);
		params.put("words", words.toArray(String[]::new));
		String filters = filters(field, level, agencyLevels, agencyCode, mode, params);
		params.put("limit", size);
		params.put("offset", (long) page * size);
		if (q.isEmpty() && raw.isEmpty()) {
			return page(filters, "9", "length(name_folded)", params, page, size);
		}
		// the planner misjudges how many names a long LIKE pattern matches and would
		// rather
		// read the whole table than the trigram and word indexes (ten times slower at
		// 5,000
		// procedures, see CatalogSearchBenchmark): for this transaction only, prefer
		// indexes
		this.jdbc.sql("SELECT set_config('enable_seqscan', 'off', true)").query().listOfRows();
		String exact = filters + " AND (code = :raw"
				+ (q.isEmpty() ? "" : " OR name_folded LIKE '%' || :q || '%' OR name_words @> CAST(:words AS text[])")
				+ ")";
		String tier = """
				CASE WHEN name_folded = :q OR code = :raw THEN 0
					WHEN name_folded LIKE :q || '%' THEN 1
					WHEN ' ' || name_folded || ' ' LIKE '% ' || :q || ' %' THEN 2
					WHEN name_folded LIKE '%' || :q || '%' THEN 3
					ELSE 4 END""";
		ProcedurePage found = page(exact, tier,
				"CASE WHEN " + tier + " = 4 THEN -similarity(:q, name_folded) ELSE 0 END, length(name_folded)", params,
				page, size);
		if (found.total() > 0) {
			return found;
		}
		// first only the unknown words corrected; if that finds nothing, every word
		List<List<String>> corrected = variants(words, true);
		if (corrected.isEmpty()) {
			return found;
		}
		ProcedurePage guessed = typos(corrected, filters, params, page, size);
		if (guessed.total() > 0) {
			return guessed;
		}
		List<List<String>> all = variants(words, false);
		return all.equals(corrected) ? guessed : typos(all, filters, params, page, size);
	}

	private ProcedurePage typos(List<List<String>> variants, String filters, Map<String, Object> params, int page,
			int size) {
		StringBuilder typos = new StringBuilder(filters);
		for (int i = 0; i < variants.size(); i++) {
			typos.append(" AND name_words && CAST(:variants").append(i).append(" AS text[])");
			params.put("variants" + i, variants.get(i).toArray(String[]::new));
		}
		return page(typos.toString(), "5", "-similarity(:q, name_folded), length(name_folded)", params, page, size);
	}

	private static List<String> words(String folded) {
		return Arrays.stream(folded.split(" ")).filter((word) -> !word.isEmpty()).distinct().toList();
	}

	/**
	 * For each query word, the words of the vocabulary close to it (itself included when
	 * known); words without any are left out. With {@code knownAsIs} a word the
	 * vocabulary knows stands for itself only: "xac nhan tinh trang hon nhn" corrects
	 * only "nhn", which keeps the candidates few and the ranking on the words people
	 * typed.
	 */
	private List<List<String>> variants(List<String> words, boolean knownAsIs) {
		Vocabulary vocabulary = vocabulary();
		List<List<String>> variants = new ArrayList<>();
		for (String word : words) {
			List<String> close = (knownAsIs && vocabulary.words().contains(word)) ? List.of(word)
					: vocabulary.closeTo(word, (word.length() <= 4) ? 1 : 2);
			if (!close.isEmpty()) {
				variants.add(close);
			}
		}
		return variants;
	}

	/**
	 * The words of every name ever stored ({@code catalog_search_word}, kept by a
	 * trigger), held in memory for typo correction: read again after this node writes a
	 * procedure and at most {@link #VOCABULARY_TTL} after another node did.
	 */
	private Vocabulary vocabulary() {
		Vocabulary current = this.vocabulary;
		if (current == null || current.loadedAt().plus(VOCABULARY_TTL).isBefore(this.clock.instant())) {
			current = new Vocabulary(
					Set.copyOf(this.jdbc.sql("SELECT word FROM catalog_search_word").query(String.class).list()),
					this.clock.instant());
			this.vocabulary = current;
		}
		return current;
	}

	static final Duration VOCABULARY_TTL = Duration.ofMinutes(1);

	private volatile @Nullable Vocabulary vocabulary;

	record Vocabulary(Set<String> words, Instant loadedAt) {

		/** The words within {@code max} edits of {@code word}, sorted. */
		List<String> closeTo(String word, int max) {
			return this.words.stream()
				.filter((candidate) -> Math.abs(candidate.length() - word.length()) <= max
						&& editDistance(word, candidate, max) <= max)
				.sorted()
				.toList();
		}

		/**
		 * Levenshtein distance, given up (answering {@code max + 1}) as soon as it
		 * exceeds {@code max}.
		 */
		static int editDistance(String a, String b, int max) {
			int[] previous = new int[b.length() + 1];
			int[] current = new int[b.length() + 1];
			for (int j = 0; j <= b.length(); j++) {
				previous[j] = j;
			}
			for (int i = 1; i <= a.length(); i++) {
				current[0] = i;
				int rowMin = current[0];
				for (int j = 1; j <= b.length(); j++) {
					int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
					current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
					rowMin = Math.min(rowMin, current[j]);
				}
				if (rowMin > max) {
					return max + 1;
				}
				int[] swap = previous;
				previous = current;
				current = swap;
			}
			return previous[b.length()];
		}

	}

	private static String filters(@Nullable String field, @Nullable ImplementingLevel level, List<String> agencyLevels,
			@Nullable String agencyCode, @Nullable OnlineMode mode, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("status = 'PUBLISHED'");
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
		return where.toString();
	}

	private ProcedurePage page(String where, String tier, String order, Map<String, Object> params, int page,
			int size) {
		String sql = """
				SELECT code, version, name, field, levels, online_mode, count(*) OVER () AS total, {tier} AS tier
				FROM catalog_procedure_version
				WHERE {where}
				ORDER BY tier, {order}, code
				LIMIT :limit OFFSET :offset
				""".replace("{tier}", tier).replace("{where}", where).replace("{order}", order);
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
