package vn.motcua.catalog.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.InternalProcess;
import vn.motcua.catalog.OnlineMode;
import vn.motcua.catalog.ProcedureCase;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcessStep;

/**
 * What an administrator edits on a procedure: its texts, online mode, the time of each
 * case and the share of each step. The other parts (legal basis, papers, fees, agencies)
 * are kept from the version edited. Numbers are text so that what was typed is kept and
 * shown back with its error.
 */
public class ProcedureForm {

	private String name = "";

	private String field = "";

	private String competentAgency = "";

	private String result = "";

	private String onlineMode = "";

	private String note = "";

	private List<CaseRow> cases = new ArrayList<>();

	private List<StepRow> steps = new ArrayList<>();

	/** One case: its time limit. */
	public static class CaseRow {

		private String name = "";

		private String amount = "";

		private String unit = "";

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

	}

	/** One step: its name, role and share. */
	public static class StepRow {

		private String name = "";

		private String role = "";

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

		public String getShare() {
			return this.share;
		}

		public void setShare(String share) {
			this.share = share;
		}

	}

	static ProcedureForm of(ProcedureDetails details) {
		ProcedureForm form = new ProcedureForm();
		form.name = details.name();
		form.field = details.field();
		form.competentAgency = details.competentAgency();
		form.result = details.result();
		form.onlineMode = details.onlineMode().name();
		form.note = (details.note() != null) ? details.note() : "";
		for (ProcedureCase procedureCase : details.cases()) {
			CaseRow row = new CaseRow();
			row.name = procedureCase.name();
			row.amount = Integer.toString(procedureCase.time().amount());
			row.unit = procedureCase.time().unit().name();
			form.cases.add(row);
		}
		for (ProcessStep step : details.process().steps()) {
			StepRow row = new StepRow();
			row.name = step.name();
			row.role = step.role();
			row.share = step.share().toPlainString();
			form.steps.add(row);
		}
		return form;
	}

	/**
	 * The details of the new draft, or null with the errors recorded. The number of cases
	 * and steps is that of the version edited.
	 */
	@Nullable ProcedureDetails apply(ProcedureDetails base, BindingResult errors) {
		OnlineMode mode = null;
		try {
			mode = OnlineMode.valueOf(this.onlineMode);
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("onlineMode", "error.procedure.form.choice");
		}
		if (this.cases.size() != base.cases().size() || this.steps.size() != base.process().steps().size()) {
			errors.reject("error.procedure.form.rows");
			return null;
		}
		List<ProcedureCase> newCases = new ArrayList<>();
		for (int i = 0; i < this.cases.size(); i++) {
			CaseRow row = this.cases.get(i);
			Integer amount = wholeNumber(row.amount);
			if (amount == null) {
				errors.rejectValue("cases[" + i + "].amount", "error.procedure.form.whole-number");
			}
			TimeLimit.Unit unit = null;
			try {
				unit = TimeLimit.Unit.valueOf(row.unit);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("cases[" + i + "].unit", "error.procedure.form.choice");
			}
			if (amount != null && unit != null) {
				newCases.add(new ProcedureCase(row.name, new TimeLimit(amount, unit), base.cases().get(i).fees()));
			}
		}
		List<ProcessStep> newSteps = new ArrayList<>();
		for (int i = 0; i < this.steps.size(); i++) {
			StepRow row = this.steps.get(i);
			BigDecimal share = decimal(row.share);
			if (share == null) {
				errors.rejectValue("steps[" + i + "].share", "error.procedure.form.decimal");
			}
			else {
				ProcessStep old = base.process().steps().get(i);
				newSteps.add(new ProcessStep(row.name, old.role(), old.unitType(), share));
			}
		}
		if (errors.hasErrors() || mode == null) {
			return null;
		}
		return new ProcedureDetails(base.code(), this.name, this.field, base.levels(), this.competentAgency,
				base.legalBasis(), newCases, base.documents(), this.result, mode, base.returnChannels(),
				new InternalProcess(base.process().unit(), base.process().demoDefault(), newSteps),
				base.applicability(), this.note.isBlank() ? null : this.note, base.source());
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

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<CaseRow> getCases() {
		return this.cases;
	}

	public void setCases(List<CaseRow> cases) {
		this.cases = cases;
	}

	public List<StepRow> getSteps() {
		return this.steps;
	}

	public void setSteps(List<StepRow> steps) {
		this.steps = steps;
	}

}
