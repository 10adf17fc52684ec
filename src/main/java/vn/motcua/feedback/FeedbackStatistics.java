package vn.motcua.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts of feedback received in a period, by topic and agency: answered on time or late,
 * still open (of which overdue), not accepted. Feeds reporting and the service index
 * (Circular 01/2018, index 8: the share handled on time).
 */
public record FeedbackStatistics(LocalDate from, LocalDate to, Counts total, List<Row> rows) {

	/** The counts of one group. */
	public record Counts(long received, long answeredOnTime, long answeredLate, long open, long overdue,
			long rejected) {

		/** Share answered on time among those answered, in percent; 100 with none. */
		public double onTimePercent() {
			long answered = this.answeredOnTime + this.answeredLate;
			return (answered == 0) ? 100.0 : Math.round(this.answeredOnTime * 1000.0 / answered) / 10.0;
		}

	}

	/** One agency and topic. */
	public record Row(String agencyCode, String agencyName, String topic, Counts counts) {

	}

}
