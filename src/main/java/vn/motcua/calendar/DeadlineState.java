package vn.motcua.calendar;

/**
 * Where a dossier stands against its due date (the categories of the periodic statistics:
 * trước hạn, đúng hạn, sắp đến hạn, quá hạn).
 */
public enum DeadlineState {

	/** Completed on a day before the due date (trước hạn). */
	EARLY,

	/**
	 * Completed on the due date, by the due time; or open with time to spare (đúng hạn,
	 * trong hạn).
	 */
	ON_TIME,

	/** Open, and at most the warning threshold of working time is left (sắp đến hạn). */
	DUE_SOON,

	/** The due instant has passed (quá hạn). */
	LATE

}
