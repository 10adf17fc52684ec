package vn.motcua.dossier.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.dossier.DossierDeadlineReached;
import vn.motcua.dossier.DossierDeadlineReached.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline watch, called with chosen instants (the scheduled round is off in tests).
 * The dossiers are imported with dates of 2020, before anything else in the test
 * database, so that only they are due at those instants.
 */
@SpringBootTest
class DeadlineWatchTests {

	@Autowired
	DeadlineWatch watch;

	@Autowired
	DossierImporter importer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DossierStore store;

	static Instant at(String local) {
		return OffsetDateTime.parse(local + "+07:00").toInstant();
	}

	static ImportedDossier dossier(String code, int status, String received, String due) {
		Instant resolved = (status >= 9) ? at(received).plusSeconds(3600) : null;
		return new ImportedDossier("1.001193", null, "06652", "COUNTER", code,
				new ImportedDossier.Applicant("Nguyễn Văn Thử", "0912000111", null), at(received), at(due), resolved,
				(status == 10) ? resolved : null, null, status, null);
	}

	void load(List<ImportedDossier> records) {
		DossierImporter.ImportReport report = this.importer.importRecords(records,
				new DossierImporter.Source("test", "Test", null, null, "test", "test"));
		assertThat(report.rejected()).isEmpty();
		assertThat(report.stored()).isTrue();
	}

	static List<String> warnings(List<DossierDeadlineReached> published, String code) {
		return published.stream().filter((e) -> e.code().equals(code)).map((e) -> e.kind().name()).toList();
	}

	List<String> history(String code) {
		return this.jdbc.sql("""
				select h.action from dossier_history h join dossier d on d.id = h.dossier_id
				where d.code = ? order by h.seq""").param(code).query(String.class).list();
	}

	@Test
	void aDossierDueTomorrowIsWarnedOnceThenOnceOverdueAndPausedOrFinishedOnesNever() {
		// received Monday 2 March 2020, due Wednesday 4 March 17:00
		load(List.of(dossier("06652-200302-0001", 4, "2020-03-02T08:00:00", "2020-03-04T17:00:00"),
				dossier("06652-200302-0002", 5, "2020-03-02T08:00:00", "2020-03-04T17:00:00"),
				dossier("06652-200302-0003", 6, "2020-03-02T08:00:00", "2020-03-04T17:00:00"),
				dossier("06652-200302-0004", 10, "2020-03-02T08:00:00", "2020-03-04T17:00:00"),
				dossier("06652-200302-0005", 9, "2020-03-02T08:00:00", "2020-03-04T17:00:00"),
				dossier("06652-200302-0006", 2, "2020-03-02T08:00:00", "2020-03-03T08:00:00")));
		String running = "06652-200302-0001";
		String pastDue = "06652-200302-0006";

		// Tuesday 09:00: 13 h 30 of working time left, more than one working day (7 h 30)
		List<DossierDeadlineReached> tuesday = this.watch.watch(at("2020-03-03T09:00:00"));
		assertThat(warnings(tuesday, running)).isEmpty();
		// the one due Tuesday 08:00 has passed: overdue at once, no due-soon first
		assertThat(warnings(tuesday, pastDue)).containsExactly("OVERDUE");

		// Tuesday after closing: one working day left
		List<DossierDeadlineReached> evening = this.watch.watch(at("2020-03-03T17:30:00"));
		assertThat(warnings(evening, running)).containsExactly("DUE_SOON");
		DossierDeadlineReached event = evening.stream()
			.filter((e) -> e.code().equals(running))
			.findFirst()
			.orElseThrow();
		assertThat(event.dueAt()).isEqualTo(at("2020-03-04T17:00:00"));
		assertThat(event.deskAgencyCode()).isEqualTo("06652");
		assertThat(this.watch.watch(at("2020-03-03T17:31:00"))).isEmpty();
		assertThat(this.watch.watch(at("2020-03-04T16:59:00"))).isEmpty();

		// after the due time: overdue, once
		List<DossierDeadlineReached> late = this.watch.watch(at("2020-03-04T17:01:00"));
		assertThat(warnings(late, running)).containsExactly("OVERDUE");
		assertThat(late).extracting(DossierDeadlineReached::code).containsOnly(running);
		assertThat(this.watch.watch(at("2020-03-05T09:00:00"))).isEmpty();

		// the officer sees both in the history
		assertThat(history(running)).containsExactly("import", "due-soon", "overdue");
		assertThat(history(pastDue)).containsExactly("import", "overdue");
		for (String quiet : List.of("06652-200302-0002", "06652-200302-0003", "06652-200302-0004",
				"06652-200302-0005")) {
			assertThat(history(quiet)).as(quiet).containsExactly("import");
		}
	}

