package vn.motcua.satisfaction.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.DomainException;

/**
 * The SIPAS-shaped index and its five element sub-indices per unit and year, from the
 * responses of the campaigns of that year (see {@link IndexEstimator} for the formula),
 * read from the totals each response adds to its stratum: the cost depends on the number
 * of strata, not of responses.
 */
@Component
public class SatisfactionIndexes {

	private final JdbcClient jdbc;

	private final Agencies agencies;

	SatisfactionIndexes(JdbcClient jdbc, Agencies agencies) {
		this.jdbc = jdbc;
		this.agencies = agencies;
	}

	/** The index of a unit and year: overall and per element, with the respondents. */
	public record UnitIndex(String agencyCode, int year, IndexEstimator.@Nullable Estimate overall,
			Map<String, IndexEstimator.@Nullable Estimate> elements, long respondents) {

	}

	/** A unit in the ranking, with the change from the year before. */
	public record Ranked(int rank, String agencyCode, String agencyName, IndexEstimator.Estimate overall,
			IndexEstimator.@Nullable Estimate lastYear, boolean significant) {

		public @Nullable Double change() {
			return (this.lastYear != null) ? this.overall.value() - this.lastYear.value() : null;
		}

	}

	/**
	 * A perception criterion: share agreeing (4–5) and how often cited as expectation.
	 */
	public record Aspect(String criterion, String element, long answers, double performance, long cited,
			double importance) {

	}

	/** Checks the agency and the year as the API receives them. */
	public void check(@Nullable String agencyCode, @Nullable Integer year) {
		if (agencyCode == null || agencyCode.isBlank() || !this.agencies.exists(agencyCode.strip())) {
			throw DomainException.notFound("satisfaction.agency.unknown", String.valueOf(agencyCode));
		}
		if (year == null || year < 2000 || year > 2100) {
			throw DomainException.invalid("satisfaction.year.invalid", "year", String.valueOf(year));
		}
	}

	/** The index of the agency and the agencies below it for the year. */
	public UnitIndex index(String agencyCode, int year) {
		check(agencyCode, year);
		return indexOf(agencyCode, this.agencies.withDescendants(agencyCode), year);
	}

