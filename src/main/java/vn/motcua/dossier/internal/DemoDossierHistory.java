package vn.motcua.dossier.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.HashSet;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalog.OnlineMode;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.Procedures;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.Agencies;

/**
 * A <b>synthetic</b> history of dossiers for the demo province, so that the dashboards
 * and the delay reports have something to show: about {@value #COUNT} dossiers received
 * over the twelve months before the first start, at the demo communes (more at Phường Hà
 * Tu and Xã Bình Liêu, where the demo accounts work) and the departments, for the demo
 * procedures. Every commune and every department with demo procedures receives dossiers
 * in each of the twelve months; intake is quieter around Tết and in the summer, and a few
 * communes are late more often than the others. The mixes are plausible, not measured:
 * about half online where the procedure allows it, most resolved on time, some late, some
 * refused, withdrawn or stopped, the recent ones still open, some of them paused. Names,
 * phone numbers and ID numbers are made up; every dossier and its {@code import} history
 * row say that the data is synthetic ("Dữ liệu mẫu tổng hợp").
 * <p>
 * Generated from a fixed seed ({@link #generate} is deterministic for an anchor date) and
 * loaded through the {@link DossierImporter} like a migration. Runs after the catalog
 * (order 30), under the demo data lock, and only when no demo history is there yet, so
 * restarts and a second node add nothing.
 */
