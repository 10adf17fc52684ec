package vn.motcua.feedback.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.motcua.feedback.FeedbackTopic;

/**
 * Settings of the feedback register ({@code motcua.feedback.*}).
 *
 * @param defaultAgency the agency that receives feedback whose sender names none: the
 * Department of Justice receives for the provincial People's Committee (Decree 20/2008
 * Art. 8)
 * @param forwardDays working days to forward an item outside the receiving agency's
 * competence (Art. 9: 05 working days from receipt)
 * @param answerDays working days to answer, per topic, from routing to the competent
 * agency (configurable: the Decree leaves them to each ministry or province)
 * @param remindDays remind the agency when this many working days are left
 * @param intakeLimit most items one source (network address) may send in
 * {@code intakeWindow}
 * @param intakeWindow the window of the intake limit
 */
@ConfigurationProperties("motcua.feedback")
public record FeedbackProperties(@DefaultValue("22.STP") String defaultAgency, @DefaultValue("5") int forwardDays,
		@DefaultValue AnswerDays answerDays, @DefaultValue("1") int remindDays, @DefaultValue("5") int intakeLimit,
		@DefaultValue("10m") Duration intakeWindow) {

	/** Working days to answer, per topic. */
	public record AnswerDays(@DefaultValue("10") int regulation, @DefaultValue("7") int implementation,
			@DefaultValue("5") int conduct, @DefaultValue("5") int dossier) {

		int of(FeedbackTopic topic) {
			return switch (topic) {
				case REGULATION -> this.regulation;
				case IMPLEMENTATION -> this.implementation;
				case CONDUCT -> this.conduct;
				case DOSSIER -> this.dossier;
			};
		}

	}

}
