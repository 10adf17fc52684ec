package vn.motcua.dossier.internal;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.Pause;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalog.ProcedureCase;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.Procedures;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossiersImported;
import vn.motcua.identity.PersonalIdNumber;
import vn.motcua.identity.PhoneNumber;
import vn.motcua.identity.Role;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.VietnameseText;

/**
 * The historical import: dossiers of an older one-stop system, one JSON object a line
 * ({@link ImportedDossier}), validated line by line and stored all or nothing in one
 * transaction, idempotent on the dossier code.
 * <p>
 * Every line is read and checked before anything is written; if any line is rejected the
 * answer lists every rejection (line, field, message) and nothing is stored. A code
 * imported before with the same content (the SHA-256 of the line's canonical form, kept
 * in the {@code import} history row) is reported as already present and skipped; the same
 * code with another content, or a code of a dossier created in this system, is rejected.
 * Imports are serialised by a transaction-scoped advisory lock, so two at once (on two
 * nodes) cannot both store the same code. Rows are written with JDBC batches: ids taken
 * from the sequence in one query, then the dossiers, their history rows, their step
 * records and the daily code counters (raised so that this system never issues an
 * imported code again).
 */
@Service
public class DossierImporter {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DossierImporter.class);

	/** Key of the advisory lock that serialises imports. */
	static final long IMPORT_LOCK = 0x646f73696d70L;

	static final Pattern CODE = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._]{0,40})-(\\d{6})-(\\d{4})");

	static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("uuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	static final Set<String> FIELDS = Set.of("procedureCode", "procedureVersion", "agencyCode", "channel", "code",
			"applicant", "receivedAt", "dueAt", "resolvedAt", "returnedAt", "pausedAt", "finalStatus", "steps");

	static final Set<String> APPLICANT_FIELDS = Set.of("name", "phone", "idNumber");

	static final Set<String> STEP_FIELDS = Set.of("index", "startedAt", "finishedAt", "handledBy");

	static final int CHUNK = 2000;

	/** The note of imported dossiers and of their history row. */
	static final String IMPORTED_NOTE = "Nhập từ hệ thống một cửa cũ";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final JsonMapper json;

	private final Procedures procedures;

	private final Agencies agencies;

	private final WorkingCalendars calendars;

	private final DossierWorkflow workflow;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final long maxBytes;

	private final int maxLines;

	DossierImporter(JdbcClient jdbc, JdbcTemplate template, JsonMapper json, Procedures procedures, Agencies agencies,
			WorkingCalendars calendars, DossierWorkflow workflow, MessageSource messages,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager,
			@Value("${motcua.dossier.import.max-bytes:52428800}") long maxBytes,
			@Value("${motcua.dossier.import.max-lines:200000}") int maxLines) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
		this.procedures = procedures;
		this.agencies = agencies;
		this.calendars = calendars;
		this.workflow = workflow;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.maxBytes = maxBytes;
		this.maxLines = maxLines;
	}

	/** Where an import comes from: who it is recorded as, and the marker of its rows. */
	public record Source(String actor, String actorName, @Nullable String agencyCode, @Nullable String remoteAddress,
			String name, String note) {

	}

	// ------------------------------------------------------------------ entry points

	/**
	 * Imports an NDJSON body for a system administrator, who may import only dossiers of
	 * agencies in their scope.
	 * @throws DomainException {@code dossier.import.too-large}, {@code .too-many-lines},
	 * {@code .empty} for a body that cannot be read as a whole
	 */
	public ImportReport importNdjson(InputStream body, Actor admin) {
		if (!admin.isStaff() || !admin.hasRole(Role.SYSTEM_ADMIN)) {
			throw DomainException.forbidden("dossier.import.admin-only");
		}
		List<Parsed> lines = read(body);
		Source source = new Source(admin.username(), admin.fullName(), admin.agencyCode(), admin.remoteAddress(), "api",
				IMPORTED_NOTE);
		return run(lines, source, this.workflow.scopeOf(admin)::contains);
	}

	/**
	 * Imports records built in memory (the demo history), recorded as the source says.
	 */
	ImportReport importRecords(List<ImportedDossier> records, Source source) {
		List<Parsed> lines = new ArrayList<>(records.size());
		for (int i = 0; i < records.size(); i++) {
			lines.add(new Parsed(i + 1, records.get(i), List.of()));
		}
		return run(lines, source, (code) -> true);
	}

	private ImportReport run(List<Parsed> lines, Source source, java.util.function.Predicate<String> inScope) {
		ImportReport report = this.transactions.execute((status) -> {
			this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", IMPORT_LOCK).query().listOfRows();
			ImportReport result = validateAndStore(lines, source, inScope);
			if (!result.stored()) {
				status.setRollbackOnly();
			}
			return result;
		});
		return java.util.Objects.requireNonNull(report);
	}

	// ------------------------------------------------------------------ reading

	private List<Parsed> read(InputStream body) {
		List<Parsed> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new Limited(body, this.maxBytes), StandardCharsets.UTF_8), 65536)) {
			String text;
			int number = 0;
			while ((text = reader.readLine()) != null) {
				number++;
				if (number > this.maxLines) {
					throw DomainException.invalid("dossier.import.too-many-lines", "body", this.maxLines);
				}
				if (number == 1 && text.startsWith("\uFEFF")) {
					text = text.substring(1);
				}
				if (!text.isBlank()) {
					lines.add(parse(number, text));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (lines.isEmpty()) {
			throw DomainException.invalid("dossier.import.empty", "body");
		}
		return lines;
	}

	/** Reads one line into a record, or says what is wrong with its shape. */
	Parsed parse(int number, String text) {
		JsonNode node;
		try {
			node = this.json.readTree(text);
		}
		catch (JacksonException ex) {
			return rejectedLine(number, null, "dossier.import.json", firstLine(ex.getOriginalMessage()));
		}
		if (node == null || !node.isObject()) {
			return rejectedLine(number, null, "dossier.import.not-object");
		}
		Reader fields = new Reader(number);
		fields.unknown(node, FIELDS, "");
		String procedureCode = fields.string(node, "procedureCode", true);
		Integer version = fields.integer(node, "procedureVersion", false);
		String agencyCode = fields.string(node, "agencyCode", true);
		String channel = fields.string(node, "channel", true);
		String code = fields.string(node, "code", true);
		ImportedDossier.Applicant applicant = null;
		JsonNode applicantNode = node.get("applicant");
		if (applicantNode == null || applicantNode.isNull()) {
			fields.problem("applicant.name", "dossier.import.required");
		}
		else if (!applicantNode.isObject()) {
			fields.problem("applicant", "dossier.import.type", "object");
		}
		else {
			fields.unknown(applicantNode, APPLICANT_FIELDS, "applicant.");
			String name = fields.string(applicantNode, "name", "applicant.name", true);
			String phone = fields.string(applicantNode, "phone", "applicant.phone", false);
			String idNumber = fields.string(applicantNode, "idNumber", "applicant.idNumber", false);
			applicant = new ImportedDossier.Applicant((name != null) ? name : "", phone, idNumber);
		}
		Instant receivedAt = fields.instant(node, "receivedAt", "receivedAt", true);
		Instant dueAt = fields.instant(node, "dueAt", "dueAt", false);
		Instant resolvedAt = fields.instant(node, "resolvedAt", "resolvedAt", false);
		Instant returnedAt = fields.instant(node, "returnedAt", "returnedAt", false);
		Instant pausedAt = fields.instant(node, "pausedAt", "pausedAt", false);
		Integer finalStatus = fields.integer(node, "finalStatus", true);
		List<ImportedDossier.Step> steps = null;
		JsonNode stepsNode = node.get("steps");
		if (stepsNode != null && !stepsNode.isNull()) {
			if (!stepsNode.isArray()) {
				fields.problem("steps", "dossier.import.type", "array");
			}
			else {
				steps = new ArrayList<>();
				for (int i = 0; i < stepsNode.size(); i++) {
					JsonNode step = stepsNode.get(i);
					String prefix = "steps[" + i + "].";
					if (!step.isObject()) {
						fields.problem("steps[" + i + "]", "dossier.import.type", "object");
						continue;
					}
					fields.unknown(step, STEP_FIELDS, prefix);
					Integer index = fields.integer(step, "index", prefix + "index", true);
					Instant startedAt = fields.instant(step, "startedAt", prefix + "startedAt", true);
					Instant finishedAt = fields.instant(step, "finishedAt", prefix + "finishedAt", false);
					String handledBy = fields.string(step, "handledBy", prefix + "handledBy", false);
					if (index != null && startedAt != null) {
						steps.add(new ImportedDossier.Step(index, startedAt, finishedAt, handledBy));
					}
				}
			}
		}
		if (!fields.problems.isEmpty() || procedureCode == null || agencyCode == null || channel == null || code == null
				|| applicant == null || receivedAt == null || finalStatus == null) {
			return new Parsed(number, null, fields.problems);
		}
		return new Parsed(number, new ImportedDossier(procedureCode, version, agencyCode, channel, code, applicant,
				receivedAt, dueAt, resolvedAt, returnedAt, pausedAt, finalStatus, steps), List.of());
	}

	// ------------------------------------------------------------------ checking and
	// storing

	private ImportReport validateAndStore(List<Parsed> lines, Source source,
			java.util.function.Predicate<String> inScope) {
		long started = System.nanoTime();
		Instant now = this.clock.instant();
		Context context = new Context(now, inScope);
		List<Rejection> rejected = new ArrayList<>();
		List<Prepared> prepared = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Parsed line : lines) {
			rejected.addAll(line.problems());
			ImportedDossier record = line.record();
			if (record == null) {
				continue;
			}
			List<Rejection> problems = new ArrayList<>();
			Prepared ready = prepare(line.number(), record, context, problems);
			Integer first = seen.putIfAbsent(record.code(), line.number());
			if (first != null) {
				problems.add(rejection(line.number(), "code", "dossier.import.duplicate-code", record.code(), first));
			}
			if (problems.isEmpty() && ready != null) {
				prepared.add(ready);
			}
			rejected.addAll(problems);
		}
		// what was imported before
		Map<String, @Nullable String> existing = existingHashes(
				prepared.stream().map((p) -> p.dossier().requireCode()).toList());
		List<ImportReport.Present> present = new ArrayList<>();
		List<Prepared> fresh = new ArrayList<>();
		for (Prepared ready : prepared) {
			String code = ready.dossier().requireCode();
			if (!existing.containsKey(code)) {
				fresh.add(ready);
			}
			else if (ready.hash().equals(existing.get(code))) {
				present.add(new ImportReport.Present(ready.line(), code));
			}
			else {
				rejected.add(rejection(ready.line(), "code",
						(existing.get(code) == null) ? "dossier.import.code-in-use" : "dossier.import.code-taken",
						code));
			}
		}
		rejected.sort(java.util.Comparator.comparingInt(Rejection::line));
		if (!rejected.isEmpty()) {
			return new ImportReport(lines.size(), 0, present.size(), false, present, rejected);
		}
		long checked = System.nanoTime();
		store(fresh, source, now);
		log.info("Dossier import ({}): {} lines checked in {} ms, {} new stored in {} ms, {} already present",
				source.name(), lines.size(), (checked - started) / 1_000_000, fresh.size(),
				(System.nanoTime() - checked) / 1_000_000, present.size());
		this.events.publishEvent(new DossiersImported(source.actor(), fresh.size(), present.size(), source.name()));
		return new ImportReport(lines.size(), fresh.size(), present.size(), true, present, List.of());
	}

	/**
	 * Checks a record against the catalog, the agencies and itself; the dossier it makes.
	 */
	private @Nullable Prepared prepare(int line, ImportedDossier record, Context context, List<Rejection> problems) {
		// the code: <identifier>-YYMMDD-XXXX
		String code = record.code().strip();
		Matcher matcher = CODE.matcher(code);
		LocalDate codeDay = null;
		if (code.length() > 60 || !matcher.matches() || "0000".equals(matcher.group(3))) {
			problems.add(rejection(line, "code", "dossier.import.code-format", code));
		}
		else {
			try {
				codeDay = LocalDate.parse(matcher.group(2), CODE_DATE);
			}
			catch (DateTimeParseException ex) {
				problems.add(rejection(line, "code", "dossier.import.code-format", code));
			}
		}
		// the procedure, at the version given or the published one
		ProcedureRecord procedure = context.procedure(record.procedureCode().strip(), record.procedureVersion());
		if (procedure == null) {
			problems.add(rejection(line, (record.procedureVersion() != null) ? "procedureVersion" : "procedureCode",
					"dossier.import.procedure-unknown", record.procedureCode(),
					(record.procedureVersion() != null) ? record.procedureVersion() : "-"));
		}
		// the agency, competent for it and in the importer's scope
		String agencyCode = record.agencyCode().strip().toUpperCase(Locale.ROOT);
		AgencyView agency = context.agency(agencyCode);
		if (agency == null) {
			problems.add(rejection(line, "agencyCode", "dossier.agency.unknown", record.agencyCode()));
		}
		else if (!context.inScope(agency.code())) {
			problems.add(rejection(line, "agencyCode", "dossier.import.out-of-scope", agency.code()));
		}
		else if (procedure != null && !procedure.details().applicability().agencyLevels().contains(agency.level())
				&& !procedure.details().applicability().agencyCodes().contains(agency.code())) {
			problems.add(rejection(line, "agencyCode", "dossier.agency.not-competent", agency.name(),
					procedure.details().name()));
		}
		Channel channel = null;
		try {
			channel = Channel.valueOf(record.channel().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(rejection(line, "channel", "dossier.import.channel", record.channel()));
		}
		Applicant applicant = applicant(line, record.applicant(), context, problems);
		DossierStatus status = DossierStatus.ofCode(record.finalStatus()).filter((s) -> s.code() >= 2).orElse(null);
		if (status == null) {
			problems.add(rejection(line, "finalStatus", "dossier.import.status", record.finalStatus()));
		}
		// the dates
		Instant received = record.receivedAt();
		checkInstant(line, "receivedAt", received, context, problems);
		Instant due = record.dueAt();
		if (due == null && status != DossierStatus.NOT_RECEIVED) {
			problems.add(rejection(line, "dueAt", "dossier.import.required"));
		}
		if (due != null && due.isBefore(received)) {
			problems.add(rejection(line, "dueAt", "dossier.import.before-received", "dueAt"));
		}
		Instant resolved = record.resolvedAt();
		Instant returned = record.returnedAt();
		boolean open = status != null && status.isOpen();
		if (status == DossierStatus.RESOLVED || status == DossierStatus.RETURNED) {
			if (resolved == null) {
				problems.add(rejection(line, "resolvedAt", "dossier.import.resolved-required", status.code()));
			}
		}
		else if (resolved != null && status != null) {
			problems.add(rejection(line, "resolvedAt", "dossier.import.not-for-status", "resolvedAt", status.code()));
		}
		if (status == DossierStatus.RETURNED && returned == null) {
			problems.add(rejection(line, "returnedAt", "dossier.import.required"));
		}
		else if (status != DossierStatus.RETURNED && returned != null && status != null) {
			problems.add(rejection(line, "returnedAt", "dossier.import.not-for-status", "returnedAt", status.code()));
		}
		if (resolved != null) {
			checkInstant(line, "resolvedAt", resolved, context, problems);
			if (resolved.isBefore(received)) {
				problems.add(rejection(line, "resolvedAt", "dossier.import.before-received", "resolvedAt"));
			}
		}
		if (returned != null) {
			checkInstant(line, "returnedAt", returned, context, problems);
			if (resolved != null && returned.isBefore(resolved)) {
				problems.add(rejection(line, "returnedAt", "dossier.import.before-resolved"));
			}
		}
		Instant paused = record.pausedAt();
		if (paused != null) {
			boolean pausedStatus = status == DossierStatus.SUPPLEMENT_REQUESTED
					|| status == DossierStatus.PAYMENT_REQUESTED;
			if (!pausedStatus && status != null) {
				problems.add(rejection(line, "pausedAt", "dossier.import.not-for-status", "pausedAt", status.code()));
			}
			checkInstant(line, "pausedAt", paused, context, problems);
			if (paused.isBefore(received)) {
				problems.add(rejection(line, "pausedAt", "dossier.import.before-received", "pausedAt"));
			}
		}
		if (!problems.isEmpty() || procedure == null || agency == null || channel == null || status == null
				|| applicant == null || codeDay == null) {
			// steps are checked against a known procedure only
			if (procedure != null && record.steps() != null) {
				checkSteps(line, record, procedure.details(), received, status, context, problems);
			}
			return null;
		}
		List<StepRow> stepRows = checkSteps(line, record, procedure.details(), received, status, context, problems);
		if (!problems.isEmpty()) {
			return null;
		}
		Dossier dossier = build(record, code, procedure, agency, channel, applicant, status, context);
		Deadlines deadlines = context.deadlines(dossier.deskAgencyCode);
		List<StepRow> rows = stepRecords(dossier, stepRows, open, received, deadlines);
		if (open && dossier.currentStep == null && !rows.isEmpty()) {
			StepRow current = rows.get(rows.size() - 1);
			dossier.currentStep = current.index();
			dossier.stepStartedAt = current.startedAt();
			dossier.stepDueAt = current.dueAt();
			dossier.stepAssignee = current.handledBy();
		}
		String outcome = null;
		if (resolved != null && due != null) {
			outcome = outcome(resolved, due).name();
			dossier.outcome = outcome;
		}
		return new Prepared(line, dossier, rows, hash(record), outcome, matcher.group(1), codeDay,
				Integer.parseInt(matcher.group(3)));
	}

	private @Nullable Applicant applicant(int line, ImportedDossier.Applicant applicant, Context context,
			List<Rejection> problems) {
		String name = VietnameseText.normalize(applicant.name().strip());
		boolean ok = true;
		if (name.isEmpty()) {
			problems.add(rejection(line, "applicant.name", "dossier.import.required"));
			ok = false;
		}
		else if (name.length() > 200) {
			problems.add(rejection(line, "applicant.name", "dossier.text.too-long", 200));
			ok = false;
		}
		String phone = DossierWorkflow.blankToNull(applicant.phone());
		if (phone != null) {
			Optional<PhoneNumber> parsed = PhoneNumber.parse(phone);
			if (parsed.isEmpty()) {
				problems.add(rejection(line, "applicant.phone", "dossier.applicant.phone-invalid", phone));
				ok = false;
			}
			else {
				phone = parsed.get().value();
			}
		}
		String idNumber = DossierWorkflow.blankToNull(applicant.idNumber());
		if (idNumber != null) {
			String digits = PersonalIdNumber.digitsOf(idNumber);
			if (PersonalIdNumber.problemWith(digits, context.year()).isPresent()) {
				problems.add(rejection(line, "applicant.idNumber", "dossier.applicant.id-invalid", idNumber));
				ok = false;
			}
			idNumber = digits;
		}
		return ok ? new Applicant(name, idNumber, phone, null, null) : null;
	}

	private void checkInstant(int line, String field, Instant instant, Context context, List<Rejection> problems) {
		if (instant.isBefore(EARLIEST) || instant.isAfter(context.now())) {
			problems.add(rejection(line, field, "dossier.import.instant-range", instant));
		}
	}

	/** Checks the steps given; the rows they make (without the computed times yet). */
	private List<StepRow> checkSteps(int line, ImportedDossier record, ProcedureDetails details, Instant received,
			@Nullable DossierStatus status, Context context, List<Rejection> problems) {
		List<StepRow> rows = new ArrayList<>();
		List<ImportedDossier.Step> steps = (record.steps() != null) ? record.steps() : List.of();
		int size = details.process().steps().size();
		for (int i = 0; i < steps.size(); i++) {
			ImportedDossier.Step step = steps.get(i);
			String prefix = "steps[" + i + "].";
			if (step.index() < 0 || step.index() >= size) {
				problems.add(rejection(line, prefix + "index", "dossier.import.step-index", step.index(), size));
				continue;
			}
			checkInstant(line, prefix + "startedAt", step.startedAt(), context, problems);
			if (step.startedAt().isBefore(received)) {
				problems.add(rejection(line, prefix + "startedAt", "dossier.import.before-received", "startedAt"));
			}
			if (step.finishedAt() != null) {
				checkInstant(line, prefix + "finishedAt", step.finishedAt(), context, problems);
				if (step.finishedAt().isBefore(step.startedAt())) {
					problems.add(rejection(line, prefix + "finishedAt", "dossier.import.before-start"));
				}
			}
			else if (i != steps.size() - 1 || status == null || !status.isOpen()) {
				problems.add(rejection(line, prefix + "finishedAt", "dossier.import.step-unfinished"));
			}
			String handledBy = DossierWorkflow.blankToNull(step.handledBy());
			if (handledBy != null && handledBy.length() > 100) {
				problems.add(rejection(line, prefix + "handledBy", "dossier.text.too-long", 100));
			}
			rows.add(new StepRow(step.index(), step.startedAt(), step.finishedAt(), handledBy, null, 0, null));
		}
		return rows;
	}

	/** The dossier row of an accepted record. */
	private Dossier build(ImportedDossier record, String code, ProcedureRecord procedure, AgencyView agency,
			Channel channel, Applicant applicant, DossierStatus status, Context context) {
		Instant now = context.now();
		ProcedureDetails details = procedure.details();
		ProcedureCase procedureCase = details.cases().get(0);
		Dossier d = new Dossier();
		d.code = code;
		d.status = status;
		d.channel = channel;
		d.procedureCode = procedure.code();
		d.procedureVersion = procedure.version();
		d.caseIndex = 0;
		d.procedureName = details.name();
		d.agencyCode = agency.code();
		d.deskAgencyCode = context.desk(agency);
		d.applicant = applicant;
		Instant received = record.receivedAt();
		boolean paused = status == DossierStatus.SUPPLEMENT_REQUESTED || status == DossierStatus.PAYMENT_REQUESTED;
		// dossiers alike share one content (never changed once built): memory and JSON
		// are produced once for thousands of lines
		String key = procedure.code() + "@" + procedure.version() + "|" + d.agencyCode + "|" + status + "|" + channel;
		DossierContent shared = paused ? null : context.contents.get(key);
		if (shared != null) {
			d.content = shared;
			fillDates(d, record, status, channel, received, now);
			return d;
		}
		DossierContent content = new DossierContent();
		content.note = IMPORTED_NOTE;
		content.caseName = procedureCase.name();
		content.time = procedureCase.time();
		content.processUnit = details.process().unit();
		List<RequiredDocument> documents = details.documents();
		for (int i = 0; i < documents.size(); i++) {
			RequiredDocument document = documents.get(i);
			content.papers.add(new DossierContent.Paper(i, document.name(), document.originals(), document.copies(),
					document.requirement() == RequiredDocument.Requirement.MANDATORY, status != DossierStatus.NEW,
					List.of()));
		}
		for (ProcessStep step : details.process().steps()) {
			String stepAgency = "ONE_STOP_DESK".equals(step.unitType()) ? d.deskAgencyCode : d.agencyCode;
			content.steps
				.add(new DossierContent.Step(step.name(), step.role(), step.unitType(), stepAgency, step.share()));
		}
		if (paused) {
			Instant pausedAt = (record.pausedAt() != null) ? record.pausedAt() : received;
			d.pausedSince = pausedAt;
			boolean supplement = status == DossierStatus.SUPPLEMENT_REQUESTED;
			content.openPause = new DossierContent.OpenPause(pausedAt,
					(supplement ? Pause.Reason.SUPPLEMENT_REQUESTED : Pause.Reason.FINANCIAL_OBLIGATION).name(),
					DossierStatus.PROCESSING);
			if (supplement) {
				content.supplement = new DossierContent.Supplement(pausedAt, "import", IMPORTED_NOTE,
						List.of(new ActionInput.PaperNote("Giấy tờ theo yêu cầu bổ sung của hệ thống cũ",
								"Yêu cầu bổ sung ghi trong hệ thống cũ", null)),
						false, null);
				d.supplementCount = 1;
			}
			else {
				content.payment = new DossierContent.Payment(0, IMPORTED_NOTE, pausedAt, null);
			}
		}
		if ((status == DossierStatus.RESOLVED || status == DossierStatus.RETURNED)
				&& details.process().steps().stream().anyMatch((s) -> DossierWorkflow.isLeaderRole(s.role()))) {
			content.approved = true;
		}
		if (status == DossierStatus.RETURNED) {
			content.returnChannel = (channel == Channel.POST) ? "POST" : "DIRECT";
		}
		d.content = content;
		if (!paused) {
			context.contents.put(key, content);
		}
		fillDates(d, record, status, channel, received, now);
		return d;
	}

	private static void fillDates(Dossier d, ImportedDossier record, DossierStatus status, Channel channel,
			Instant received, Instant now) {
		if (status == DossierStatus.NOT_RECEIVED) {
			// refused at intake: it came in, the clock never started
			d.submittedAt = received;
		}
		else {
			d.submittedAt = (channel == Channel.ONLINE) ? received : null;
			d.receivedAt = received;
			d.countingFrom = received;
		}
		d.dueAt = record.dueAt();
		d.resolvedAt = record.resolvedAt();
		d.returnedAt = record.returnedAt();
		d.lastActionAt = now;
		d.createdAt = now;
	}

	/**
	 * The step records with their shares and the working time used; for an open dossier
	 * without an unfinished step given, one current step started at receipt (the second
	 * step for a dossier being processed or paused, the first for one just received).
	 */
	private List<StepRow> stepRecords(Dossier d, List<StepRow> given, boolean open, Instant received,
			Deadlines deadlines) {
		List<StepRow> rows = new ArrayList<>();
		for (StepRow step : given) {
			rows.add(timed(d, step, deadlines));
		}
		boolean hasCurrent = !rows.isEmpty() && rows.get(rows.size() - 1).finishedAt() == null;
		if (open && !hasCurrent && !d.content.steps.isEmpty()) {
			int index = (d.status == DossierStatus.RECEIVED) ? 0 : Math.min(1, d.content.steps.size() - 1);
			Instant start = rows.isEmpty() ? received : rows.get(rows.size() - 1).finishedAt();
			rows.add(timed(d, new StepRow(index, (start != null) ? start : received, null, null, null, 0, null),
					deadlines));
		}
		return rows;
	}

	private StepRow timed(Dossier d, StepRow step, Deadlines deadlines) {
		BigDecimal share = d.step(step.index()).share();
		boolean calendarDays = d.content.processUnit == TimeLimit.Unit.CALENDAR_DAYS;
		long unit = switch (d.content.processUnit) {
			case WORKING_DAYS -> deadlines.workingDaySeconds();
			case WORKING_HOURS -> 3600L;
			case CALENDAR_DAYS -> 86400L;
		};
		long allowed = share.multiply(BigDecimal.valueOf(unit)).longValue();
		Instant due = calendarDays ? step.startedAt().plusSeconds(allowed) : DossierWorkflow.instant(
				deadlines.addWorkingSeconds(deadlines.countingStart(DossierWorkflow.local(step.startedAt())), allowed));
		Long used = null;
		if (step.finishedAt() != null) {
			used = calendarDays ? step.finishedAt().getEpochSecond() - step.startedAt().getEpochSecond()
					: deadlines.workingSecondsBetween(DossierWorkflow.local(step.startedAt()),
							DossierWorkflow.local(step.finishedAt()));
			used = Math.max(0, used);
		}
		return new StepRow(step.index(), step.startedAt(), step.finishedAt(), step.handledBy(), due, allowed, used);
	}

	/**
	 * As the workflow decides it: late after the due instant, early on an earlier day.
	 */
	static vn.motcua.calendar.DeadlineState outcome(Instant resolved, Instant due) {
		if (resolved.isAfter(due)) {
			return vn.motcua.calendar.DeadlineState.LATE;
		}
		return LocalDate.ofInstant(resolved, Deadlines.VIETNAM).isBefore(LocalDate.ofInstant(due, Deadlines.VIETNAM))
				? vn.motcua.calendar.DeadlineState.EARLY : vn.motcua.calendar.DeadlineState.ON_TIME;
	}

	private Map<String, @Nullable String> existingHashes(List<String> codes) {
		Map<String, @Nullable String> found = new HashMap<>();
		for (int from = 0; from < codes.size(); from += 5000) {
			String[] chunk = codes.subList(from, Math.min(codes.size(), from + 5000)).toArray(String[]::new);
			this.jdbc
				.sql("""
						select d.code, h.details ->> 'hash' as hash
						from dossier d left join dossier_history h on h.dossier_id = d.id and h.seq = 0 and h.action = 'import'
						where d.code = any(?)""")
				.param(chunk)
				.query((rs, n) -> {
					found.put(rs.getString("code"), rs.getString("hash"));
					return null;
				})
				.list();
		}
		return found;
	}

	private void store(List<Prepared> fresh, Source source, Instant now) {
		if (fresh.isEmpty()) {
			return;
		}
		List<Long> ids = this.jdbc
			.sql("select nextval(pg_get_serial_sequence('dossier', 'id')) from generate_series(1, ?)")
			.param(fresh.size())
			.query(Long.class)
			.list();
		Timestamp at = Timestamp.from(now);
		Map<DossierContent, String> contentJson = new java.util.IdentityHashMap<>();
		for (int from = 0; from < fresh.size(); from += CHUNK) {
			List<Prepared> chunk = fresh.subList(from, Math.min(fresh.size(), from + CHUNK));
			int offset = from;
			List<Object[]> dossiers = new ArrayList<>(chunk.size());
			List<Object[]> history = new ArrayList<>(chunk.size());
			List<Object[]> steps = new ArrayList<>();
			for (int i = 0; i < chunk.size(); i++) {
				Prepared p = chunk.get(i);
				long id = ids.get(offset + i);
				Dossier d = p.dossier();
				d.lastActor = source.actor();
				dossiers.add(dossierRow(id, d, contentJson.computeIfAbsent(d.content, this.json::writeValueAsString)));
				history.add(new Object[] { id, 0, DossierAction.IMPORT.apiName(), null, d.status.code(), d.currentStep,
						source.actor(), source.actorName(), source.agencyCode(), source.remoteAddress(), at,
						historyNote(source, p), details(source, p) });
				for (int s = 0; s < p.steps().size(); s++) {
					StepRow step = p.steps().get(s);
					steps.add(new Object[] { id, s, step.index(), d.step(step.index()).name(),
							d.step(step.index()).role(), d.step(step.index()).agencyCode(),
							Timestamp.from(step.startedAt()),
							Timestamp.from(java.util.Objects.requireNonNull(step.dueAt())), step.allowedSeconds(),
							DossierStore.timestamp(step.finishedAt()), step.usedSeconds(), step.handledBy(),
							(step.finishedAt() != null) ? "imported" : null });
				}
			}
			insert("""
					insert into dossier (id, code, status, channel, procedure_code, procedure_version, case_index,
					  procedure_name, agency_code, desk_agency_code, applicant_name, applicant_name_folded,
					  applicant_id_number, applicant_phone, content, submitted_at, received_at, counting_from, due_at,
					  paused_since, current_step, step_started_at, step_due_at, step_assignee, resolved_at, returned_at,
					  outcome, supplement_count, apology_count, last_actor, last_action_at, lock_version, created_at)
					values""",
					"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
							+ " ?, 0, ?, ?, 0, ?)",
					dossiers, DOSSIER_TYPES);
			insert("""
					insert into dossier_history (dossier_id, seq, action, from_status, to_status, step, actor, actor_name,
					  agency_code, remote_address, occurred_at, note, details)
					values""",
					"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))", history, HISTORY_TYPES);
			insert("""
					insert into dossier_step (dossier_id, seq, step_index, name, role, agency_code, started_at, due_at,
					  allowed_seconds, finished_at, used_seconds, handled_by, result)
					values""", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", steps, STEP_TYPES);
		}
		// this system never issues an imported code again
		Map<String, Object[]> counters = new LinkedHashMap<>();
		for (Prepared p : fresh) {
			String key = p.prefix() + "|" + p.codeDay();
			Object[] row = counters.get(key);
			if (row == null || (int) row[2] < p.number()) {
				counters.put(key, new Object[] { p.prefix(), p.codeDay(), p.number() });
			}
		}
		this.template.batchUpdate("""
				insert into dossier_code_sequence (prefix, day, last_number) values (?, ?, ?)
				on conflict (prefix, day) do update
				  set last_number = greatest(dossier_code_sequence.last_number, excluded.last_number)""",
				new ArrayList<>(counters.values()), new int[] { Types.VARCHAR, Types.DATE, Types.INTEGER });
	}

	static final int[] DOSSIER_TYPES = { Types.BIGINT, Types.VARCHAR, Types.SMALLINT, Types.VARCHAR, Types.VARCHAR,
			Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP, Types.TIMESTAMP,
			Types.TIMESTAMP, Types.TIMESTAMP, Types.INTEGER, Types.TIMESTAMP, Types.TIMESTAMP, Types.VARCHAR,
			Types.TIMESTAMP, Types.TIMESTAMP, Types.VARCHAR, Types.SMALLINT, Types.VARCHAR, Types.TIMESTAMP,
			Types.TIMESTAMP };

	static final int[] HISTORY_TYPES = { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.SMALLINT, Types.SMALLINT,
			Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR,
			Types.VARCHAR };

	static final int[] STEP_TYPES = { Types.BIGINT, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
			Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP, Types.BIGINT, Types.TIMESTAMP, Types.BIGINT, Types.VARCHAR,
			Types.VARCHAR };

	private Object[] dossierRow(long id, Dossier d, String content) {
		return new Object[] { id, d.code, d.status.code(), d.channel.name(), d.procedureCode, d.procedureVersion,
				d.caseIndex, d.procedureName, d.agencyCode, d.deskAgencyCode, d.applicant.name(),
				VietnameseText.fold(d.applicant.name()), d.applicant.idNumber(), d.applicant.phone(), content,
				DossierStore.timestamp(d.submittedAt), DossierStore.timestamp(d.receivedAt),
				DossierStore.timestamp(d.countingFrom), DossierStore.timestamp(d.dueAt),
				DossierStore.timestamp(d.pausedSince), d.currentStep, DossierStore.timestamp(d.stepStartedAt),
				DossierStore.timestamp(d.stepDueAt), d.stepAssignee, DossierStore.timestamp(d.resolvedAt),
				DossierStore.timestamp(d.returnedAt), d.outcome, d.supplementCount, d.lastActor,
				DossierStore.timestamp(d.lastActionAt), DossierStore.timestamp(d.createdAt) };
	}

	/**
	 * Inserts the rows with multi-row {@code VALUES} statements of up to about 30,000
	 * parameters each (PostgreSQL allows 65,535): a few round trips for thousands of
	 * rows.
	 */
	private void insert(String head, String tuple, List<Object[]> rows, int[] types) {
		int perStatement = Math.max(1, 30_000 / types.length);
		for (int from = 0; from < rows.size(); from += perStatement) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
			StringBuilder sql = new StringBuilder(head.length() + chunk.size() * (tuple.length() + 2)).append(head)
				.append(' ');
			for (int i = 0; i < chunk.size(); i++) {
				sql.append((i > 0) ? ", " : "").append(tuple);
			}
			this.template.update(sql.toString(), (PreparedStatement ps) -> {
				int index = 1;
				for (Object[] row : chunk) {
					for (int c = 0; c < row.length; c++) {
						if (row[c] == null) {
							ps.setNull(index++, types[c]);
						}
						else {
							ps.setObject(index++, row[c], types[c]);
						}
					}
				}
			});
		}
	}

	private static String historyNote(Source source, Prepared p) {
		String outcome = (p.outcome() == null) ? "" : switch (p.outcome()) {
			case "EARLY" -> "; kết quả: trước hạn";
			case "LATE" -> "; kết quả: quá hạn";
			default -> "; kết quả: đúng hạn";
		};
		return source.note() + outcome;
	}

	private String details(Source source, Prepared p) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("source", source.name());
		details.put("hash", p.hash());
		details.put("line", p.line());
		if (p.outcome() != null) {
			details.put("outcome", p.outcome());
		}
		return this.json.writeValueAsString(details);
	}

	private String hash(ImportedDossier record) {
		try {
			byte[] body = this.json.writeValueAsBytes(record);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// ------------------------------------------------------------------ helpers

	private Rejection rejection(int line, @Nullable String field, String code, Object... args) {
		String message = this.messages.getMessage("error." + code, args, code, LocaleContextHolder.getLocale());
		return new Rejection(line, field, code, (message != null) ? message : code);
	}

	private Parsed rejectedLine(int line, @Nullable String field, String code, Object... args) {
		return new Parsed(line, null, List.of(rejection(line, field, code, args)));
	}

	private static String firstLine(@Nullable String text) {
		if (text == null) {
			return "";
		}
		int newline = text.indexOf('\n');
		String first = (newline >= 0) ? text.substring(0, newline) : text;
		return (first.length() > 200) ? first.substring(0, 200) : first;
	}

	/** Reads the fields of one JSON object, collecting what is wrong. */
	private final class Reader {

		final int line;

		final List<Rejection> problems = new ArrayList<>();

		Reader(int line) {
			this.line = line;
		}

		void problem(String field, String code, Object... args) {
			this.problems.add(rejection(this.line, field, code, args));
		}

		void unknown(JsonNode node, Set<String> known, String prefix) {
			for (String name : node.propertyNames()) {
				if (!known.contains(name)) {
					problem(prefix + name, "dossier.import.unknown-field", prefix + name);
				}
			}
		}

		@Nullable String string(JsonNode node, String name, boolean required) {
			return string(node, name, name, required);
		}

		@Nullable String string(JsonNode node, String name, String field, boolean required) {
			JsonNode value = node.get(name);
			if (value == null || value.isNull() || (value.isString() && value.stringValue().isBlank())) {
				if (required) {
					problem(field, "dossier.import.required");
				}
				return null;
			}
			if (!value.isString()) {
				problem(field, "dossier.import.type", "string");
				return null;
			}
			return value.stringValue();
		}

		@Nullable Integer integer(JsonNode node, String name, boolean required) {
			return integer(node, name, name, required);
		}

		@Nullable Integer integer(JsonNode node, String name, String field, boolean required) {
			JsonNode value = node.get(name);
			if (value == null || value.isNull()) {
				if (required) {
					problem(field, "dossier.import.required");
				}
				return null;
			}
			if (!value.isIntegralNumber() || !value.canConvertToInt()) {
				problem(field, "dossier.import.type", "integer");
				return null;
			}
			return value.intValue();
		}

		@Nullable Instant instant(JsonNode node, String name, String field, boolean required) {
			String text = string(node, name, field, required);
			if (text == null) {
				return null;
			}
			try {
				return OffsetDateTime.parse(text.strip()).toInstant();
			}
			catch (DateTimeParseException ex) {
				problem(field, "dossier.import.instant", text);
				return null;
			}
		}

	}

	/** Lookups shared by the lines of one import. */
	private final class Context {

		private final Instant now;

		private final java.util.function.Predicate<String> inScope;

		private final Map<String, Optional<ProcedureRecord>> procedures = new HashMap<>();

		private final Map<String, Optional<AgencyView>> agencies = new HashMap<>();

		private final Map<String, Deadlines> deadlines = new HashMap<>();

		private final Map<String, DossierContent> contents = new HashMap<>();

		private final Map<String, Boolean> scope = new HashMap<>();

		private final Map<String, String> desks = new HashMap<>();

		Context(Instant now, java.util.function.Predicate<String> inScope) {
			this.now = now;
			this.inScope = inScope;
		}

		Instant now() {
			return this.now;
		}

		int year() {
			return LocalDate.ofInstant(this.now, Deadlines.VIETNAM).getYear();
		}

		boolean inScope(String agencyCode) {
			return this.scope.computeIfAbsent(agencyCode, this.inScope::test);
		}

		String desk(AgencyView agency) {
			return this.desks.computeIfAbsent(agency.code(), (code) -> DossierImporter.this.workflow.deskOf(agency));
		}

		@Nullable ProcedureRecord procedure(String code, @Nullable Integer version) {
			return this.procedures
				.computeIfAbsent(code + "@" + version,
						(key) -> (version == null) ? DossierImporter.this.procedures.findPublished(code)
								: DossierImporter.this.procedures.find(code, version))
				.orElse(null);
		}

		@Nullable AgencyView agency(String code) {
			return this.agencies.computeIfAbsent(code, DossierImporter.this.agencies::findByCode).orElse(null);
		}

		Deadlines deadlines(String deskAgencyCode) {
			return this.deadlines.computeIfAbsent(deskAgencyCode, DossierImporter.this.calendars::deadlines);
		}

	}

	/** A line read: the record, or what is wrong with its shape. */
	record Parsed(int number, @Nullable ImportedDossier record, List<Rejection> problems) {

	}

	/** A record accepted, ready to store. */
	record Prepared(int line, Dossier dossier, List<StepRow> steps, String hash, @Nullable String outcome,
			String prefix, LocalDate codeDay, int number) {

	}

	/** A step record to store. */
	record StepRow(int index, Instant startedAt, @Nullable Instant finishedAt, @Nullable String handledBy,
			@Nullable Instant dueAt, long allowedSeconds, @Nullable Long usedSeconds) {

	}

	/** A rejected line: where, what and why. */
	@Schema(name = "ImportRejection", description = "A rejected line of an import")
	public record Rejection(@Schema(description = "Line number in the body, from 1") int line,
			@Schema(description = "The field at fault, e.g. dueAt or applicant.phone; none for a line that is not JSON",
					nullable = true) @Nullable String field,
			@Schema(description = "Error code, e.g. dossier.import.before-received") String code,
			@Schema(description = "Message in the request's language") String message) {

	}

	/** The answer of an import. */
	@Schema(name = "ImportReport", description = "What an import did: all lines stored, or none with every rejection")
	public record ImportReport(@Schema(description = "Non-blank lines read") int lines,
			@Schema(description = "Dossiers stored by this import") int imported,
			@Schema(description = "Lines whose dossier was imported before with the same content (skipped)") int alreadyPresent,
			@Schema(description = "Whether the import was stored (false when any line was rejected)") boolean stored,
			@Schema(description = "The lines already present") List<Present> present,
			@Schema(description = "Every rejected line; empty when stored") List<Rejection> rejected) {

		/** A line whose dossier was imported before. */
		@Schema(name = "ImportPresent", description = "A line whose dossier was imported before")
		public record Present(int line, String code) {

		}

	}

	/** Fails with {@code dossier.import.too-large} once more than the limit is read. */
	private static final class Limited extends FilterInputStream {

		private final long limit;

		private long count;

		Limited(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(long n) {
			this.count += n;
			if (this.count > this.limit) {
				throw DomainException.invalid("dossier.import.too-large", "body", this.limit / (1024 * 1024));
			}
		}

	}

}