	UnitIndex indexOf(String agencyCode, Set<String> scope, int year) {
		// the totals each response added to its stratum (SurveyResponses): a few hundred
		// rows however many responses
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select st.frame_size, st.respondents as n, st.satisfied_sum, st.satisfied_squares,
				  st.access_satisfied as access, st.procedure_satisfied as procedure,
				  st.officials_satisfied as officials, st.result_satisfied as result, st.feedback_satisfied as feedback
				from satisfaction_campaign c
				join satisfaction_stratum st on st.campaign_id = c.id
				where c.year = :year and st.agency_code in (:agencies)""")
			.param("year", year)
			.param("agencies", scope)
			.query()
			.listOfRows();
		List<IndexEstimator.Stratum> overall = new ArrayList<>();
		Map<String, List<IndexEstimator.Stratum>> elements = new LinkedHashMap<>();
		long respondents = 0;
		for (Map<String, Object> row : rows) {
			long frame = ((Number) row.get("frame_size")).longValue();
			long n = ((Number) row.get("n")).longValue();
			respondents += n;
			// a respondent's overall score is k / 5
			overall.add(new IndexEstimator.Stratum(frame, n, ((Number) row.get("satisfied_sum")).doubleValue() / 5,
					((Number) row.get("satisfied_squares")).doubleValue() / 25));
			for (String element : Questionnaire.ELEMENTS) {
				double sum = ((Number) row.get(element)).doubleValue();
				elements.computeIfAbsent(element, (k) -> new ArrayList<>())
					.add(new IndexEstimator.Stratum(frame, n, sum, sum));
			}
		}
		Map<String, IndexEstimator.@Nullable Estimate> byElement = new LinkedHashMap<>();
		for (String element : Questionnaire.ELEMENTS) {
			byElement.put(element, IndexEstimator.estimate(elements.getOrDefault(element, List.of())));
		}
		return new UnitIndex(agencyCode, year, IndexEstimator.estimate(overall), byElement, respondents);
	}

	/** The units with responses in the year, best first, with last year's index. */
	public List<Ranked> ranking(int year) {
		List<String> units = this.jdbc.sql("""
				select distinct st.agency_code from satisfaction_stratum st
				join satisfaction_campaign c on c.id = st.campaign_id where c.year = ? and st.respondents > 0
				order by 1""").param(year).query(String.class).list();
		List<Ranked> ranked = new ArrayList<>();
		for (String unit : units) {
			IndexEstimator.Estimate now = indexOf(unit, Set.of(unit), year).overall();
			if (now == null) {
				continue;
			}
			IndexEstimator.Estimate before = indexOf(unit, Set.of(unit), year - 1).overall();
			String name = this.agencies.findByCode(unit).map((a) -> a.name()).orElse(unit);
			ranked.add(new Ranked(0, unit, name, now, before, before != null && now.differsSignificantlyFrom(before)));
		}
		ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.overall().value()).thenComparing(Ranked::agencyCode));
		List<Ranked> numbered = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			Ranked r = ranked.get(i);
			numbered.add(new Ranked(i + 1, r.agencyCode(), r.agencyName(), r.overall(), r.lastYear(), r.significant()));
		}
		return numbered;
	}

	/**
	 * The perception criteria of the year's responses in the scope: performance (share
	 * agreeing) and importance (share of respondents citing it as what to improve first),
	 * lowest performance first.
	 */
	public List<Aspect> aspects(String agencyCode, int year) {
		check(agencyCode, year);
		Set<String> scope = this.agencies.withDescendants(agencyCode);
		long respondents = this.jdbc.sql("""
				select coalesce(sum(st.respondents), 0) from satisfaction_stratum st
				join satisfaction_campaign c on c.id = st.campaign_id
				where c.year = :year and st.agency_code in (:agencies)""")
			.param("year", year)
			.param("agencies", scope)
			.query(Long.class)
			.single();
		Map<String, long[]> performance = new LinkedHashMap<>();
		this.jdbc.sql("""
				select p.key, count(*) as n, count(*) filter (where p.value::int >= 4) as agree
				from satisfaction_response r join satisfaction_campaign c on c.id = r.campaign_id,
				  jsonb_each_text(r.answers -> 'perceptions') p
				where c.year = :year and r.agency_code in (:agencies) group by p.key""")
			.param("year", year)
			.param("agencies", scope)
			.query((rs, row) -> performance.put(rs.getString("key"),
					new long[] { rs.getLong("n"), rs.getLong("agree") }))
			.list();
		Map<String, Long> cited = new LinkedHashMap<>();
		this.jdbc.sql("""
				select e.value as criterion, count(*) as n
				from satisfaction_response r join satisfaction_campaign c on c.id = r.campaign_id,
				  jsonb_each_text(r.answers -> 'expectations') e
				where c.year = :year and r.agency_code in (:agencies) group by e.value""")
			.param("year", year)
			.param("agencies", scope)
			.query((rs, row) -> cited.put(rs.getString("criterion"), rs.getLong("n")))
			.list();
		List<Aspect> aspects = new ArrayList<>();
		for (Questionnaire.Element element : Questionnaire.V1.elements()) {
			for (String criterion : element.criteria()) {
				long[] p = performance.getOrDefault(criterion, new long[] { 0, 0 });
				long c = cited.getOrDefault(criterion, 0L);
				if (p[0] == 0 && c == 0) {
					continue;
				}
				aspects.add(new Aspect(criterion, element.code(), p[0], (p[0] == 0) ? 0 : (double) p[1] / p[0], c,
						(respondents == 0) ? 0 : (double) c / respondents));
			}
		}
		aspects.sort(Comparator.comparingDouble(Aspect::performance).thenComparing(Aspect::criterion));
		return aspects;
	}

}
