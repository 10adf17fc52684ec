package vn.motcua.feedback.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import vn.motcua.calendar.Deadlines;

/**
 * Dates and times of the feedback pages, in Vietnam's time
 * ({@code ${@feedbackDates.time(i.dueAt)}}).
 */
@Component("feedbackDates")
public final class FeedbackDates {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	/** {@code 14:30 05/11/2026}, or empty. */
	public String time(@Nullable Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(Deadlines.VIETNAM)) : "";
	}

	/** {@code 05/11/2026}, or empty. */
	public String date(@Nullable Instant instant) {
		return (instant != null) ? DATE.format(instant.atZone(Deadlines.VIETNAM)) : "";
	}

	/** The machine value of a time element. */
	public String iso(@Nullable Instant instant) {
		return (instant != null) ? instant.atZone(Deadlines.VIETNAM).toOffsetDateTime().toString() : "";
	}

}
