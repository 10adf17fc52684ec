package vn.motcua.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingHours;
import vn.motcua.calendar.internal.ScheduleFiles;

/**
 * Due-date computations per second for deadlines of 1, 5, 15 and 30 working days, with
 * the indexed calendar ({@link Deadlines#due}) and, in the same run, two baselines: the
 * same rule counted day by day over a {@code HashSet} of days off, and a bare
 * {@code LocalDate.plusDays} (no calendar at all, the floor of any date arithmetic).
 * Receipts are spread over 2023–2026 (the official schedules) at random times of day.
 * <p>
 * Run: {@code ./mvnw -Pbench test-compile exec:exec} (JMH options in
 * {@code -Djmh.args="..."}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeadlineBenchmark {

	private static final int MASK = 1023;

	@Param({ "1", "5", "15", "30" })
	int workingDays;

	private Deadlines deadlines;

	private TimeLimit limit;

	private final LocalDateTime[] receipts = new LocalDateTime[MASK + 1];

	private Set<LocalDate> daysOff;

	private Set<LocalDate> makeUpDays;

	private int next;

	@Setup
	public void setUp() {
		List<vn.motcua.calendar.YearSchedule> official = ScheduleFiles.read(JsonMapper.builder().build())
			.stream()
			.map(ScheduleFiles.ScheduleFile::schedule)
			.toList();
		WorkingCalendar calendar = WorkingCalendar.of(official);
		this.deadlines = Deadlines.of(calendar, WorkingHours.DEFAULT);
		this.limit = TimeLimit.workingDays(this.workingDays);
		this.daysOff = new HashSet<>();
		this.makeUpDays = new HashSet<>();
		for (LocalDate day = LocalDate.of(2022, 1, 1); day.getYear() < 2028; day = day.plusDays(1)) {
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			if (!weekend && !calendar.isWorkingDay(day)) {
				this.daysOff.add(day);
			}
			if (weekend && calendar.isWorkingDay(day)) {
				this.makeUpDays.add(day);
			}
		}
		Random random = new Random(20261124L);
		for (int i = 0; i <= MASK; i++) {
			this.receipts[i] = LocalDate.of(2023, 1, 1)
				.plusDays(random.nextInt(4 * 365 - 60))
				.atTime(LocalTime.ofSecondOfDay(random.nextInt(86_400)));
		}
		// the baseline must compute the same thing, or the comparison means nothing
		for (LocalDateTime receipt : this.receipts) {
			if (!naive(receipt).equals(this.deadlines.due(receipt, this.limit))) {
				throw new IllegalStateException("baseline and index disagree for " + receipt);
			}
		}
	}

	private LocalDateTime nextReceipt() {
		return this.receipts[this.next++ & MASK];
	}

	@Benchmark
	public LocalDateTime indexed() {
		return this.deadlines.due(nextReceipt(), this.limit);
	}

	@Benchmark
	public LocalDateTime baselineDayByDay() {
		return naive(nextReceipt());
	}

	@Benchmark
	public LocalDateTime baselinePlusDays() {
		LocalDateTime receipt = nextReceipt();
		return receipt.toLocalDate().plusDays(this.workingDays).atTime(receipt.toLocalTime());
	}

	private boolean working(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
			return this.makeUpDays.contains(day);
		}
		return !this.daysOff.contains(day);
	}

	/** The counting rule, day by day (as the test suite's reference implementation). */
	private LocalDateTime naive(LocalDateTime received) {
		WorkingHours hours = WorkingHours.DEFAULT;
		LocalDate day = received.toLocalDate();
		LocalTime time = received.toLocalTime();
		if (!working(day) || time.isAfter(hours.cutOff())) {
			time = hours.morningStart();
			do {
				day = day.plusDays(1);
			}
			while (!working(day));
		}
		else if (time.isBefore(hours.morningStart())) {
			time = hours.morningStart();
		}
		else if (!time.isBefore(hours.morningEnd()) && time.isBefore(hours.afternoonStart())) {
			time = hours.afternoonStart();
		}
		boolean atOpening = time.equals(hours.morningStart());
		int counted = atOpening ? 1 : 0;
		while (counted < this.workingDays) {
			day = day.plusDays(1);
			if (working(day)) {
				counted++;
			}
		}
		if (atOpening) {
			return day.atTime(hours.afternoonEnd());
		}
		return day.atTime(time.equals(hours.afternoonStart()) ? hours.morningEnd() : time);
	}

}
