package vn.motcua.organization.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.organization.internal.AdminScope;
import vn.motcua.organization.internal.AgencyAdministration;
import vn.motcua.organization.internal.AgencyDetails;
import vn.motcua.organization.internal.AgencyDraft;
import vn.motcua.organization.internal.AgencyInvalid;
import vn.motcua.organization.internal.AgencyRevision;
import vn.motcua.organization.internal.UnitType;
import vn.motcua.shared.DomainException;

/**
 * A system administrator manages the agencies within their scope: lists them, registers
 * new ones under a parent in scope, edits names, desks and validity, deactivates them.
 * Bad input is shown next to its field with the input kept, and nothing is saved.
 */
@Controller
@RequestMapping("/admin/agencies")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AgencyAdminPages {

	private static final String FORM = "form";

	private final AgencyAdministration administration;

	private final MessageSource messages;

	AgencyAdminPages(AgencyAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("agencies", this.administration.inScope(this.administration.currentScope()));
		return "organization/admin-list";
	}

	@GetMapping("/new")
	String newAgency(Model model) {
		return registrationForm(AgencyForm.empty(), model);
	}

	@PostMapping("/new")
	String register(@ModelAttribute(FORM) AgencyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AgencyDraft draft = form.toDraft(errors);
		if (draft != null) {
			try {
				String code = this.administration.register(draft, this.administration.currentScope());
				redirect.addFlashAttribute("flash", message("agency.admin.created", code));
				return "redirect:/admin/agencies";
			}
			catch (DomainException ex) {
				reject(ex, errors);
				response.setStatus(statusOf(ex));
				return registrationForm(form, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return registrationForm(form, model);
	}

	@GetMapping("/{agencyCode}/edit")
	String edit(@PathVariable String agencyCode, Model model) {
		AgencyDetails agency = inScope(agencyCode);
		return editForm(agency, AgencyForm.of(agency), model);
	}

	@PostMapping("/{agencyCode}/edit")
	String revise(@PathVariable String agencyCode, @ModelAttribute(FORM) AgencyForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		// code, level, unit type and parent are shown from the stored agency, never from
		// the form
		AgencyDetails agency = inScope(agencyCode);
		AgencyRevision revision = form.toRevision(errors);
		if (revision != null) {
			try {
				this.administration.revise(agency.code(), revision, this.administration.currentScope());
				redirect.addFlashAttribute("flash", message("agency.admin.updated", agency.code()));
				return "redirect:/admin/agencies";
			}
			catch (DomainException ex) {
				reject(ex, errors);
				response.setStatus(statusOf(ex));
				return editForm(agency, form, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return editForm(agency, form, model);
	}

	@PostMapping("/{agencyCode}/deactivate")
	String deactivate(@PathVariable String agencyCode, RedirectAttributes redirect) {
		try {
			this.administration.deactivate(agencyCode, this.administration.currentScope());
			redirect.addFlashAttribute("flash", message("agency.admin.deactivated", agencyCode));
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND || ex.kind() == DomainException.Kind.FORBIDDEN) {
				throw ex;
			}
			redirect.addFlashAttribute("flashError", message(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/admin/agencies";
	}

	private AgencyDetails inScope(String agencyCode) {
		AgencyDetails agency = this.administration.details(agencyCode);
		if (!this.administration.currentScope().includes(agency.code())) {
			throw DomainException.forbidden("agency.outOfScope");
		}
		return agency;
	}

	private String registrationForm(AgencyForm form, Model model) {
		AdminScope scope = this.administration.currentScope();
		Map<AgencyLevel, List<UnitType>> unitTypes = new LinkedHashMap<>();
		List<AgencyLevel> levels = Arrays.stream(AgencyLevel.values())
			.filter((level) -> level != AgencyLevel.PROVINCE)
			.toList();
		levels.forEach((level) -> unitTypes.put(level, UnitType.of(level)));
		model.addAttribute(FORM, form);
		model.addAttribute("creating", true);
		model.addAttribute("levels", levels);
		model.addAttribute("unitTypes", unitTypes);
		model.addAttribute("parents", this.administration.possibleParents(scope));
		return "organization/admin-form";
	}

	private String editForm(AgencyDetails agency, AgencyForm form, Model model) {
		model.addAttribute(FORM, form);
		model.addAttribute("creating", false);
		model.addAttribute("agency", agency);
		return "organization/admin-form";
	}

	/** Every broken rule next to its field; rules without a field above the form. */
	private static void reject(DomainException ex, BindingResult errors) {
		List<DomainException> violations = (ex instanceof AgencyInvalid invalid) ? invalid.violations() : List.of(ex);
		for (DomainException violation : violations) {
			String field = violation.field();
			if (field != null && errors.getFieldErrorCount(field) == 0) {
				errors.rejectValue(field, violation.messageKey(), violation.arguments(), violation.code());
			}
			else if (field == null) {
				errors.reject(violation.messageKey(), violation.arguments(), violation.code());
			}
		}
	}

	private static int statusOf(DomainException ex) {
		return switch (ex.kind()) {
			case CONFLICT -> HttpServletResponse.SC_CONFLICT;
			case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
			case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
			case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
			case UNPROCESSABLE -> 422;
		};
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
