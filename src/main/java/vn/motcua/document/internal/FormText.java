package vn.motcua.document.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import vn.motcua.document.FormHeader;
import vn.motcua.document.FormKind;
import vn.motcua.document.FormSet;

/**
 * Dates, times and form numbers as the forms print them, in Vietnam's time zone, worded
 * by the module's message bundle. Given to the templates as {@code f}.
 */
public final class FormText {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	private final Locale locale;

	FormText(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** "08 giờ 30 phút, ngày 26/11/2026". */
	public String time(Instant instant) {
		ZonedDateTime at = instant.atZone(FormHeader.VIETNAM);
		return message("document.form.format.time", two(at.getHour()), two(at.getMinute()), DATE.format(at));
	}

	/** "26/11/2026". */
	public String date(Instant instant) {
		return DATE.format(instant.atZone(FormHeader.VIETNAM));
	}

	/** "26/11/2026" of a calendar day. */
	public String day(LocalDate day) {
		return DATE.format(day);
	}

	/** "08:30". */
	public String clock(Instant instant) {
		ZonedDateTime at = instant.atZone(FormHeader.VIETNAM);
		return two(at.getHour()) + ":" + two(at.getMinute());
	}

	/** "Quảng Ninh, ngày 26 tháng 11 năm 2026". */
	public String placeAndDate(FormHeader header) {
		ZonedDateTime at = header.issuedAt().atZone(FormHeader.VIETNAM);
		return message("document.form.format.place-date", header.place(), two(at.getDayOfMonth()),
				two(at.getMonthValue()), String.valueOf(at.getYear()));
	}

	/** "Mẫu số 01 – Thông tư 01/2018/TT-VPCP", or null if the set has no such form. */
	public @Nullable String formNumber(FormHeader header, String kind) {
		FormSet set = header.formSet();
		return set.number(FormKind.valueOf(kind))
			.map((number) -> message("document.form.format.number", number, set.circular()))
			.orElse(null);
	}

	/** A count in a table: "01", or "" for none. */
	public String count(int count) {
		return (count == 0) ? "" : two(count);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	private static String two(int value) {
		return (value < 10) ? "0" + value : String.valueOf(value);
	}

}