	@Test
	void aMovedDueDateIsWatchedAgain() {
		load(List.of(dossier("06652-200601-0001", 4, "2020-06-01T08:00:00", "2020-06-03T17:00:00")));
		assertThat(warnings(this.watch.watch(at("2020-06-03T09:00:00")), "06652-200601-0001"))
			.containsExactly("DUE_SOON");
		// an apology moves the appointment: the store clears the marks
		Dossier dossier = this.store.findByCode("06652-200601-0001").orElseThrow();
		dossier.dueAt = at("2020-06-10T17:00:00");
		assertThat(this.store.update(dossier)).isTrue();
		assertThat(this.watch.watch(at("2020-06-04T09:00:00"))).isEmpty();
		assertThat(warnings(this.watch.watch(at("2020-06-10T08:00:00")), "06652-200601-0001"))
			.containsExactly("DUE_SOON");
	}

	@Test
	void twoWatchersRunningAtOncePublishEachWarningOnce() throws Exception {
		List<ImportedDossier> records = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			records.add(dossier("06652-200401-%04d".formatted(i), (i % 2 == 0) ? 2 : 4, "2020-04-01T08:00:00",
					"2020-04-02T17:00:00"));
		}
		load(records);
		Instant now = at("2020-04-01T17:30:00");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<List<DossierDeadlineReached>> node = () -> {
				start.await();
				return this.watch.watch(now);
			};
			Future<List<DossierDeadlineReached>> first = pool.submit(node);
			Future<List<DossierDeadlineReached>> second = pool.submit(node);
			start.countDown();
			List<DossierDeadlineReached> all = new ArrayList<>(first.get());
			all.addAll(second.get());
			assertThat(all).hasSize(30);
			assertThat(all).extracting(DossierDeadlineReached::code).doesNotHaveDuplicates();
			assertThat(all).extracting(DossierDeadlineReached::kind).containsOnly(Kind.DUE_SOON);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("""
				select count(*) from dossier_history h join dossier d on d.id = h.dossier_id
				where d.code like '06652-200401-%' and h.action = 'due-soon'""").query(Long.class).single())
			.isEqualTo(30L);
	}

	@Test
	void theThresholdIsInWorkingDaysOrHours() {
		assertThat(DeadlineWatch.Threshold.parse("1")).isEqualTo(new DeadlineWatch.Threshold(1, false));
		assertThat(DeadlineWatch.Threshold.parse("2d")).isEqualTo(new DeadlineWatch.Threshold(2, false));
		assertThat(DeadlineWatch.Threshold.parse(" 4h ")).isEqualTo(new DeadlineWatch.Threshold(4, true));
		vn.motcua.calendar.Deadlines deadlines = vn.motcua.calendar.Deadlines
			.of(vn.motcua.calendar.WorkingCalendar.of(List.of()), vn.motcua.calendar.WorkingHours.DEFAULT);
		assertThat(DeadlineWatch.Threshold.parse("1").seconds(deadlines)).isEqualTo(27_000);
		assertThat(DeadlineWatch.Threshold.parse("4h").seconds(deadlines)).isEqualTo(14_400);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeadlineWatch.Threshold.parse("soon"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
