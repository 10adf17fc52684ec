package vn.motcua.satisfaction.web;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.motcua.satisfaction.internal.Questionnaire;
import vn.motcua.satisfaction.internal.SurveyAnswers;
import vn.motcua.shared.DomainException;

/**
 * Reads questionnaire answers from a form: {@code p.<criterion>}, {@code s.<element>},
 * {@code e.<element>}, {@code profile.<field>}.
 */
final class SurveyForms {

	private SurveyForms() {
	}

	static SurveyAnswers answers(Map<String, String> form) {
		Map<String, Integer> perceptions = new LinkedHashMap<>();
		Map<String, Integer> satisfaction = new LinkedHashMap<>();
		Map<String, String> expectations = new LinkedHashMap<>();
		Map<String, String> profile = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : form.entrySet()) {
			String key = entry.getKey();
			String value = entry.getValue().strip();
			if (value.isEmpty()) {
				continue;
			}
			if (key.startsWith("p.")) {
				perceptions.put(key.substring(2), number(value, "perceptions." + key.substring(2)));
			}
			else if (key.startsWith("s.")) {
				satisfaction.put(key.substring(2), number(value, "satisfaction." + key.substring(2)));
			}
			else if (key.startsWith("e.")) {
				expectations.put(key.substring(2), value);
			}
			else if (key.startsWith("profile.")) {
				profile.put(key.substring(8), value);
			}
		}
		return new SurveyAnswers(perceptions, satisfaction, expectations, profile);
	}

	private static int number(String value, String field) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("satisfaction.survey.out-of-scale", field, field + " = " + value);
		}
	}

	/** The element codes, for templates. */
	static java.util.List<String> elements() {
		return Questionnaire.ELEMENTS;
	}

}
