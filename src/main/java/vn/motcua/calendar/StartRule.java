package vn.motcua.calendar;

/**
 * How the instant a dossier is received maps to the instant its clock starts (DOMAIN.md
 * §8.1; the rules of the production system of Thanh Hóa, with the 15:00 cut-off of Decree
 * 61/2018 Art. 18).
 */
public enum StartRule {

	/** Received during working hours before the cut-off: counts from that instant. */
	IN_HOURS,

	/** Received before opening on a working day: counts from opening. */
	BEFORE_OPENING,

	/** Received during the lunch break: counts from the afternoon opening. */
	LUNCH_BREAK,

	/**
	 * Received after the cut-off (15:00) but before closing: counts from the next working
	 * day.
	 */
	AFTER_CUT_OFF,

	/** Received after closing: counts from the next working day. */
	AFTER_CLOSING,

	/**
	 * Received on a non-working day (e.g. at a Saturday-morning desk): counts from the
	 * next working day.
	 */
	NON_WORKING_DAY

}
