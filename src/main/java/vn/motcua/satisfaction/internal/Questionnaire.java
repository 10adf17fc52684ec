package vn.motcua.satisfaction.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A version of the SIPAS-shaped questionnaire (DOMAIN.md §6.2): the five elements, each
 * with perception statements (5-point agreement), one satisfaction question (5-point) and
 * an expectation question (which of its aspects to improve first), plus the respondent's
 * profile. Texts are message keys {@code satisfaction.q.<criterion>}; a campaign is bound
 * to the version it started with, so a new version never changes the meaning of old
 * answers.
 */
public record Questionnaire(int version, List<Element> elements, Map<String, List<String>> profile) {

	/** The element codes, in the order of the index's JSON. */
	public static final List<String> ELEMENTS = List.of("access", "procedure", "officials", "result", "feedback");

	/** An element and its perception criteria. */
	public record Element(String code, List<String> criteria) {

	}

	/** Version 1, after the 2017–2020 scheme's five elements. */
	public static final Questionnaire V1 = new Questionnaire(1, List.of(
			new Element("access", List.of("access.seats", "access.equipment", "access.easy-to-use", "access.online")),
			new Element("procedure",
					List.of("procedure.posted", "procedure.papers", "procedure.fees", "procedure.time")),
			new Element("officials",
					List.of("officials.polite", "officials.listen", "officials.answer", "officials.guide",
							"officials.no-harassment")),
			new Element("result", List.of("result.lawful", "result.accurate", "result.on-time")),
			new Element("feedback",
					List.of("feedback.channel", "feedback.easy", "feedback.handled", "feedback.informed"))),
			Map.of("gender", List.of("MALE", "FEMALE", "OTHER"), "age",
					List.of("18-24", "25-34", "35-44", "45-59", "60+"), "education",
					List.of("PRIMARY", "SECONDARY", "VOCATIONAL", "UNIVERSITY")));

	public static Optional<Questionnaire> version(int version) {
		return (version == 1) ? Optional.of(V1) : Optional.empty();
	}

	public Element element(String code) {
		return this.elements.stream().filter((e) -> e.code().equals(code)).findFirst().orElseThrow();
	}

	public List<String> allCriteria() {
		return this.elements.stream().flatMap((e) -> e.criteria().stream()).toList();
	}

}
