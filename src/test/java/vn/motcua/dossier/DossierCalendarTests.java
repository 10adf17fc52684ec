package vn.motcua.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.ScheduleEntry;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.internal.ScheduleAdministration;
import vn.motcua.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When an administrator adds a day off inside a running dossier's window, the preview
 * lists the dossier, and on confirmation its appointment moves one working day later and
 * its history says why.
 */
@SpringBootTest(properties = "motcua.demo.history=false")
@Import(DossierCalendarTests.FarFuture.class)
class DossierCalendarTests {

	/**
	 * The test runs in 2183, a year no other test uses, so that adding a day off changes
	 * no other test's calendar (the database is shared by the test run).
	 */
	@TestConfiguration
	static class FarFuture {

		@Bean
		@Primary
		Clock farFutureClock() {
			return Clock.fixed(LocalDateTime.of(2183, 3, 10, 9, 0).atZone(VIETNAM).toInstant(), VIETNAM);
		}

	}

	@Autowired
	Clock clock;

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	Dossiers dossiers;

	@Autowired
	ScheduleAdministration schedules;

	@Autowired
	WorkingCalendars calendars;

	static Actor officer() {
		return new Actor(Actor.Kind.STAFF, "tiepnhan.hatu", "Cán bộ Hà Tu", Set.of(Role.ONE_STOP_OFFICER), "06652",
				false, null, "127.0.0.1");
	}

	@Test
	void aNewDayOffMovesTheAppointmentOfRunningDossiersAndSaysSo() {
		// Thủ tục đăng ký lại khai sinh: 5 working days, no papers listed in the demo
		// data
		DossierView dossier = this.dossiers
			.register(
					new Submission("1.004884", 0, "06652",
							new Applicant("Lê Thị Hoa", null, "0933333333", null, "Hà Tu"), null, null, null),
					Channel.COUNTER, officer());
		assertThat(dossier.status()).isEqualTo(2);
		LocalDate due = dossier.dueAt().atZone(VIETNAM).toLocalDate();
		LocalDate dayOff = LocalDate.now(this.clock).plusDays(1);
		while (!this.calendars.current().isWorkingDay(dayOff)) {
			dayOff = dayOff.plusDays(1);
		}
		assertThat(dayOff).isBefore(due);
		int year = dayOff.getYear();
		int base = this.schedules.schedule(year).version();
		ScheduleAdministration.Edit edit = new ScheduleAdministration.Edit(year, base, List.of(new ScheduleEntry(dayOff,
				DayKind.ADDITIONAL_DAY_OFF, null, "Ngày nghỉ thử nghiệm", null, "kiểm thử", true)), List.of());
		try {
			ScheduleAdministration.Preview preview = this.schedules.preview(edit);
			assertThat(preview.affected()).anySatisfy((affected) -> {
				assertThat(affected.reference()).isEqualTo(dossier.code());
				assertThat(affected.proposedDue()).isAfter(affected.currentDue());
			});
			this.schedules.confirm(edit, "admin");
			// the dossier module follows the change after it is committed, reliably
			// (event
			// publication registry) but asynchronously
			Awaitility.await()
				.atMost(Duration.ofSeconds(20))
				.until(() -> !this.dossiers.find(dossier.code(), officer())
					.orElseThrow()
					.dueAt()
					.equals(dossier.dueAt()));
			DossierView moved = this.dossiers.find(dossier.code(), officer()).orElseThrow();
			LocalDate newDue = moved.dueAt().atZone(VIETNAM).toLocalDate();
			assertThat(newDue).isAfter(due);
			assertThat(moved.history()).anySatisfy((entry) -> {
				assertThat(entry.action()).isEqualTo("due-moved");
				assertThat(entry.actor()).isEqualTo("system");
			});
		}
		finally {
			int now = this.schedules.schedule(year).version();
			if (now != base) {
				this.schedules.confirm(new ScheduleAdministration.Edit(year, now, List.of(), List.of(dayOff)), "admin");
			}
		}
	}

}
