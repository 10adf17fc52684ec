package vn.motcua.feedback.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.feedback.FeedbackStatus;

/** The search behind Open311's {@code GET requests}: by date, topic and status. */
@Component
public class Open311Requests {

	private final JdbcClient jdbc;

	private final FeedbackDesk desk;

	Open311Requests(JdbcClient jdbc, FeedbackDesk desk) {
		this.jdbc = jdbc;
		this.desk = desk;
	}

	/**
	 * Items received in {@code [start, end]}, newest first, with one of the topics
	 * ({@code "-"} for none; all when null) and statuses (all when null).
	 */
	public List<FeedbackItem> search(Instant start, Instant end, @Nullable List<String> topics,
			@Nullable List<FeedbackStatus> statuses, int limit) {
		return this.jdbc.sql("""
				select id from feedback_item
				where received_at >= :start and received_at <= :end
				  and (:anyTopic or coalesce(topic, '-') in (:topics))
				  and (:anyStatus or status in (:statuses))
				order by received_at desc, id desc limit :limit""")
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.param("anyTopic", topics == null)
			.param("topics", (topics != null && !topics.isEmpty()) ? topics : List.of("-"))
			.param("anyStatus", statuses == null)
			.param("statuses",
					(statuses != null && !statuses.isEmpty()) ? statuses.stream().map(Enum::name).toList()
							: List.of("-"))
			.param("limit", limit)
			.query(Long.class)
			.list()
			.stream()
			.map(this.desk::byId)
			.toList();
	}

}
