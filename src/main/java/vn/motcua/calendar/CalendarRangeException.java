package vn.motcua.calendar;

/**
 * A date, or a computed date, lies outside the range the calendar covers (1900–2199).
 */
public class CalendarRangeException extends IllegalArgumentException {

	public CalendarRangeException(String message) {
		super(message);
	}

}