@Component
@Order(30)
@ConditionalOnExpression("${motcua.demo.enabled:false} and ${motcua.demo.history:true}")
class DemoDossierHistory implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDossierHistory.class);

	static final int COUNT = 3000;

	static final long SEED = 0x22_2026L;

	static final String SOURCE = "demo";

	static final String NOTE = "Dữ liệu mẫu tổng hợp (không phải hồ sơ thật), nạp khi khởi động chế độ dùng thử";

	/** Demo procedures of communes with their relative frequency. */
	static final Map<String, Integer> COMMUNE_PROCEDURES = Map.ofEntries(Map.entry("1.001193", 22),
			Map.entry("1.000894", 8), Map.entry("1.000656", 6), Map.entry("1.004873", 14), Map.entry("2.000908", 16),
			Map.entry("1.004222", 8), Map.entry("1.004194", 10), Map.entry("1.013225", 4), Map.entry("2.000720", 5),
			Map.entry("1.004859", 4), Map.entry("1.012796", 3));

	/** Demo procedures of departments with the department that settles them. */
	static final Map<String, String> DEPARTMENT_PROCEDURES = Map.of("3.000333", "22.STP", "2.000908", "22.STP",
			"1.012786", "22.SNNMT", "1.012783", "22.SNNMT", "2.001583", "22.STC", "2.001610", "22.STC");

	/** Usernames of the demo accounts by agency, for the steps they would have taken. */
	static final Map<String, String> ACCOUNT_SUFFIX = Map.of("06652", "hatu", "06838", "binhlieu", "22.STP", "stp",
			"22.TTPVHCC", "tinh");

	static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
			"Dương", "Lý", "Phan", "Vương", "Đinh" };

	static final String[] MIDDLE_MALE = { "Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Xuân" };

	static final String[] MIDDLE_FEMALE = { "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh", "Phương" };

	static final String[] GIVEN_MALE = { "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc",
			"Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt" };

	static final String[] GIVEN_FEMALE = { "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh",
			"Mai", "Ngân", "Nhung", "Thảo", "Trang", "Yến" };

	private final DossierImporter importer;

	private final Procedures procedures;

	private final Agencies agencies;

	private final WorkingCalendars calendars;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DossierWorkflow workflow;

	DemoDossierHistory(DossierImporter importer, Procedures procedures, Agencies agencies, WorkingCalendars calendars,
			JdbcClient jdbc, Clock clock, DossierWorkflow workflow) {
		this.workflow = workflow;
		this.importer = importer;
		this.procedures = procedures;
		this.agencies = agencies;
		this.calendars = calendars;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (loaded()) {
			log.debug("Demo dossier history already loaded");
			return;
		}
		Instant now = this.clock.instant();
		List<ImportedDossier> records = generate(now);
		DossierImporter.ImportReport report = this.importer.importRecords(records,
				new DossierImporter.Source("system", "Hệ thống (dữ liệu mẫu)", null, null, SOURCE, NOTE));
		if (!report.stored()) {
			throw new IllegalStateException("Demo dossier history rejected: "
					+ report.rejected().subList(0, Math.min(5, report.rejected().size())));
		}
		log.info("Demo data: {} synthetic dossiers of the last 12 months added", report.imported());
	}

	boolean loaded() {
		return this.jdbc
			.sql("select exists (select 1 from dossier_history where action = 'import' and details ->> 'source' = ?)")
			.param(SOURCE)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The synthetic dossiers received in the twelve months before {@code now}'s date, the
	 * same for the same date.
	 */
	List<ImportedDossier> generate(Instant now) {
		Random random = new Random(SEED);
		LocalDate today = LocalDate.ofInstant(now, Deadlines.VIETNAM);
		List<Choice> communeChoices = new ArrayList<>();
		List<Choice> departmentChoices = new ArrayList<>();
		List<AgencyView> communes = this.agencies.all()
			.stream()
			.filter((a) -> a.level() == AgencyLevel.COMMUNE)
			.sorted(Comparator.comparing(AgencyView::code))
			.toList();
		COMMUNE_PROCEDURES.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((entry) -> this.procedures.findPublished(entry.getKey())
				.filter((p) -> p.details().applicability().agencyLevels().contains(AgencyLevel.COMMUNE))
				.ifPresent((p) -> communeChoices.add(new Choice(p, null, entry.getValue()))));
		DEPARTMENT_PROCEDURES.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((entry) -> this.procedures.findPublished(entry.getKey())
				.filter((p) -> this.agencies.exists(entry.getValue()))
				.ifPresent((p) -> departmentChoices.add(new Choice(p, entry.getValue(), 1))));
		if (communes.isEmpty() || communeChoices.isEmpty()) {
			return List.of();
		}
		Lookups lookups = new Lookups();
		List<ImportedDossier> records = new ArrayList<>();
		Map<String, Integer> numbers = new HashMap<>();
		List<Draft> drafts = new ArrayList<>();
		// every commune and every department with demo procedures receives dossiers in
		// each
		// of the twelve months, so that every unit has a year of history; the rest follow
		// the mix below
		List<Object[]> coverage = new ArrayList<>();
		for (int month = 0; month < 12; month++) {
			for (AgencyView commune : communes) {
				if (lookups.agency(commune.code()) != null) {
					coverage.add(new Object[] { weighted(communeChoices, random), commune.code(), month });
				}
			}
			for (Choice choice : departmentChoices) {
				coverage.add(new Object[] { choice, choice.agencyCode(), month });
			}
		}
		Set<String> lateUnits = new HashSet<>();
		for (int i = 0; i < communes.size(); i++) {
			if (i % 18 == 7) {
				lateUnits.add(communes.get(i).code());
			}
		}
		for (int i = 0; i < COUNT; i++) {
			if (i < coverage.size()) {
				Object[] forced = coverage.get(i);
				drafts.add(draft((Choice) forced[0], (String) forced[1], today, now, random, lookups,
						(Integer) forced[2], lateUnits.contains((String) forced[1])));
				continue;
			}
			boolean department = !departmentChoices.isEmpty() && random.nextInt(100) < 28;
			Choice choice;
			String agencyCode;
			if (department) {
				choice = departmentChoices.get(random.nextInt(departmentChoices.size()));
				agencyCode = java.util.Objects.requireNonNull(choice.agencyCode());
			}
			else {
				choice = weighted(communeChoices, random);
				int pick = random.nextInt(100);
				agencyCode = (pick < 40) ? "06652"
						: (pick < 55) ? "06838" : communes.get(random.nextInt(communes.size())).code();
				if (lookups.agency(agencyCode) == null) {
					agencyCode = communes.get(0).code();
				}
			}
			drafts.add(draft(choice, agencyCode, today, now, random, lookups, null, lateUnits.contains(agencyCode)));
		}
		drafts.sort(Comparator.comparing(Draft::receivedAt));
		for (Draft draft : drafts) {
			String day = DossierWorkflow.CODE_DATE.format(LocalDate.ofInstant(draft.receivedAt(), Deadlines.VIETNAM));
			String key = draft.identifier() + "-" + day;
			int number = numbers.merge(key, 1, Integer::sum);
			records.add(draft.record(key + "-" + String.format(Locale.ROOT, "%04d", number)));
		}
		return records;
	}

	private Draft draft(Choice choice, String agencyCode, LocalDate today, Instant now, Random random, Lookups lookups,
			@Nullable Integer month, boolean lateUnit) {
		ProcedureDetails details = choice.procedure().details();
		AgencyView agency = java.util.Objects.requireNonNull(lookups.agency(agencyCode));
		String desk = lookups.desk(agency);
		Deadlines deadlines = lookups.deadlines(desk);
		// a working day of the last twelve months (of the given 30-day month back from
		// today), not today, within office hours; fewer in the weeks around Tết and in
		// the summer, more before the end of the year
		LocalDate day;
		do {
			day = (month != null) ? today.minusDays(1 + 30L * month + random.nextInt(30))
					: today.minusDays(1 + random.nextInt(365));
		}
		while (!deadlines.calendar().isWorkingDay(day) || (month == null && random.nextInt(100) < quietPercent(day)));
		int minute = random.nextInt(7 * 60 + 30);
		LocalTime time = (minute < 240) ? LocalTime.of(7, 30).plusMinutes(minute)
				: LocalTime.of(13, 30).plusMinutes(minute - 240);
		LocalDateTime receivedLocal = LocalDateTime.of(day, time);
		Instant received = DossierWorkflow.instant(receivedLocal);
		boolean online = details.onlineMode() != OnlineMode.IN_PERSON && random.nextInt(100) < 52;
		String channel = online ? "ONLINE" : (random.nextInt(100) < 4 ? "POST" : "COUNTER");
		Instant due = DossierWorkflow.instant(deadlines.compute(receivedLocal, details.cases().get(0).time()).due());
		ImportedDossier.Applicant applicant = applicant(random, today.getYear());
		String identifier = lookups.identifier(desk);
		int fate = random.nextInt(1000);
		if (fate < 30) {
			return new Draft(identifier, choice.procedure().code(), agencyCode, channel, applicant, received, null,
					null, null, null, 3, null);
		}
		if (fate < 60) {
			int status = (fate < 50) ? 7 : 8;
			return new Draft(identifier, choice.procedure().code(), agencyCode, channel, applicant, received, due, null,
					null, null, status, null);
		}
		// processed: most on time, some late
		LocalDateTime start = deadlines.countingStart(receivedLocal);
		long allowed = Math.max(3600, deadlines.workingSecondsBetween(start, DossierWorkflow.local(due)));
		boolean late = random.nextInt(100) < (lateUnit ? 30 : 12);
		Instant resolved;
		if (late) {
			long over = 3600 + random.nextInt((int) (3 * deadlines.workingDaySeconds()));
			resolved = DossierWorkflow.instant(deadlines.addWorkingSeconds(DossierWorkflow.local(due), over));
		}
		else {
			long used = (long) (allowed * (0.25 + 0.75 * random.nextDouble()));
			resolved = DossierWorkflow.instant(deadlines.addWorkingSeconds(start, Math.max(600, used)));
		}
		if (resolved.isAfter(now)) {
			// still open today
			int kind = random.nextInt(100);
			int status = (kind < 20) ? 2 : (kind < 80) ? 4 : (kind < 92) ? 5 : 6;
			Instant paused = null;
			if (status == 5 || status == 6) {
				long span = Math.max(60, now.getEpochSecond() - received.getEpochSecond());
				paused = received.plusSeconds((long) (span * random.nextDouble() * 0.8));
			}
			return new Draft(identifier, choice.procedure().code(), agencyCode, channel, applicant, received, due, null,
					null, paused, status, null);
		}
		Instant returned = DossierWorkflow.instant(deadlines.addWorkingSeconds(DossierWorkflow.local(resolved),
				random.nextInt((int) (2 * deadlines.workingDaySeconds()))));
		boolean uncollected = returned.isAfter(now) || random.nextInt(100) < 3;
		List<ImportedDossier.Step> steps = steps(details, agencyCode, desk, received, resolved, late, deadlines,
				random);
		return new Draft(identifier, choice.procedure().code(), agencyCode, channel, applicant, received, due, resolved,
				uncollected ? null : returned, null, uncollected ? 9 : 10, steps);
	}

	/**
	 * The steps from receipt to resolution, each taking about its share; the extra time
	 * of a late dossier goes to the specialist's or the leader's step.
	 */
	private List<ImportedDossier.Step> steps(ProcedureDetails details, String agencyCode, String desk, Instant received,
			Instant resolved, boolean late, Deadlines deadlines, Random random) {
		List<ProcessStep> process = details.process().steps();
		if (process.isEmpty()) {
			return List.of();
		}
		double[] weights = new double[process.size()];
		double total = 0;
		int culprit = (process.size() > 2 && random.nextInt(100) < 30) ? 2 : Math.min(1, process.size() - 1);
		for (int i = 0; i < weights.length; i++) {
			BigDecimal share = process.get(i).share();
			weights[i] = Math.max(0.05, share.doubleValue()) * (0.6 + 0.8 * random.nextDouble());
			if (late && i == culprit) {
				weights[i] *= 4;
			}
			total += weights[i];
		}
		LocalDateTime from = deadlines.countingStart(DossierWorkflow.local(received));
		long span = Math.max(0, deadlines.workingSecondsBetween(from, DossierWorkflow.local(resolved)));
		List<ImportedDossier.Step> steps = new ArrayList<>();
		Instant start = received;
		double cumulative = 0;
		for (int i = 0; i < process.size(); i++) {
			cumulative += weights[i];
			Instant end = (i == process.size() - 1) ? resolved
					: DossierWorkflow.instant(deadlines.addWorkingSeconds(from, (long) (span * cumulative / total)));
			if (end.isBefore(start)) {
				end = start;
			}
			ProcessStep step = process.get(i);
			String unit = "ONE_STOP_DESK".equals(step.unitType()) ? desk : agencyCode;
			steps.add(new ImportedDossier.Step(i, start, end, officer(step.role(), unit)));
			start = end;
		}
		return steps;
	}

	/** How much quieter than usual a day is (percent of dossiers that do not come). */
	static int quietPercent(LocalDate day) {
		LocalDate tet = vn.motcua.calendar.LunarCalendar.newYear(day.getYear());
		long fromTet = java.time.temporal.ChronoUnit.DAYS.between(tet, day);
		if (fromTet >= -14 && fromTet <= 21) {
			return 60;
		}
		return switch (day.getMonth()) {
			case JULY, AUGUST -> 25;
			case NOVEMBER, DECEMBER -> 0;
			default -> 12;
		};
	}

	/** A demo account where one exists for the unit, else a made-up officer name. */
	static String officer(String role, String agencyCode) {
		String prefix = switch (role) {
			case "ONE_STOP_OFFICER" -> "tiepnhan";
			case "AGENCY_LEADER", "DEPARTMENT_LEADER" -> "lanhdao";
			default -> "chuyenvien";
		};
		String suffix = ACCOUNT_SUFFIX.getOrDefault(agencyCode, agencyCode.toLowerCase(Locale.ROOT));
		return prefix + "." + suffix;
	}

	private static ImportedDossier.Applicant applicant(Random random, int year) {
		boolean male = random.nextBoolean();
		String name = FAMILY[random.nextInt(FAMILY.length)] + " "
				+ (male ? MIDDLE_MALE[random.nextInt(MIDDLE_MALE.length)]
						: MIDDLE_FEMALE[random.nextInt(MIDDLE_FEMALE.length)])
				+ " " + (male ? GIVEN_MALE[random.nextInt(GIVEN_MALE.length)]
						: GIVEN_FEMALE[random.nextInt(GIVEN_FEMALE.length)]);
		String phone = "09" + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
		String idNumber = null;
		if (random.nextInt(100) < 85) {
			int born = year - 18 - random.nextInt(60);
			int century = (born >= 2000) ? 2 : 0;
			idNumber = "022" + (century + (male ? 0 : 1)) + String.format(Locale.ROOT, "%02d", born % 100)
					+ String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
		}
		return new ImportedDossier.Applicant(name, phone, idNumber);
	}

	private static Choice weighted(List<Choice> choices, Random random) {
		int total = choices.stream().mapToInt(Choice::weight).sum();
		int pick = random.nextInt(total);
		for (Choice choice : choices) {
			pick -= choice.weight();
			if (pick < 0) {
				return choice;
			}
		}
		return choices.get(choices.size() - 1);
	}

	/** Lookups cached for one generation. */
	private final class Lookups {

		private final Map<String, java.util.Optional<AgencyView>> agencies = new HashMap<>();

		private final Map<String, Deadlines> deadlines = new HashMap<>();

		private final Map<String, String> identifiers = new HashMap<>();

		private final Map<String, String> desks = new HashMap<>();

		@Nullable AgencyView agency(String code) {
			return this.agencies.computeIfAbsent(code, DemoDossierHistory.this.agencies::findByCode).orElse(null);
		}

		/** The desk that receives for the agency, as the workflow decides it. */
		String desk(AgencyView agency) {
			return this.desks.computeIfAbsent(agency.code(), (code) -> DemoDossierHistory.this.workflow.deskOf(agency));
		}

		Deadlines deadlines(String desk) {
			return this.deadlines.computeIfAbsent(desk, DemoDossierHistory.this.calendars::deadlines);
		}

		String identifier(String desk) {
			return this.identifiers.computeIfAbsent(desk,
					(code) -> DemoDossierHistory.this.agencies.dossierIdentifierOf(code)
						.filter((id) -> !id.isBlank())
						.orElse(code));
		}

	}

	record Choice(ProcedureRecord procedure, @Nullable String agencyCode, int weight) {

	}

	/** A generated dossier before its code is numbered. */
	record Draft(String identifier, String procedureCode, String agencyCode, String channel,
			ImportedDossier.Applicant applicant, Instant receivedAt, @Nullable Instant dueAt,
			@Nullable Instant resolvedAt, @Nullable Instant returnedAt, @Nullable Instant pausedAt, int status,
			@Nullable List<ImportedDossier.Step> steps) {

		ImportedDossier record(String code) {
			return new ImportedDossier(this.procedureCode, null, this.agencyCode, this.channel, code, this.applicant,
					this.receivedAt, this.dueAt, this.resolvedAt, this.returnedAt, this.pausedAt, this.status,
					this.steps);
		}

	}

}
