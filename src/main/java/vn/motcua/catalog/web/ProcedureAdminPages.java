package vn.motcua.catalog.web;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.ImplementingLevel;
import vn.motcua.catalog.OnlineMode;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.catalog.ReturnChannel;
import vn.motcua.catalog.internal.ProcedureCatalog;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.shared.DomainException;

/**
 * A system administrator lists the procedures with their versions, creates one, edits one
 * with all its parts (a draft, or a new version when it is published), publishes a draft,
 * withdraws a published version. Rows of cases, fees, papers, legal documents and steps
 * are added, removed and moved with submit buttons, without JavaScript. Bad input is
 * shown next to its field with the input kept; nothing is saved.
 */
@Controller
@RequestMapping("/admin/procedures")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class ProcedureAdminPages {

	private static final String FORM = "form";

	private static final Pattern CODE = Pattern.compile("\\d\\.\\d{6}");

	private final ProcedureCatalog catalog;

	private final Agencies agencies;

	ProcedureAdminPages(ProcedureCatalog catalog, Agencies agencies) {
		this.catalog = catalog;
		this.agencies = agencies;
	}

	/**
	 * The catalog is the province's: administrators scoped to a commune or a department
	 * read it on the public pages but may not change it.
	 */
	@ModelAttribute
	void requireProvinceScope(Authentication user) {
		CatalogAdminScope.require(user, this.agencies);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("procedures", this.catalog.latestVersions());
		return "catalog/admin-list";
	}

	@GetMapping("/new")
	String create(Model model) {
		return form(null, ProcedureForm.blank(), model);
	}

	@PostMapping("/new")
	String saveNew(@ModelAttribute(FORM) ProcedureForm form, BindingResult errors,
			@RequestParam(name = "action", required = false) @Nullable String action, Model model, Authentication user,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (action != null && form.change(action)) {
			return form(null, form, model);
		}
		String code = form.getCode().strip();
		if (CODE.matcher(code).matches() && this.catalog.find(code, 1).isPresent()) {
			errors.rejectValue("code", "error.procedure.code.taken", new Object[] { code }, null);
		}
		return save(null, code, form, errors, model, user, redirect, response);
	}

	@GetMapping("/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		ProcedureRecord record = this.catalog.editable(code);
		return form(record, ProcedureForm.of(record.details()), model);
	}

	@PostMapping("/{code}/edit")
	String save(@PathVariable String code, @ModelAttribute(FORM) ProcedureForm form, BindingResult errors,
			@RequestParam(name = "action", required = false) @Nullable String action, Model model, Authentication user,
			RedirectAttributes redirect, HttpServletResponse response) {
		ProcedureRecord record = this.catalog.editable(code);
		form.setCode(record.code());
		if (action != null && form.change(action)) {
			return form(record, form, model);
		}
		return save(record, record.code(), form, errors, model, user, redirect, response);
	}

	private String save(@Nullable ProcedureRecord record, String code, ProcedureForm form, BindingResult errors,
			Model model, Authentication user, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			ProcedureDetails details = form.apply(code, this.agencies::exists, errors);
			if (details != null && !errors.hasErrors()) {
				ProcedureRecord draft = this.catalog.saveDraft(details, user.getName());
				redirect.addFlashAttribute("savedVersion", draft.version());
				return "redirect:/admin/procedures";
			}
		}
		catch (DomainException ex) {
			String field = formField(ex.field());
			if (field != null && new BeanWrapperImpl(form).isReadableProperty(field)) {
				errors.rejectValue(field, ex.messageKey(), ex.arguments(), null);
			}
			else {
				errors.reject(ex.messageKey(), ex.arguments(), null);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(record, form, model);
	}

	@PostMapping("/{code}/publish")
	String publish(@PathVariable String code, Authentication user, RedirectAttributes redirect) {
		ProcedureRecord published = this.catalog.publish(code, user.getName());
		redirect.addFlashAttribute("publishedVersion", published.version());
		return "redirect:/admin/procedures";
	}

	@PostMapping("/{code}/withdraw")
	String withdraw(@PathVariable String code, Authentication user) {
		this.catalog.withdraw(code, user.getName());
		return "redirect:/admin/procedures";
	}

	private String form(@Nullable ProcedureRecord record, ProcedureForm form, Model model) {
		model.addAttribute("procedure", record);
		model.addAttribute(FORM, form);
		model.addAttribute("modes", OnlineMode.values());
		model.addAttribute("units", TimeLimit.Unit.values());
		model.addAttribute("levels", ImplementingLevel.values());
		model.addAttribute("channels", ReturnChannel.values());
		model.addAttribute("agencyLevels",
				List.of(AgencyLevel.COMMUNE, AgencyLevel.DEPARTMENT, AgencyLevel.SERVICE_CENTRE, AgencyLevel.PROVINCE));
		model.addAttribute("feeKinds", Fee.Kind.values());
		model.addAttribute("requirements", RequiredDocument.Requirement.values());
		return "catalog/admin-form";
	}

	/**
	 * The form's name of a field the domain names: process.steps[0].share is
	 * steps[0].share, cases[0].fees[1].amountVnd is cases[0].fees[1].amount.
	 */
	static @Nullable String formField(@Nullable String field) {
		if (field == null) {
			return null;
		}
		if ("process.unit".equals(field)) {
			return "processUnit";
		}
		String named = field.startsWith("process.steps") ? field.substring("process.".length()) : field;
		return named.endsWith(".amountVnd") ? named.substring(0, named.length() - "Vnd".length()) : named;
	}

}
