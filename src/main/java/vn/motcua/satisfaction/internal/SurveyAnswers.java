package vn.motcua.satisfaction.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import vn.motcua.shared.DomainException;

/**
 * A respondent's answers to a questionnaire version.
 *
 * @param perceptions agreement 1–5 per perception criterion
 * @param satisfaction satisfaction 1–5 per element (all five required)
 * @param expectations per element, the criterion to improve first (optional)
 * @param profile gender, age, education (optional)
 */
@Schema(description = "Answers to a SIPAS-shaped questionnaire")
public record SurveyAnswers(Map<String, Integer> perceptions, Map<String, Integer> satisfaction,
		Map<String, String> expectations, Map<String, String> profile) {

	public SurveyAnswers {
		perceptions = new LinkedHashMap<>((perceptions != null) ? perceptions : Map.of());
		satisfaction = new LinkedHashMap<>((satisfaction != null) ? satisfaction : Map.of());
		expectations = new LinkedHashMap<>((expectations != null) ? expectations : Map.of());
		profile = new LinkedHashMap<>((profile != null) ? profile : Map.of());
	}

	/** Refuses answers out of scale or naming questions the version does not have. */
	public void check(Questionnaire questionnaire) {
		for (Map.Entry<String, Integer> entry : this.perceptions.entrySet()) {
			if (!questionnaire.allCriteria().contains(entry.getKey())) {
				throw DomainException.invalid("satisfaction.survey.unknown-question", "perceptions." + entry.getKey(),
						entry.getKey());
			}
			scale(entry.getValue(), "perceptions." + entry.getKey());
		}
		for (String element : this.satisfaction.keySet()) {
			if (!Questionnaire.ELEMENTS.contains(element)) {
				throw DomainException.invalid("satisfaction.survey.unknown-question", "satisfaction." + element,
						element);
			}
		}
		for (String element : Questionnaire.ELEMENTS) {
			Integer value = this.satisfaction.get(element);
			if (value == null) {
				throw DomainException.invalid("satisfaction.survey.satisfaction-required", "satisfaction." + element);
			}
			scale(value, "satisfaction." + element);
		}
		for (Map.Entry<String, String> entry : this.expectations.entrySet()) {
			if (!Questionnaire.ELEMENTS.contains(entry.getKey())
					|| !questionnaire.element(entry.getKey()).criteria().contains(entry.getValue())) {
				throw DomainException.invalid("satisfaction.survey.unknown-question", "expectations." + entry.getKey(),
						entry.getKey() + "=" + entry.getValue());
			}
		}
		for (Map.Entry<String, String> entry : this.profile.entrySet()) {
			if (!questionnaire.profile().containsKey(entry.getKey())
					|| !questionnaire.profile().get(entry.getKey()).contains(entry.getValue())) {
				throw DomainException.invalid("satisfaction.survey.unknown-question", "profile." + entry.getKey(),
						entry.getKey() + "=" + entry.getValue());
			}
		}
	}

	/** 1 if the element's satisfaction is 4 or 5, else 0. */
	public int satisfied(String element) {
		Integer value = this.satisfaction.get(element);
		return (value != null && value >= 4) ? 1 : 0;
	}

	private static void scale(@Nullable Integer value, String field) {
		if (value == null || value < 1 || value > 5) {
			throw DomainException.invalid("satisfaction.survey.out-of-scale", field, field + " = " + value);
		}
	}

}
