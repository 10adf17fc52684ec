package vn.motcua.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.feedback.internal.FeedbackDesk;
import vn.motcua.feedback.internal.FeedbackItem;
import vn.motcua.feedback.internal.FeedbackWatch;
import vn.motcua.feedback.internal.Intake;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders and escalation: once per deadline, even when two nodes watch at the same
 * moment; an overdue item is marked prolonged and seen by the agency above.
 */
@SpringBootTest
class FeedbackWatchTests {

	@Autowired
	FeedbackDesk desk;

	@Autowired
	FeedbackWatch watch;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	FeedbackItem item() {
		return this.desk.submit(
				new Intake(FeedbackChannel.COUNTER, null, "Cham tra loi", "Noi dung", "Bùi Văn Tư", "Hà Tu",
						"0912000333", null, null, null, "06652", null, null, null, null, null, null, List.of()),
				"tiepnhan.hatu");
	}

	static List<FeedbackDeadlineReached> of(List<FeedbackDeadlineReached> events, String code) {
		return events.stream().filter((event) -> event.code().equals(code)).toList();
	}

	@Test
	void remindsOnceBeforeTheForwardingDeadlineAndEscalatesOnceAfterIt() {
		FeedbackItem item = item();
		// the forwarding deadline is 5 working days after receipt
		Instant dueAt = item.forwardDueAt();
		assertThat(Duration.between(item.receivedAt(), dueAt)).isGreaterThanOrEqualTo(Duration.ofDays(4));

		List<FeedbackDeadlineReached> early = of(this.watch.watch(item.receivedAt().plusSeconds(60)), item.code());
		assertThat(early).isEmpty();

		List<FeedbackDeadlineReached> soon = of(this.watch.watch(dueAt.minus(Duration.ofHours(2))), item.code());
		assertThat(soon).extracting(FeedbackDeadlineReached::kind)
			.containsExactly(FeedbackDeadlineReached.Kind.REMINDER);
		assertThat(of(this.watch.watch(dueAt.minus(Duration.ofHours(1))), item.code())).isEmpty();

		List<FeedbackDeadlineReached> late = of(this.watch.watch(dueAt.plus(Duration.ofHours(1))), item.code());
		assertThat(late).hasSize(1);
		FeedbackDeadlineReached overdue = late.get(0);
		assertThat(overdue.kind()).isEqualTo(FeedbackDeadlineReached.Kind.OVERDUE);
		String parent = this.agencies.findByCode("06652").map(AgencyView::parentCode).orElseThrow();
		assertThat(overdue.escalatedTo()).isEqualTo(parent);
		assertThat(of(this.watch.watch(dueAt.plus(Duration.ofHours(2))), item.code())).isEmpty();

		FeedbackItem after = this.desk.find(item.code()).orElseThrow();
		assertThat(after.prolonged()).isTrue();
		assertThat(after.escalatedTo()).isEqualTo(parent);
		assertThat(after.history()).extracting(FeedbackItem.HistoryEntry::action)
			.containsSubsequence("RECEIVED", "REMINDER", "OVERDUE");
	}

	@Test
	void twoNodesWatchingAtOnceWarnOnce() throws Exception {
		FeedbackItem item = item();
		Instant late = item.forwardDueAt().plus(Duration.ofDays(1));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<List<FeedbackDeadlineReached>>> nodes = List.of(() -> this.watch.watch(late),
					() -> this.watch.watch(late));
			List<FeedbackDeadlineReached> all = new ArrayList<>();
			for (Future<List<FeedbackDeadlineReached>> result : pool.invokeAll(nodes)) {
				all.addAll(of(result.get(), item.code()));
			}
			assertThat(all).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc
			.sql("select count(*) from feedback_history h join feedback_item i on i.id = h.feedback_id"
					+ " where i.code = :c and h.action = 'OVERDUE'")
			.param("c", item.code())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
