package vn.motcua.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the deadline arithmetic over random receipts in 1901–2198, random limits
 * and random pauses. Each case has its own seed, shown in its name: rerun one with
 * {@code -Dcalendar.seed=<seed>}.
 */
class DeadlineProperties {

	private static final WorkingCalendar CALENDAR = TestCalendars.official();

	private static final Deadlines DEADLINES = TestCalendars.deadlines();

	private static final LocalTime OPENING = WorkingHours.DEFAULT.morningStart();

	private static final LocalTime CLOSING = WorkingHours.DEFAULT.afternoonEnd();

	private static final List<String> ZONES = List.of("UTC", "America/Los_Angeles", "Pacific/Kiritimati",
			"Asia/Ho_Chi_Minh", "Europe/Paris", "Asia/Shanghai");

	private static final Map<String, Deadlines> BY_ZONE = new ConcurrentHashMap<>();

	static Stream<Long> seeds() {
		Long fixed = Long.getLong("calendar.seed");
		if (fixed != null) {
			return Stream.of(fixed);
		}
		long base = 0x5EED_2026L;
		return IntStream.range(0, 300).mapToObj((i) -> base + i * 7919L);
	}

	private static LocalDateTime randomInstant(Random random) {
		LocalDate day = LocalDate.of(1901, 1, 1).plusDays(random.nextInt(365 * 297));
		// half of the receipts on recent years, where the official schedules are
		if (random.nextBoolean()) {
			day = LocalDate.of(2022, 12, 1).plusDays(random.nextInt(365 * 4 + 60));
		}
		return day.atTime(LocalTime.ofSecondOfDay(random.nextInt(86_400)));
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aDueDateNeverFallsOnANonWorkingDayNorOutsideWorkingHours(long seed) {
		Random random = new Random(seed);
		LocalDateTime received = randomInstant(random);
		for (TimeLimit limit : List.of(TimeLimit.workingDays(random.nextInt(61)),
				TimeLimit.workingHours(random.nextInt(200)), TimeLimit.calendarDays(random.nextInt(90)))) {
			LocalDateTime due = DEADLINES.due(received, limit);
			assertThat(CALENDAR.isWorkingDay(due.toLocalDate())).as("seed %d: %s + %s = %s", seed, received, limit, due)
				.isTrue();
			assertThat(due.toLocalTime()).as("seed %d: %s + %s", seed, received, limit).isBetween(OPENING, CLOSING);
			assertThat(due).as("seed %d", seed).isAfter(received);
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void addingATheBWorkingDaysEqualsAddingAPlusB(long seed) {
		Random random = new Random(seed);
		LocalDateTime received = randomInstant(random);
		int a = random.nextInt(40);
		int b = random.nextInt(40);
		LocalDateTime start = DEADLINES.countingStart(received);
		assertThat(DEADLINES.add(DEADLINES.add(start, TimeLimit.workingDays(a)), TimeLimit.workingDays(b)))
			.as("seed %d: %s + %d + %d", seed, start, a, b)
			.isEqualTo(DEADLINES.add(start, TimeLimit.workingDays(a + b)));
		if (a + b > 0 && a > 0) {
			assertThat(DEADLINES.add(DEADLINES.due(received, TimeLimit.workingDays(a)), TimeLimit.workingDays(b)))
				.as("seed %d", seed)
				.isEqualTo(DEADLINES.due(received, TimeLimit.workingDays(a + b)));
		}
		int h = random.nextInt(100);
		int k = random.nextInt(100);
		assertThat(DEADLINES.add(DEADLINES.add(start, TimeLimit.workingHours(h)), TimeLimit.workingHours(k)))
			.as("seed %d: %s + %dh + %dh", seed, start, h, k)
			.isEqualTo(DEADLINES.add(start, TimeLimit.workingHours(h + k)));
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void theIndexAgreesWithCountingDayByDay(long seed) {
		Random random = new Random(seed);
		LocalDateTime received = randomInstant(random);
		int n = 1 + random.nextInt(60);
		assertThat(DEADLINES.due(received, TimeLimit.workingDays(n))).as("seed %d: %s + %d", seed, received, n)
			.isEqualTo(naiveDue(received, n));
	}

	/**
	 * The rule counted by hand: day after day, the same time of day, closing when started
	 * at opening.
	 */
	private static LocalDateTime naiveDue(LocalDateTime received, int days) {
		LocalDate day = received.toLocalDate();
		LocalTime time = received.toLocalTime();
		WorkingHours hours = WorkingHours.DEFAULT;
		boolean nextDay = !CALENDAR.isWorkingDay(day) || time.isAfter(hours.cutOff());
		if (nextDay) {
			time = OPENING;
			do {
				day = day.plusDays(1);
			}
			while (!CALENDAR.isWorkingDay(day));
		}
		else if (time.isBefore(OPENING)) {
			time = OPENING;
		}
		else if (!time.isBefore(hours.morningEnd()) && time.isBefore(hours.afternoonStart())) {
			time = hours.afternoonStart();
		}
		int counted = time.equals(OPENING) ? 1 : 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (CALENDAR.isWorkingDay(day)) {
				counted++;
			}
		}
		if (time.equals(OPENING)) {
			return day.atTime(CLOSING);
		}
		return day.atTime(time.equals(hours.afternoonStart()) ? hours.morningEnd() : time);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void pausingOverNonWorkingTimeChangesNothing(long seed) {
		Random random = new Random(seed);
		LocalDateTime received = randomInstant(random);
		TimeLimit limit = random.nextBoolean() ? TimeLimit.workingDays(1 + random.nextInt(30))
				: TimeLimit.workingHours(1 + random.nextInt(100));
		LocalDateTime due = DEADLINES.due(received, limit);
		List<Pause> pauses = new ArrayList<>();
		// a whole run of non-working days somewhere around the counting period
		LocalDate day = received.toLocalDate().plusDays(random.nextInt(40));
		while (CALENDAR.isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		LocalDate end = day;
		while (!CALENDAR.isWorkingDay(end.plusDays(1))) {
			end = end.plusDays(1);
		}
		pauses.add(new Pause(day.atStartOfDay(), end.plusDays(1).atStartOfDay(), Pause.Reason.STOPPED));
		// a night between two working days, and a lunch break
		LocalDate night = received.toLocalDate().plusDays(random.nextInt(30));
		pauses.add(new Pause(night.atTime(17, 30), night.plusDays(1).atTime(7, 0), Pause.Reason.FINANCIAL_OBLIGATION));
		pauses.add(new Pause(night.atTime(11, 45), night.atTime(13, 15), Pause.Reason.SUPPLEMENT_REQUESTED));
		Deadline paused = DEADLINES.compute(received, limit, pauses);
		assertThat(paused.due()).as("seed %d: %s + %s with %s", seed, received, limit, pauses).isEqualTo(due);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void aPauseDuringTheCountingPeriodAddsExactlyItsWorkingTime(long seed) {
		Random random = new Random(seed);
		LocalDateTime received = randomInstant(random);
		TimeLimit limit = TimeLimit.workingDays(2 + random.nextInt(30));
		LocalDateTime start = DEADLINES.countingStart(received);
		LocalDateTime due = DEADLINES.due(received, limit);
		long span = DEADLINES.workingSecondsBetween(start, due);
		LocalDateTime from = DEADLINES.add(start, TimeLimit.workingHours((int) (random.nextLong(span / 3600))));
		LocalDateTime to = from.plusHours(1 + random.nextInt(24 * 20));
		Deadline paused = DEADLINES.compute(received, limit,
				List.of(new Pause(from, to, Pause.Reason.SUPPLEMENT_REQUESTED)));
		long pausedWorkingTime = DEADLINES.workingSecondsBetween(from, to);
		assertThat(DEADLINES.workingSecondsBetween(due, paused.due())).as("seed %d: pause %s–%s", seed, from, to)
			.isEqualTo(pausedWorkingTime);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void resultsDoNotDependOnTheJvmTimeZone(long seed) {
		Random random = new Random(seed);
		LocalDateTime received = randomInstant(random);
		Instant instant = received.atZone(Deadlines.VIETNAM).toInstant();
		TimeLimit limit = TimeLimit.workingDays(random.nextInt(45));
		List<String> results = new ArrayList<>();
		TimeZone original = TimeZone.getDefault();
		try {
			for (String zone : List.of("UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Ho_Chi_Minh",
					"Europe/Paris", "Asia/Shanghai")) {
				TimeZone.setDefault(TimeZone.getTimeZone(zone));
				Deadline deadline = Deadlines
					.of(WorkingCalendar.of(TestCalendars.officialSchedules()), WorkingHours.DEFAULT)
					.compute(instant, limit, List.of());
				results.add(deadline.due() + " " + deadline.explanation() + " "
						+ LunarCalendar.toLunar(deadline.due().toLocalDate()));
			}
		}
		finally {
			TimeZone.setDefault(original);
		}
		assertThat(results).as("seed %d", seed).containsOnly(results.get(0));
		assertThat(results.get(0)).startsWith(DEADLINES.due(received, limit).toString());
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void stepSharesAlwaysAddUpToTheTotal(long seed) {
		Random random = new Random(seed);
		int total = random.nextInt(100);
		int[] weights = random.ints(1 + random.nextInt(8), 1, 20).toArray();
		long[] shares = StepShares.split(total, weights);
		assertThat(java.util.Arrays.stream(shares).sum()).as("seed %d", seed).isEqualTo(total);
		int weightSum = java.util.Arrays.stream(weights).sum();
		for (int i = 0; i < shares.length; i++) {
			double exact = (double) total * weights[i] / weightSum;
			assertThat((double) shares[i]).as("seed %d", seed).isBetween(Math.floor(exact), Math.ceil(exact));
		}
	}

}
