package vn.motcua.dossier.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import vn.motcua.calendar.Deadlines;

/**
 * Dates and times of the dossier pages in Vietnam's time, as the forms print them
 * ({@code ${@dossierDates.time(d.dueAt)}}).
 */
@Component("dossierDates")
public final class DossierDates {

	static final ZoneId VIETNAM = Deadlines.VIETNAM;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");

	/** {@code 14:30 05/11/2026}, or empty. */
	public String time(@Nullable Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(VIETNAM)) : "";
	}

	/** {@code 05/11/2026}, or empty. */
	public String date(@Nullable Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(VIETNAM)) : "";
	}

	/** {@code 05/11/2026}, or empty. */
	public String day(@Nullable LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/** As on the receipt: {@code 14 giờ 30 phút, ngày 05/11/2026}. */
	public String receipt(@Nullable Instant instant) {
		return (instant != null) ? HOURS.format(instant.atZone(VIETNAM)) : "";
	}

	/** The machine value of a time element: {@code 2026-11-05T14:30+07:00}. */
	public String iso(@Nullable Instant instant) {
		return (instant != null) ? instant.atZone(VIETNAM).toOffsetDateTime().toString() : "";
	}

	/** Hours and minutes of a duration in seconds: {@code 3 giờ 05 phút}. */
	public String duration(@Nullable Long seconds) {
		if (seconds == null) {
			return "";
		}
		long minutes = seconds / 60;
		return String.format("%d:%02d", minutes / 60, minutes % 60);
	}

}
