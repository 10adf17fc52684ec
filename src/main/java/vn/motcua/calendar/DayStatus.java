package vn.motcua.calendar;

/**
 * What a calendar day is for counting deadlines, and why.
 */
public enum DayStatus {

	/** An ordinary working day, Monday to Friday. */
	WORKING_DAY(true),

	/** The weekly rest days, Saturday and Sunday. */
	WEEKEND(false),

	/** A public holiday. */
	HOLIDAY(false),

	/** A compensatory day off (nghỉ bù). */
	COMPENSATORY_DAY_OFF(false),

	/** A working day swapped for a make-up working day (hoán đổi). */
	SWAPPED_DAY_OFF(false),

	/** Another day off fixed by decision. */
	ADDITIONAL_DAY_OFF(false),

	/** A weekend day that is worked (làm bù): it counts. */
	MAKE_UP_WORKING_DAY(true);

	private final boolean working;

	DayStatus(boolean working) {
		this.working = working;
	}

	public boolean working() {
		return this.working;
	}

	static DayStatus of(DayKind kind) {
		return switch (kind) {
			case HOLIDAY -> HOLIDAY;
			case COMPENSATORY_DAY_OFF -> COMPENSATORY_DAY_OFF;
			case SWAPPED_DAY_OFF -> SWAPPED_DAY_OFF;
			case ADDITIONAL_DAY_OFF -> ADDITIONAL_DAY_OFF;
			case MAKE_UP_WORKING_DAY -> MAKE_UP_WORKING_DAY;
		};
	}

}
