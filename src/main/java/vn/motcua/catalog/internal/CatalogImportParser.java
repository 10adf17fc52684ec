package vn.motcua.catalog.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Applicability;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.ImplementingLevel;
import vn.motcua.catalog.InternalProcess;
import vn.motcua.catalog.LegalDocument;
import vn.motcua.catalog.OnlineMode;
import vn.motcua.catalog.ProcedureCase;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.catalog.ReturnChannel;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.shared.DomainException;

/**
 * Turns the sheets of a catalog file into procedures, checking every row and recording
 * each refused row with its sheet, row, column and reason. A malformed structure (missing
 * or unknown sheets and columns) refuses the whole file before any row is read. The rules
 * of {@link ProcedureDetails} are applied last, to each procedure whose rows all passed.
 * Free of Spring and of the database: agency codes are checked through the predicate
 * given.
 */
final class CatalogImportParser {

	/** The most characters Excel keeps in a cell. */
	static final int MAX_CELL_CHARS = 32_767;

	private static final Pattern CODE = Pattern.compile("\\d\\.\\d{6}");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Z][A-Z0-9_]*");

	private static final Pattern DOMAIN_FIELD = Pattern
		.compile("(cases|documents|process\\.steps)\\[(\\d+)](?:\\.fees\\[(\\d+)])?\\.(\\w+)");

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final Predicate<String> agencyExists;

	private final List<ImportRejection> rejected = new ArrayList<>();

	private final Map<String, Draft> drafts = new LinkedHashMap<>();

	/** Codes of every row of the procedures sheet, valid or not: parts refer to them. */
	private final Set<String> listedCodes = new HashSet<>();

	private CatalogImportParser(Predicate<String> agencyExists) {
		this.agencyExists = agencyExists;
	}

	/** A procedure read from the file, and whether to publish it. */
	record ImportedProcedure(ProcedureDetails details, boolean publish, int row) {
	}

	/** The procedures read, or the rows refused. */
	record Parsed(List<ImportedProcedure> procedures, List<ImportRejection> rejected) {

		Parsed {
			procedures = List.copyOf(procedures);
			rejected = List.copyOf(rejected);
		}

	}

	static Parsed parse(List<CatalogTable> tables, Predicate<String> agencyExists) {
		return new CatalogImportParser(agencyExists).run(tables);
	}

	private Parsed run(List<CatalogTable> tables) {
		Map<String, Sheet> sheets = structure(tables);
		if (!this.rejected.isEmpty()) {
			return new Parsed(List.of(), this.rejected);
		}
		procedures(sheets.get(CatalogLayout.PROCEDURES));
		cases(sheets.get(CatalogLayout.CASES));
		fees(sheets.get(CatalogLayout.FEES));
		documents(sheets.get(CatalogLayout.DOCUMENTS));
		legalBasis(sheets.get(CatalogLayout.LEGAL_BASIS));
		steps(sheets.get(CatalogLayout.STEPS));
		List<ImportedProcedure> procedures = new ArrayList<>();
		for (Draft draft : this.drafts.values()) {
			if (!draft.bad) {
				ProcedureDetails details = build(draft);
				if (details != null) {
					procedures.add(new ImportedProcedure(details, draft.publish, draft.row));
				}
			}
		}
		if (!this.rejected.isEmpty()) {
			return new Parsed(List.of(), sorted(this.rejected));
		}
		return new Parsed(procedures, List.of());
	}

	/** Rejections in file order: by sheet of the layout, then row. */
	private static List<ImportRejection> sorted(List<ImportRejection> rejections) {
		List<String> order = CatalogLayout.SHEETS.stream().map(CatalogLayout.Sheet::name).toList();
		return rejections.stream()
			.sorted(Comparator.comparingInt((ImportRejection r) -> order.indexOf(r.sheet()))
				.thenComparingInt((r) -> (r.row() != null) ? r.row() : 0))
			.toList();
	}

	// structure

	/** A sheet of the file with the position of each column of the layout. */
	private record Sheet(CatalogTable table, Map<String, Integer> columns) {
	}

	private Map<String, Sheet> structure(List<CatalogTable> tables) {
		Map<String, Sheet> sheets = new HashMap<>();
		String allowed = CatalogLayout.SHEETS.stream().map(CatalogLayout.Sheet::name).collect(Collectors.joining(", "));
		for (CatalogTable table : tables) {
			CatalogLayout.Sheet layout = CatalogLayout.sheet(table.sheet()).orElse(null);
			if (layout == null) {
				this.rejected.add(new ImportRejection(table.sheet(), null, null, "catalog.import.sheet.unknown", null,
						List.of(table.sheet(), allowed)));
				continue;
			}
			if (sheets.containsKey(layout.name())) {
				this.rejected.add(new ImportRejection(table.sheet(), table.headerRow(), null,
						"catalog.import.sheet.duplicate", null, List.of(table.sheet())));
				continue;
			}
			Map<String, Integer> columns = header(table, layout);
			sheets.put(layout.name(), new Sheet(table, columns));
		}
		for (CatalogLayout.Sheet layout : CatalogLayout.SHEETS) {
			if (!sheets.containsKey(layout.name())
					&& tables.stream().noneMatch((t) -> t.sheet().equals(layout.name()))) {
				this.rejected.add(new ImportRejection(layout.name(), null, null, "catalog.import.sheet.missing", null,
						List.of(layout.name())));
			}
		}
		return sheets;
	}

	private Map<String, Integer> header(CatalogTable table, CatalogLayout.Sheet layout) {
		List<String> names = new ArrayList<>(
				table.header().stream().map((name) -> name.strip().toLowerCase(Locale.ROOT)).toList());
		while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
			names.remove(names.size() - 1);
		}
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (name.isEmpty()) {
				header(table, null, "catalog.import.header.blank", i + 1);
			}
			else if (!layout.columns().contains(name)) {
				header(table, name, "catalog.import.header.unknown", name, String.join(", ", layout.columns()));
			}
			else if (columns.containsKey(name)) {
				header(table, name, "catalog.import.header.duplicate", name);
			}
			else {
				columns.put(name, i);
			}
		}
		for (String column : layout.columns()) {
			if (!columns.containsKey(column)) {
				header(table, column, "catalog.import.header.missing", column);
			}
		}
		return columns;
	}

	private void header(CatalogTable table, @Nullable String column, String code, Object... arguments) {
		this.rejected
			.add(new ImportRejection(table.sheet(), table.headerRow(), column, code, null, Arrays.asList(arguments)));
	}

	// rows

	/** What is known of one procedure while its rows are read. */
	private static final class Draft {

		final String code;

		final int row;

		boolean bad;

		boolean publish;

		String name = "";

		String field = "";

		List<ImplementingLevel> levels = List.of();

		String competentAgency = "";

		String result = "";

		@Nullable OnlineMode onlineMode;

		List<ReturnChannel> returnChannels = List.of();

		TimeLimit.@Nullable Unit processUnit;

		boolean demoDefault;

		List<AgencyLevel> agencyLevels = List.of();

		List<String> agencyCodes = List.of();

		@Nullable String note;

		@Nullable String source;

		/** Cases by their number, each with its row and its fees with their rows. */
		final TreeMap<Integer, CaseDraft> cases = new TreeMap<>();

		final List<RequiredDocument> documents = new ArrayList<>();

		final List<Integer> documentRows = new ArrayList<>();

		final List<LegalDocument> legalBasis = new ArrayList<>();

		final List<ProcessStep> steps = new ArrayList<>();

		final List<Integer> stepRows = new ArrayList<>();

		Draft(String code, int row) {
			this.code = code;
			this.row = row;
		}

	}

	private static final class CaseDraft {

		final int row;

		@Nullable String name;

		@Nullable TimeLimit time;

		final List<Fee> fees = new ArrayList<>();

		final List<Integer> feeRows = new ArrayList<>();

		CaseDraft(int row) {
			this.row = row;
		}

	}

	/** One row being read: its cells by column, and whether anything was refused. */
	private final class Line {

		final Sheet sheet;

		final CatalogTable.Row row;

		@Nullable String procedure;

		/** The procedure the row belongs to, refused with the row. */
		@Nullable Draft draft;

		boolean bad;

		Line(Sheet sheet, CatalogTable.Row row) {
			this.sheet = sheet;
			this.row = row;
			for (int i = 0; i < row.cells().size(); i++) {
				String value = row.cells().get(i);
				if (value.length() > MAX_CELL_CHARS) {
					reject(columnAt(i), "catalog.import.cell.too-long", MAX_CELL_CHARS);
				}
				else if (columnAt(i) == null && !value.isBlank()) {
					reject(null, "catalog.import.cell.outside", i + 1, value);
				}
			}
		}

		private @Nullable String columnAt(int index) {
			return this.sheet.columns()
				.entrySet()
				.stream()
				.filter((e) -> e.getValue() == index)
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(null);
		}

		String text(String column) {
			return this.row.cell(this.sheet.columns().get(column)).strip();
		}

		@Nullable String optional(String column) {
			String value = text(column);
			return value.isEmpty() ? null : value;
		}

		String required(String column) {
			String value = text(column);
			if (value.isEmpty()) {
				reject(column, "procedure.required");
			}
			return value;
		}

		void reject(@Nullable String column, String code, Object... arguments) {
			this.bad = true;
			CatalogImportParser.this.rejected.add(new ImportRejection(this.sheet.table().sheet(), this.row.number(),
					column, code, this.procedure, Arrays.asList(arguments)));
			if (this.draft != null) {
				this.draft.bad = true;
			}
		}

		<E extends Enum<E>> @Nullable E choice(String column, Class<E> type, boolean required) {
			String value = text(column);
			if (value.isEmpty()) {
				if (required) {
					reject(column, "procedure.required");
				}
				return null;
			}
			try {
				return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				reject(column, "catalog.import.choice", value, allowed(type));
				return null;
			}
		}

		<E extends Enum<E>> List<E> choices(String column, Class<E> type) {
			List<E> values = new ArrayList<>();
			for (String item : items(text(column))) {
				try {
					E value = Enum.valueOf(type, item.toUpperCase(Locale.ROOT));
					if (!values.contains(value)) {
						values.add(value);
					}
				}
				catch (IllegalArgumentException ex) {
					reject(column, "catalog.import.choice", item, allowed(type));
				}
			}
			return values;
		}

		boolean yesNo(String column) {
			String value = text(column).toLowerCase(Locale.ROOT);
			return switch (value) {
				case "", "no", "false", "0", "không", "khong", "n" -> false;
				case "yes", "true", "1", "có", "co", "x", "y" -> true;
				default -> {
					reject(column, "catalog.import.yes-no", text(column));
					yield false;
				}
			};
		}

		@Nullable Integer wholeNumber(String column, boolean required) {
			String value = text(column);
			if (value.isEmpty()) {
				if (required) {
					reject(column, "procedure.required");
				}
				return null;
			}
			try {
				int number = Integer.parseInt(value);
				if (number < 0) {
					reject(column, "catalog.import.whole-number", value);
					return null;
				}
				return number;
			}
			catch (NumberFormatException ex) {
				reject(column, "catalog.import.whole-number", value);
				return null;
			}
		}

		/**
		 * A procedure code of a part's row: well formed and listed on the procedures
		 * sheet.
		 */
		@Nullable Draft owner() {
			String code = required(CatalogLayout.PROCEDURE_CODE);
			if (code.isEmpty()) {
				return null;
			}
			if (!CODE.matcher(code).matches()) {
				reject(CatalogLayout.PROCEDURE_CODE, "procedure.code.invalid", code);
				return null;
			}
			if (!CatalogImportParser.this.listedCodes.contains(code)) {
				reject(CatalogLayout.PROCEDURE_CODE, "catalog.import.code.unknown", code);
				return null;
			}
			this.procedure = code;
			this.draft = CatalogImportParser.this.drafts.get(code);
			if (this.draft != null && this.bad) {
				this.draft.bad = true;
			}
			return this.draft;
		}

	}

	private static String allowed(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

	private static List<String> items(String value) {
		return Arrays.stream(value.split("[,;\\s]+")).filter((item) -> !item.isEmpty()).toList();
	}

	private void procedures(Sheet sheet) {
		Map<String, Integer> firstRow = new HashMap<>();
		for (CatalogTable.Row row : sheet.table().rows()) {
			Line line = new Line(sheet, row);
			String code = line.required("code");
			boolean wellFormed = CODE.matcher(code).matches();
			if (!code.isEmpty()) {
				this.listedCodes.add(code);
			}
			if (!code.isEmpty() && !wellFormed) {
				line.reject("code", "procedure.code.invalid", code);
			}
			Draft draft = null;
			if (wellFormed) {
				if (firstRow.containsKey(code)) {
					line.procedure = code;
					line.reject("code", "catalog.import.code.duplicate", code, firstRow.get(code));
				}
				else {
					firstRow.put(code, row.number());
					draft = new Draft(code, row.number());
					draft.bad = line.bad;
					this.drafts.put(code, draft);
					line.procedure = code;
					line.draft = draft;
				}
			}
			Draft target = (draft != null) ? draft : new Draft(code, row.number());
			target.name = line.required("name");
			target.field = line.required("field");
			if (line.text("levels").isEmpty()) {
				line.reject("levels", "procedure.required");
			}
			target.levels = line.choices("levels", ImplementingLevel.class);
			target.competentAgency = line.text("competent_agency");
			target.result = line.text("result");
			target.onlineMode = line.choice("online_mode", OnlineMode.class, true);
			target.returnChannels = line.choices("return_channels", ReturnChannel.class);
			target.processUnit = line.choice("process_unit", TimeLimit.Unit.class, true);
			target.demoDefault = line.yesNo("process_demo_default");
			target.agencyLevels = line.choices("agency_levels", AgencyLevel.class);
			List<String> agencyCodes = new ArrayList<>();
			for (String agency : items(line.text("agency_codes"))) {
				if (!this.agencyExists.test(agency)) {
					line.reject("agency_codes", "catalog.import.agency.unknown", agency);
				}
				else if (!agencyCodes.contains(agency)) {
					agencyCodes.add(agency);
				}
			}
			target.agencyCodes = agencyCodes;
			target.note = line.optional("note");
			target.source = line.optional("source");
			target.publish = line.yesNo("publish");
		}
	}

	private void cases(Sheet sheet) {
		for (CatalogTable.Row row : sheet.table().rows()) {
			Line line = new Line(sheet, row);
			Draft draft = line.owner();
			Integer number = line.wholeNumber("case_no", true);
			if (number != null && number == 0) {
				line.reject("case_no", "catalog.import.case.number", line.text("case_no"));
			}
			String name = line.required("name");
			Integer amount = line.wholeNumber("time_amount", true);
			TimeLimit.Unit unit = line.choice("time_unit", TimeLimit.Unit.class, true);
			if (draft == null || number == null || number == 0) {
				continue;
			}
			if (draft.cases.containsKey(number)) {
				line.reject("case_no", "catalog.import.case.duplicate", number, draft.cases.get(number).row);
				continue;
			}
			CaseDraft procedureCase = new CaseDraft(row.number());
			procedureCase.name = name;
			procedureCase.time = (amount != null && unit != null) ? new TimeLimit(amount, unit) : null;
			draft.cases.put(number, procedureCase);
		}
	}

	private void fees(Sheet sheet) {
		for (CatalogTable.Row row : sheet.table().rows()) {
			Line line = new Line(sheet, row);
			Draft draft = line.owner();
			Integer number = line.wholeNumber("case_no", true);
			Fee.Kind kind = line.choice("kind", Fee.Kind.class, true);
			Long amount = null;
			String amountText = line.text("amount_vnd");
			if (!amountText.isEmpty()) {
				try {
					amount = Long.parseLong(amountText);
					if (amount < 0) {
						line.reject("amount_vnd", "procedure.fee.negative", amountText);
						amount = null;
					}
				}
				catch (NumberFormatException ex) {
					line.reject("amount_vnd", "catalog.import.amount", amountText);
				}
			}
			if (kind == Fee.Kind.AMOUNT && amountText.isEmpty()) {
				line.reject("amount_vnd", "catalog.import.fee.amount-required");
			}
			else if (amount != null && kind != null && kind != Fee.Kind.AMOUNT
					&& !(kind == Fee.Kind.FREE && amount == 0)) {
				line.reject("amount_vnd", "catalog.import.fee.amount-kind", kind.name());
			}
			String description = line.text("description");
			String exemptions = line.optional("exemptions");
			if (draft == null || number == null) {
				continue;
			}
			CaseDraft procedureCase = draft.cases.get(number);
			if (procedureCase == null) {
				line.reject("case_no", "catalog.import.case.unknown", draft.code, number);
				continue;
			}
			if (!line.bad && kind != null) {
				procedureCase.fees.add(new Fee(kind, amount, description, exemptions));
				procedureCase.feeRows.add(row.number());
			}
		}
	}

	private void documents(Sheet sheet) {
		for (CatalogTable.Row row : sheet.table().rows()) {
			Line line = new Line(sheet, row);
			Draft draft = line.owner();
			String name = line.required("name");
			Integer originals = line.wholeNumber("originals", true);
			Integer copies = line.wholeNumber("copies", true);
			RequiredDocument.Requirement requirement = line.choice("requirement", RequiredDocument.Requirement.class,
					true);
			String template = line.optional("form_template");
			if (template != null && (template.length() > 255 || template.contains("/") || template.contains("\\")
					|| template.startsWith("."))) {
				line.reject("form_template", "catalog.import.file-name", template);
			}
			if (draft != null && !line.bad && originals != null && copies != null && requirement != null) {
				draft.documents.add(new RequiredDocument(name, originals, copies, requirement, template));
				draft.documentRows.add(row.number());
			}
		}
	}

	private void legalBasis(Sheet sheet) {
		for (CatalogTable.Row row : sheet.table().rows()) {
			Line line = new Line(sheet, row);
			Draft draft = line.owner();
			String number = line.required("number");
			LocalDate date = null;
			String dateText = line.text("date");
			if (!dateText.isEmpty()) {
				date = date(dateText);
				if (date == null) {
					line.reject("date", "catalog.import.date", dateText);
				}
			}
			String issuer = line.required("issuer");
			String title = line.required("title");
			String amendedBy = line.optional("amended_by");
			if (draft != null && !line.bad) {
				draft.legalBasis.add(new LegalDocument(number, date, issuer, title, amendedBy));
			}
		}
	}

	static @Nullable LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(text, DAY_MONTH_YEAR);
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

	private void steps(Sheet sheet) {
		for (CatalogTable.Row row : sheet.table().rows()) {
			Line line = new Line(sheet, row);
			Draft draft = line.owner();
			String name = line.required("name");
			String role = identifier(line, "role");
			String unitType = identifier(line, "unit_type");
			BigDecimal share = null;
			String shareText = line.required("share");
			if (!shareText.isEmpty()) {
				share = share(shareText);
				if (share == null || share.signum() < 0 || share.scale() > 2) {
					line.reject("share", "procedure.process.share", shareText);
				}
			}
			if (draft != null && !line.bad && share != null) {
				draft.steps.add(new ProcessStep(name, role, unitType, share));
				draft.stepRows.add(row.number());
			}
		}
	}

	private static String identifier(Line line, String column) {
		String value = line.required(column);
		if (!value.isEmpty() && !IDENTIFIER.matcher(value).matches()) {
			line.reject(column, "catalog.import.identifier", value);
		}
		return value;
	}

	/** A share as written, with a comma or a point, without needless trailing zeros. */
	static @Nullable BigDecimal share(String text) {
		try {
			BigDecimal share = new BigDecimal(text.replace(',', '.')).stripTrailingZeros();
			return (share.scale() < 0) ? share.setScale(0) : share;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	// the procedure's own rules

	private @Nullable ProcedureDetails build(Draft draft) {
		List<ProcedureCase> cases = new ArrayList<>();
		List<CaseDraft> caseDrafts = new ArrayList<>(draft.cases.values());
		for (CaseDraft procedureCase : caseDrafts) {
			if (procedureCase.time == null || procedureCase.name == null) {
				return null;
			}
			cases.add(new ProcedureCase(procedureCase.name, procedureCase.time, procedureCase.fees));
		}
		if (draft.onlineMode == null || draft.processUnit == null) {
			return null;
		}
		try {
			return new ProcedureDetails(draft.code, draft.name, draft.field, draft.levels, draft.competentAgency,
					draft.legalBasis, cases, draft.documents, draft.result, draft.onlineMode, draft.returnChannels,
					new InternalProcess(draft.processUnit, draft.demoDefault, draft.steps),
					new Applicability(draft.agencyLevels, draft.agencyCodes), draft.note, draft.source);
		}
		catch (DomainException ex) {
			this.rejected.add(locate(draft, caseDrafts, ex));
			return null;
		}
	}

	/** Where in the file the rule of the procedure broken by the exception lies. */
	private ImportRejection locate(Draft draft, List<CaseDraft> cases, DomainException ex) {
		String field = (ex.field() != null) ? ex.field() : "";
		List<Object> arguments = Arrays.asList(ex.arguments());
		Matcher matcher = DOMAIN_FIELD.matcher(field);
		if (matcher.matches()) {
			int index = Integer.parseInt(matcher.group(2));
			String property = matcher.group(4);
			switch (matcher.group(1)) {
				case "cases" -> {
					CaseDraft procedureCase = cases.get(index);
					if (matcher.group(3) != null) {
						int fee = Integer.parseInt(matcher.group(3));
						return rejection(CatalogLayout.FEES, procedureCase.feeRows.get(fee), "amount_vnd", draft, ex,
								arguments);
					}
					return rejection(CatalogLayout.CASES, procedureCase.row, "name", draft, ex, arguments);
				}
				case "documents" -> {
					return rejection(CatalogLayout.DOCUMENTS, draft.documentRows.get(index),
							"originals".equals(property) ? "originals" : "name", draft, ex, arguments);
				}
				default -> {
					return rejection(CatalogLayout.STEPS, draft.stepRows.get(index),
							"unitType".equals(property) ? "unit_type" : property, draft, ex, arguments);
				}
			}
		}
		if ("process.steps".equals(field) && !draft.stepRows.isEmpty()) {
			return rejection(CatalogLayout.STEPS, overflowingStep(draft, arguments), "share", draft, ex, arguments);
		}
		String column = switch (field) {
			case "name", "field", "levels" -> field;
			case "process.unit" -> "process_unit";
			default -> "code";
		};
		return rejection(CatalogLayout.PROCEDURES, draft.row, column, draft, ex, arguments);
	}

	/** The row of the first step whose share brings the total over the legal time. */
	private static int overflowingStep(Draft draft, List<Object> arguments) {
		BigDecimal legal = (arguments.size() > 1 && arguments.get(1) instanceof Number number)
				? new BigDecimal(number.toString()) : BigDecimal.ZERO;
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < draft.steps.size(); i++) {
			total = total.add(draft.steps.get(i).share());
			if (total.compareTo(legal) > 0) {
				return draft.stepRows.get(i);
			}
		}
		return draft.stepRows.get(draft.stepRows.size() - 1);
	}

	private static ImportRejection rejection(String sheet, int row, String column, Draft draft, DomainException ex,
			List<Object> arguments) {
		return new ImportRejection(sheet, row, column, ex.code(), draft.code, arguments);
	}

}
