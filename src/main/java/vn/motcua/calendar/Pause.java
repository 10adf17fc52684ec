package vn.motcua.calendar;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A span during which the clock of a dossier is stopped, in Vietnam time.
 *
 * @param from when the clock stopped
 * @param to when it resumed (for a pause still running, the instant of the question)
 * @param reason why
 */
public record Pause(LocalDateTime from, LocalDateTime to, Reason reason) {

	/** Why the clock stops. */
	public enum Reason {

		/**
		 * The applicant was asked to supplement the dossier (yêu cầu bổ sung, hoàn
		 * thiện).
		 */
		SUPPLEMENT_REQUESTED,

		/**
		 * Waiting for the applicant's financial obligation (chờ thực hiện nghĩa vụ tài
		 * chính).
		 */
		FINANCIAL_OBLIGATION,

		/** Processing was stopped (tạm dừng xử lý). */
		STOPPED

	}

	public Pause {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(reason, "reason");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("a pause cannot end before it begins: " + from + " > " + to);
		}
	}

}
