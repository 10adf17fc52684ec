package vn.motcua.calendar.internal;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.motcua.calendar.WorkingHours;

/**
 * Settings of the calendar module ({@code motcua.calendar.*}).
 *
 * @param morningStart default opening time of a desk
 * @param morningEnd default start of the lunch break
 * @param afternoonStart default end of the lunch break
 * @param afternoonEnd default closing time
 * @param cutOff default cut-off time (Decree 61/2018 Art. 18)
 * @param cutOffEnabled whether dossiers received after the cut-off count from the next
 * working day
 * @param refreshInterval how often a node checks the database for schedule changes made
 * on another node
 */
@ConfigurationProperties("motcua.calendar")
public record CalendarProperties(@DefaultValue("07:30") LocalTime morningStart,
		@DefaultValue("11:30") LocalTime morningEnd, @DefaultValue("13:30") LocalTime afternoonStart,
		@DefaultValue("17:00") LocalTime afternoonEnd, @DefaultValue("15:00") LocalTime cutOff,
		@DefaultValue("true") boolean cutOffEnabled, @DefaultValue("10s") Duration refreshInterval) {

	public WorkingHours defaultHours() {
		return new WorkingHours(this.morningStart, this.morningEnd, this.afternoonStart, this.afternoonEnd,
				this.cutOffEnabled ? this.cutOff : null, false);
	}

}
