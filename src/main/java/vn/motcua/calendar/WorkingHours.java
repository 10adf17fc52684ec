package vn.motcua.calendar;

import java.time.LocalTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The office hours of an agency's one-stop desk: a morning and an afternoon session on
 * working days, the cut-off after which a dossier received counts from the next working
 * day, and whether the desk also receives on Saturday mornings.
 *
 * @param morningStart opening time
 * @param morningEnd start of the lunch break
 * @param afternoonStart end of the lunch break
 * @param afternoonEnd closing time
 * @param cutOff a dossier received after this time counts from the next working day
 * (Decree 61/2018 Art. 18: papers received after 15:00 are transferred the next working
 * day); none to count such a dossier from its receipt
 * @param saturdayMorningReception the desk receives on Saturday mornings; Saturday is
 * still not a working day, so such a dossier counts from the next working day
 */
public record WorkingHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
		LocalTime afternoonEnd, @Nullable LocalTime cutOff, boolean saturdayMorningReception) {

	/**
	 * Monday to Friday, 07:30–11:30 and 13:30–17:00, cut-off 15:00, closed on Saturday.
	 */
	public static final WorkingHours DEFAULT = new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30),
			LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.of(15, 0), false);

	public WorkingHours {
		Objects.requireNonNull(morningStart, "morningStart");
		Objects.requireNonNull(morningEnd, "morningEnd");
		Objects.requireNonNull(afternoonStart, "afternoonStart");
		Objects.requireNonNull(afternoonEnd, "afternoonEnd");
		if (!morningStart.isBefore(morningEnd) || morningEnd.isAfter(afternoonStart)
				|| !afternoonStart.isBefore(afternoonEnd)) {
			throw new IllegalArgumentException("working hours out of order: " + morningStart + "–" + morningEnd + ", "
					+ afternoonStart + "–" + afternoonEnd);
		}
		if (cutOff != null && (cutOff.isBefore(morningStart) || cutOff.isAfter(afternoonEnd))) {
			throw new IllegalArgumentException("cut-off " + cutOff + " outside the working hours");
		}
	}

	/** The length of a working day, in seconds (27,000 = 7 h 30 by default). */
	public int daySeconds() {
		return (this.morningEnd.toSecondOfDay() - this.morningStart.toSecondOfDay())
				+ (this.afternoonEnd.toSecondOfDay() - this.afternoonStart.toSecondOfDay());
	}

}
