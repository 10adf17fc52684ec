package vn.motcua.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;
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

/**
 * What an administrator edits on a procedure: everything a version says — its texts,
 * levels, online mode, return channels and applicability, its cases each with time and
 * fees, its required papers, its legal basis and its internal process. Rows are added,
 * removed and moved by submit buttons ({@link #change(String)}), so the form works
 * without JavaScript. Numbers and dates are text so that what was typed is kept and shown
 * back with its error.
 */
public class ProcedureForm {

	private static final Pattern CODE = Pattern.compile("\\d\\.\\d{6}");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Z][A-Z0-9_]*");

	private static final Pattern ACTION = Pattern
		.compile("(add|remove|up|down)-(case|fee|document|legal|step)(?:-(\\d+))?(?:-(\\d+))?");

	/** An amount with thousands grouped the Vietnamese way: 1.500.000. */
	private static final Pattern GROUPED_DIGITS = Pattern.compile("-?\\d{1,3}([. ]\\d{3})+");

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private String code = "";

	private String name = "";

	private String field = "";

	private List<String> levels = new ArrayList<>();

	private String competentAgency = "";

	private String result = "";

	private String onlineMode = "";

	private List<String> returnChannels = new ArrayList<>();

	private String processUnit = TimeLimit.Unit.WORKING_DAYS.name();

	private boolean demoDefault;

	private List<String> agencyLevels = new ArrayList<>();

	private String agencyCodes = "";

	private String note = "";

	private String source = "";

	private List<CaseRow> cases = new ArrayList<>();

	private List<DocumentRow> documents = new ArrayList<>();

	private List<LegalRow> legalBasis = new ArrayList<>();

	private List<StepRow> steps = new ArrayList<>();

	/** One case: its name, time limit and fees. */
	public static class CaseRow {

		private String name = "";

		private String amount = "";

		private String unit = "";

		private List<FeeRow> fees = new ArrayList<>();

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getAmount() {
			return this.amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public List<FeeRow> getFees() {
			return this.fees;
		}

		public void setFees(List<FeeRow> fees) {
			this.fees = fees;
		}

	}

	/** One fee of a case. */
	public static class FeeRow {

		private String kind = "";

		private String amount = "";

		private String description = "";

		private String exemptions = "";

		public String getKind() {
			return this.kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getAmount() {
			return this.amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getExemptions() {
			return this.exemptions;
		}

		public void setExemptions(String exemptions) {
			this.exemptions = exemptions;
		}

	}

	/** One required paper. */
	public static class DocumentRow {

		private String name = "";

		private String originals = "1";

		private String copies = "0";

		private String requirement = RequiredDocument.Requirement.MANDATORY.name();

		private String formTemplate = "";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getOriginals() {
			return this.originals;
		}

		public void setOriginals(String originals) {
			this.originals = originals;
		}

		public String getCopies() {
			return this.copies;
		}

		public void setCopies(String copies) {
			this.copies = copies;
		}

		public String getRequirement() {
			return this.requirement;
		}

		public void setRequirement(String requirement) {
			this.requirement = requirement;
		}

		public String getFormTemplate() {
			return this.formTemplate;
		}

		public void setFormTemplate(String formTemplate) {
			this.formTemplate = formTemplate;
		}

	}

	/** One legal document. */
	public static class LegalRow {

		private String number = "";

		private String date = "";

		private String issuer = "";

		private String title = "";

		private String amendedBy = "";

		public String getNumber() {
			return this.number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

		public String getDate() {
			return this.date;
		}

		public void setDate(String date) {
			this.date = date;
		}

		public String getIssuer() {
			return this.issuer;
		}

		public void setIssuer(String issuer) {
			this.issuer = issuer;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getAmendedBy() {
			return this.amendedBy;
		}

		public void setAmendedBy(String amendedBy) {
			this.amendedBy = amendedBy;
		}

	}

	/** One step: its name, role, unit type and share. */
	public static class StepRow {

		private String name = "";

		private String role = "";

		private String unitType = "";

		private String share = "";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public String getUnitType() {
			return this.unitType;
		}

		public void setUnitType(String unitType) {
			this.unitType = unitType;
		}

		public String getShare() {
			return this.share;
		}

		public void setShare(String share) {
			this.share = share;
		}

	}

	/** An empty form for a new procedure: one case with one fee, one paper, one step. */
	static ProcedureForm blank() {
		ProcedureForm form = new ProcedureForm();
		form.onlineMode = OnlineMode.PARTIAL.name();
		form.levels.add(ImplementingLevel.COMMUNE.name());
		form.returnChannels.add(ReturnChannel.DIRECT.name());
		CaseRow procedureCase = new CaseRow();
		procedureCase.unit = TimeLimit.Unit.WORKING_DAYS.name();
		FeeRow fee = new FeeRow();
		fee.kind = Fee.Kind.FREE.name();
		procedureCase.fees.add(fee);
		form.cases.add(procedureCase);
		form.documents.add(new DocumentRow());
		form.steps.add(new StepRow());
		return form;
	}

	static ProcedureForm of(ProcedureDetails details) {
		ProcedureForm form = new ProcedureForm();
		form.code = details.code();
		form.name = details.name();
		form.field = details.field();
		form.levels = new ArrayList<>(details.levels().stream().map(Enum::name).toList());
		form.competentAgency = details.competentAgency();
		form.result = details.result();
		form.onlineMode = details.onlineMode().name();
		form.returnChannels = new ArrayList<>(details.returnChannels().stream().map(Enum::name).toList());
		form.processUnit = details.process().unit().name();
		form.demoDefault = details.process().demoDefault();
		form.agencyLevels = new ArrayList<>(details.applicability().agencyLevels().stream().map(Enum::name).toList());
		form.agencyCodes = String.join(", ", details.applicability().agencyCodes());
		form.note = (details.note() != null) ? details.note() : "";
		form.source = (details.source() != null) ? details.source() : "";
		for (ProcedureCase procedureCase : details.cases()) {
			CaseRow row = new CaseRow();
			row.name = procedureCase.name();
			row.amount = Integer.toString(procedureCase.time().amount());
			row.unit = procedureCase.time().unit().name();
			for (Fee fee : procedureCase.fees()) {
				FeeRow feeRow = new FeeRow();
				feeRow.kind = fee.kind().name();
				feeRow.amount = (fee.amountVnd() != null) ? fee.amountVnd().toString() : "";
				feeRow.description = fee.description();
				feeRow.exemptions = (fee.exemptions() != null) ? fee.exemptions() : "";
				row.fees.add(feeRow);
			}
			form.cases.add(row);
		}
		for (RequiredDocument document : details.documents()) {
			DocumentRow row = new DocumentRow();
			row.name = document.name();
			row.originals = Integer.toString(document.originals());
			row.copies = Integer.toString(document.copies());
			row.requirement = document.requirement().name();
			row.formTemplate = (document.formTemplate() != null) ? document.formTemplate() : "";
			form.documents.add(row);
		}
		for (LegalDocument document : details.legalBasis()) {
			LegalRow row = new LegalRow();
			row.number = document.number();
			row.date = (document.date() != null) ? document.date().toString() : "";
			row.issuer = document.issuer();
			row.title = document.title();
			row.amendedBy = (document.amendedBy() != null) ? document.amendedBy() : "";
			form.legalBasis.add(row);
		}
		for (ProcessStep step : details.process().steps()) {
			StepRow row = new StepRow();
			row.name = step.name();
			row.role = step.role();
			row.unitType = step.unitType();
			row.share = step.share().toPlainString();
			form.steps.add(row);
		}
		return form;
	}

	/**
	 * Applies a row button: {@code add-case}, {@code remove-step-2},
	 * {@code up-document-1}, {@code add-fee-0} (a fee of case 0),
	 * {@code remove-fee-0-1}... Unknown or out of range buttons change nothing.
	 * @return whether the action was a row button
	 */
	boolean change(String action) {
		Matcher matcher = ACTION.matcher(action);
		if (!matcher.matches()) {
			return false;
		}
		String verb = matcher.group(1);
		int index = (matcher.group(3) != null) ? Integer.parseInt(matcher.group(3)) : -1;
		int second = (matcher.group(4) != null) ? Integer.parseInt(matcher.group(4)) : -1;
		switch (matcher.group(2)) {
			case "case" -> rows(this.cases, verb, index, () -> {
				CaseRow row = new CaseRow();
				row.unit = this.processUnit;
				return row;
			});
			case "fee" -> {
				if (index >= 0 && index < this.cases.size()) {
					rows(this.cases.get(index).fees, verb, second, FeeRow::new);
				}
			}
			case "document" -> rows(this.documents, verb, index, DocumentRow::new);
			case "legal" -> rows(this.legalBasis, verb, index, LegalRow::new);
			default -> rows(this.steps, verb, index, StepRow::new);
		}
		return true;
	}

	private static <T> void rows(List<T> rows, String verb, int index, Supplier<T> empty) {
		boolean inRange = index >= 0 && index < rows.size();
		switch (verb) {
			case "add" -> rows.add(empty.get());
			case "remove" -> {
				if (inRange) {
					rows.remove(index);
				}
			}
			case "up" -> {
				if (inRange && index > 0) {
					Collections.swap(rows, index, index - 1);
				}
			}
			default -> {
				if (inRange && index < rows.size() - 1) {
					Collections.swap(rows, index, index + 1);
				}
			}
		}
	}

	/**
	 * The details of the new draft, or null with every error recorded next to its field.
	 * The rules of {@link ProcedureDetails} (shares within the legal time...) are left to
	 * it; the caller shows what it refuses.
	 * @param code the procedure's code: the edited one's, or for a new one the code typed
	 * @param agencyExists whether an agency code exists
	 */
	@Nullable ProcedureDetails apply(String code, Predicate<String> agencyExists, BindingResult errors) {
		if (!CODE.matcher(code).matches()) {
			errors.rejectValue("code", "error.procedure.code.invalid", new Object[] { code }, null);
		}
		required(this.name, "name", errors);
		required(this.field, "field", errors);
		List<ImplementingLevel> chosenLevels = choices(this.levels, ImplementingLevel.class, "levels", errors);
		if (this.levels.isEmpty()) {
			errors.rejectValue("levels", "error.procedure.required");
		}
		OnlineMode mode = choice(this.onlineMode, OnlineMode.class, "onlineMode", errors);
		List<ReturnChannel> channels = choices(this.returnChannels, ReturnChannel.class, "returnChannels", errors);
		TimeLimit.Unit unit = choice(this.processUnit, TimeLimit.Unit.class, "processUnit", errors);
		List<AgencyLevel> applyingLevels = choices(this.agencyLevels, AgencyLevel.class, "agencyLevels", errors);
		List<String> applyingCodes = new ArrayList<>();
		for (String agency : this.agencyCodes.split("[,;\\s]+")) {
			if (agency.isEmpty()) {
				continue;
			}
			if (!agencyExists.test(agency)) {
				errors.rejectValue("agencyCodes", "error.catalog.import.agency.unknown", new Object[] { agency }, null);
			}
			else if (!applyingCodes.contains(agency)) {
				applyingCodes.add(agency);
			}
		}
		List<ProcedureCase> newCases = cases(errors);
		List<RequiredDocument> newDocuments = documents(errors);
		List<LegalDocument> newLegal = legalBasis(errors);
		List<ProcessStep> newSteps = steps(errors);
		if (errors.hasErrors() || mode == null || unit == null) {
			return null;
		}
		return new ProcedureDetails(code, this.name.strip(), this.field.strip(), chosenLevels,
				this.competentAgency.strip(), newLegal, newCases, newDocuments, this.result.strip(), mode, channels,
				new InternalProcess(unit, this.demoDefault, newSteps), new Applicability(applyingLevels, applyingCodes),
				blankToNull(this.note), blankToNull(this.source));
	}

	private List<ProcedureCase> cases(BindingResult errors) {
		List<ProcedureCase> newCases = new ArrayList<>();
		for (int i = 0; i < this.cases.size(); i++) {
			CaseRow row = this.cases.get(i);
			String path = "cases[" + i + "]";
			required(row.name, path + ".name", errors);
			Integer amount = wholeNumber(row.amount);
			if (amount == null) {
				errors.rejectValue(path + ".amount", "error.procedure.form.whole-number");
			}
			TimeLimit.Unit unit = choice(row.unit, TimeLimit.Unit.class, path + ".unit", errors);
			List<Fee> fees = new ArrayList<>();
			for (int j = 0; j < row.fees.size(); j++) {
				Fee fee = fee(row.fees.get(j), path + ".fees[" + j + "]", errors);
				if (fee != null) {
					fees.add(fee);
				}
			}
			if (amount != null && unit != null) {
				newCases.add(new ProcedureCase(row.name.strip(), new TimeLimit(amount, unit), fees));
			}
		}
		return newCases;
	}

	private static @Nullable Fee fee(FeeRow row, String path, BindingResult errors) {
		Fee.Kind kind = choice(row.kind, Fee.Kind.class, path + ".kind", errors);
		Long amount = null;
		String text = row.amount.strip();
		if (GROUPED_DIGITS.matcher(text).matches()) {
			text = text.replace(".", "").replace(" ", "");
		}
		if (!text.isEmpty()) {
			try {
				amount = Long.parseLong(text);
				if (amount < 0) {
					errors.rejectValue(path + ".amount", "error.procedure.fee.negative", new Object[] { row.amount },
							null);
					return null;
				}
			}
			catch (NumberFormatException ex) {
				errors.rejectValue(path + ".amount", "error.catalog.import.amount", new Object[] { row.amount }, null);
				return null;
			}
		}
		if (kind == Fee.Kind.AMOUNT && amount == null) {
			errors.rejectValue(path + ".amount", "error.catalog.import.fee.amount-required");
			return null;
		}
		if (kind == null) {
			return null;
		}
		return new Fee(kind, amount, row.description.strip(), blankToNull(row.exemptions));
	}

	private List<RequiredDocument> documents(BindingResult errors) {
		List<RequiredDocument> newDocuments = new ArrayList<>();
		for (int i = 0; i < this.documents.size(); i++) {
			DocumentRow row = this.documents.get(i);
			String path = "documents[" + i + "]";
			required(row.name, path + ".name", errors);
			Integer originals = wholeNumber(row.originals);
			if (originals == null) {
				errors.rejectValue(path + ".originals", "error.procedure.form.whole-number");
			}
			Integer copies = wholeNumber(row.copies);
			if (copies == null) {
				errors.rejectValue(path + ".copies", "error.procedure.form.whole-number");
			}
			RequiredDocument.Requirement requirement = choice(row.requirement, RequiredDocument.Requirement.class,
					path + ".requirement", errors);
			String template = blankToNull(row.formTemplate);
			if (template != null && (template.length() > 255 || template.contains("/") || template.contains("\\")
					|| template.startsWith("."))) {
				errors.rejectValue(path + ".formTemplate", "error.catalog.import.file-name", new Object[] { template },
						null);
			}
			if (originals != null && copies != null && requirement != null) {
				newDocuments.add(new RequiredDocument(row.name.strip(), originals, copies, requirement, template));
			}
		}
		return newDocuments;
	}

	private List<LegalDocument> legalBasis(BindingResult errors) {
		List<LegalDocument> newLegal = new ArrayList<>();
		for (int i = 0; i < this.legalBasis.size(); i++) {
			LegalRow row = this.legalBasis.get(i);
			String path = "legalBasis[" + i + "]";
			required(row.number, path + ".number", errors);
			required(row.issuer, path + ".issuer", errors);
			required(row.title, path + ".title", errors);
			LocalDate date = null;
			if (!row.date.isBlank()) {
				date = date(row.date.strip());
				if (date == null) {
					errors.rejectValue(path + ".date", "error.catalog.import.date", new Object[] { row.date }, null);
				}
			}
			newLegal.add(new LegalDocument(row.number.strip(), date, row.issuer.strip(), row.title.strip(),
					blankToNull(row.amendedBy)));
		}
		return newLegal;
	}

	private List<ProcessStep> steps(BindingResult errors) {
		List<ProcessStep> newSteps = new ArrayList<>();
		for (int i = 0; i < this.steps.size(); i++) {
			StepRow row = this.steps.get(i);
			String path = "steps[" + i + "]";
			required(row.name, path + ".name", errors);
			identifier(row.role, path + ".role", errors);
			identifier(row.unitType, path + ".unitType", errors);
			BigDecimal share = decimal(row.share);
			if (share == null) {
				errors.rejectValue(path + ".share", "error.procedure.form.decimal");
			}
			else {
				newSteps.add(new ProcessStep(row.name.strip(), row.role.strip(), row.unitType.strip(), share));
			}
		}
		return newSteps;
	}

	private static void required(String value, String path, BindingResult errors) {
		if (value.isBlank()) {
			errors.rejectValue(path, "error.procedure.required");
		}
	}

	private static void identifier(String value, String path, BindingResult errors) {
		if (value.isBlank()) {
			errors.rejectValue(path, "error.procedure.required");
		}
		else if (!IDENTIFIER.matcher(value.strip()).matches()) {
			errors.rejectValue(path, "error.catalog.import.identifier", new Object[] { value }, null);
		}
	}

	private static <E extends Enum<E>> @Nullable E choice(String value, Class<E> type, String path,
			BindingResult errors) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(path, "error.procedure.form.choice");
			return null;
		}
	}

	private static <E extends Enum<E>> List<E> choices(List<String> values, Class<E> type, String path,
			BindingResult errors) {
		List<E> chosen = new ArrayList<>();
		for (String value : values) {
			E item = choice(value, type, path, errors);
			if (item != null && !chosen.contains(item)) {
				chosen.add(item);
			}
		}
		return chosen;
	}

	private static @Nullable LocalDate date(String text) {
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

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	private static @Nullable Integer wholeNumber(String text) {
		try {
			int value = Integer.parseInt(text.strip());
			return (value >= 0) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable BigDecimal decimal(String text) {
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Whether a check box of a list of choices (levels, return channels...) is ticked.
	 */
	public boolean isChosen(String list, String value) {
		return switch (list) {
			case "levels" -> this.levels.contains(value);
			case "returnChannels" -> this.returnChannels.contains(value);
			case "agencyLevels" -> this.agencyLevels.contains(value);
			default -> false;
		};
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getField() {
		return this.field;
	}

	public void setField(String field) {
		this.field = field;
	}

	public List<String> getLevels() {
		return this.levels;
	}

	public void setLevels(List<String> levels) {
		this.levels = levels;
	}

	public String getCompetentAgency() {
		return this.competentAgency;
	}

	public void setCompetentAgency(String competentAgency) {
		this.competentAgency = competentAgency;
	}

	public String getResult() {
		return this.result;
	}

	public void setResult(String result) {
		this.result = result;
	}

	public String getOnlineMode() {
		return this.onlineMode;
	}

	public void setOnlineMode(String onlineMode) {
		this.onlineMode = onlineMode;
	}

	public List<String> getReturnChannels() {
		return this.returnChannels;
	}

	public void setReturnChannels(List<String> returnChannels) {
		this.returnChannels = returnChannels;
	}

	public String getProcessUnit() {
		return this.processUnit;
	}

	public void setProcessUnit(String processUnit) {
		this.processUnit = processUnit;
	}

	public boolean isDemoDefault() {
		return this.demoDefault;
	}

	public void setDemoDefault(boolean demoDefault) {
		this.demoDefault = demoDefault;
	}

	public List<String> getAgencyLevels() {
		return this.agencyLevels;
	}

	public void setAgencyLevels(List<String> agencyLevels) {
		this.agencyLevels = agencyLevels;
	}

	public String getAgencyCodes() {
		return this.agencyCodes;
	}

	public void setAgencyCodes(String agencyCodes) {
		this.agencyCodes = agencyCodes;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public List<CaseRow> getCases() {
		return this.cases;
	}

	public void setCases(List<CaseRow> cases) {
		this.cases = cases;
	}

	public List<DocumentRow> getDocuments() {
		return this.documents;
	}

	public void setDocuments(List<DocumentRow> documents) {
		this.documents = documents;
	}

	public List<LegalRow> getLegalBasis() {
		return this.legalBasis;
	}

	public void setLegalBasis(List<LegalRow> legalBasis) {
		this.legalBasis = legalBasis;
	}

	public List<StepRow> getSteps() {
		return this.steps;
	}

	public void setSteps(List<StepRow> steps) {
		this.steps = steps;
	}

}
