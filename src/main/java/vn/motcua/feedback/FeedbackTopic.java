package vn.motcua.feedback;

/**
 * What a feedback is about (Decree 20/2008 Art. 5, grouped as the one-stop system routes
 * them).
 */
public enum FeedbackTopic {

	/** The content of an administrative regulation: unsuitable, inconsistent, illegal. */
	REGULATION,

	/** How an agency implements a procedure: delay, wrong implementation. */
	IMPLEMENTATION,

	/** An official's conduct: harassment, papers or fees not in the rules. */
	CONDUCT,

	/** A specific dossier, linked by its code. */
	DOSSIER;

	/** The code used in URLs and in Open311 ({@code service_code}): lower case. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static java.util.Optional<FeedbackTopic> ofCode(String code) {
		for (FeedbackTopic topic : values()) {
			if (topic.code().equalsIgnoreCase(code.strip()) || topic.name().equalsIgnoreCase(code.strip())) {
				return java.util.Optional.of(topic);
			}
		}
		return java.util.Optional.empty();
	}

}
