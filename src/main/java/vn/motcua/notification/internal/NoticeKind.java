package vn.motcua.notification.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a notice says; each kind has its templates
 * {@code notification.notice.<key>.name / subject / body / sms} in the bundle
 * {@code i18n/notification}, with the arguments {@code {0}} applicant, {@code {1}}
 * dossier code, {@code {2}} procedure, {@code {3}} date, {@code {4}} details (papers,
 * reasons, amount), {@code {5}} link, {@code {6}} agency, {@code {7}} receipt number,
 * {@code {8}} reason of a refund. Feedback notices: {@code {0}} "ông/bà" (the events
 * carry no name), {@code {1}} the feedback's tracking code, {@code {2}} empty. Rating
 * invitation: {@code {3}} until when the link is valid, {@code {5}} the rating link.
 * Survey invitation and reminder: {@code {0}} "ông/bà" (the sample keeps no name),
 * {@code {1}} the dossier the survey asks about, {@code {2}} the campaign's name,
 * {@code {5}} the one-time survey link, {@code {6}} the agency that settled the dossier.
 */
public enum NoticeKind {

	SUBMITTED("submitted", false), RECEIVED("received", false), REFUSED("refused", true),
	/**
	 * The appraisal concluded with a refusal and the Phiếu từ chối giải quyết hồ sơ is
	 * ready.
	 */
	REFUSED_AFTER_APPRAISAL("refused-after-appraisal", true), SUPPLEMENT_REQUESTED("supplement-requested", true),
	SUPPLEMENT_RECEIVED("supplement-received", false), PAYMENT_REQUESTED("payment-requested", false),
	RESULT_READY("result-ready", false), RETURNED("returned", false), WITHDRAWN("withdrawn", false),
	STOPPED("stopped", true), APOLOGY("apology", true), DUE_MOVED("due-moved", false), OVERDUE("overdue", false),
	PAYMENT_COMPLETED("payment-completed", false), PAYMENT_REFUNDED("payment-refunded", false),
	FEEDBACK_RECEIVED("feedback-received", false), FEEDBACK_ANSWERED("feedback-answered", false),
	FEEDBACK_REJECTED("feedback-rejected", false), RATING_INVITED("rating-invited", false),
	SURVEY_INVITED("survey-invited", false), SURVEY_REMINDER("survey-reminder", false);

	private final String key;

	private final boolean legal;

	NoticeKind(String key, boolean legal) {
		this.key = key;
		this.legal = legal;
	}

	public String key() {
		return this.key;
	}

	/**
	 * Whether the law requires the citizen to be told (Decree 61/2018 Art. 15, 19, 20 as
	 * amended: supplement request, refusal at intake or after appraisal, stop, apology
	 * with a new date); the receipt of an online dossier is decided by the listener.
	 */
	public boolean legal() {
		return this.legal;
	}

	/** The message key of one part: name, subject, body, sms. */
	public String messageKey(String part) {
		return "notification.notice." + this.key + "." + part;
	}

	public static Optional<NoticeKind> ofKey(String key) {
		return Arrays.stream(values()).filter((kind) -> kind.key.equals(key)).findFirst();
	}

}
