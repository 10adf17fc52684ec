package vn.motcua.catalog.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.OnlineMode;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.internal.ProcedureCatalog;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.DomainException;

/**
 * A system administrator lists the procedures with their versions, edits one (a draft, or
 * a new version when it is published), publishes a draft, withdraws a published version.
 * Bad input is shown next to its field with the input kept; nothing is saved.
 */
@Controller
@RequestMapping("/admin/procedures")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class ProcedureAdminPages {

	private static final String FORM = "form";

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

	@GetMapping("/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		ProcedureRecord record = this.catalog.editable(code);
		return form(record, ProcedureForm.of(record.details()), model);
	}

	@PostMapping("/{code}/edit")
	String save(@PathVariable String code, @ModelAttribute(FORM) ProcedureForm form, BindingResult errors, Model model,
			Authentication user, RedirectAttributes redirect, HttpServletResponse response) {
		ProcedureRecord record = this.catalog.editable(code);
		ProcedureDetails details = null;
		try {
			details = form.apply(record.details(), errors);
			if (details != null) {
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

	private String form(ProcedureRecord record, ProcedureForm form, Model model) {
		model.addAttribute("procedure", record);
		model.addAttribute(FORM, form);
		model.addAttribute("modes", OnlineMode.values());
		model.addAttribute("units", TimeLimit.Unit.values());
		return "catalog/admin-form";
	}

	/**
	 * The form's name of a field the domain names: process.steps[0].share is
	 * steps[0].share.
	 */
	static @Nullable String formField(@Nullable String field) {
		if (field == null) {
			return null;
		}
		return field.startsWith("process.steps") ? field.substring("process.".length()) : field;
	}

}
