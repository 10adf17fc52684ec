package vn.motcua.calendar;

/**
 * What an entry of a yearly schedule makes of a day.
 */
public enum DayKind {

	/** A public holiday (ngày nghỉ lễ, tết). */
	HOLIDAY(false),

	/**
	 * Nghỉ bù: a day off given because a holiday fell on a weekly rest day (Labour Code
	 * 2019 Art. 111(3)), on the next working day.
	 */
	COMPENSATORY_DAY_OFF(false),

	/**
	 * Hoán đổi: a working day taken off and worked back on a
	 * {@link #MAKE_UP_WORKING_DAY}, with which it is paired.
	 */
	SWAPPED_DAY_OFF(false),

	/** Any other day off fixed by a decision (e.g. a Tết day whose basis is unknown). */
	ADDITIONAL_DAY_OFF(false),

	/** Làm bù: a weekend day worked in exchange for a {@link #SWAPPED_DAY_OFF}. */
	MAKE_UP_WORKING_DAY(true);

	private final boolean working;

	DayKind(boolean working) {
		this.working = working;
	}

	/** Whether a day of this kind is a working day. */
	public boolean working() {
		return this.working;
	}

}
