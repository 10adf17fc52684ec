package vn.motcua.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch).
 *
 * @param year the lunar year, named after the Gregorian year in which it begins (Tết)
 * @param month the month number, 1–12
 * @param day the day of the month, 1–30
 * @param leapMonth whether the month is the leap month (tháng nhuận) that repeats the
 * number of the month before it
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

	public LunarDate {
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("lunar month out of range: " + month);
		}
		if (day < 1 || day > 30) {
			throw new IllegalArgumentException("lunar day out of range: " + day);
		}
	}

	public static LunarDate of(int year, int month, int day) {
		return new LunarDate(year, month, day, false);
	}

	@Override
	public String toString() {
		return this.day + "/" + this.month + (this.leapMonth ? "n" : "") + "/" + this.year;
	}

}
