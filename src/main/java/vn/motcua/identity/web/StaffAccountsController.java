package vn.motcua.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.identity.internal.FieldProblem;
import vn.motcua.identity.internal.StaffAccounts;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.shared.DomainException;

/**
 * System administrators manage the staff accounts of the agencies in their scope: list,
 * create with roles, enable and disable. The agency scope itself is checked for every
 * such route by identity's scope interceptor; the grant rules by {@link StaffAccounts}.
 */
@Controller
@RequestMapping("/admin/agencies/{agencyCode}/accounts")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class StaffAccountsController {

	private final StaffAccounts accounts;

	private final Agencies agencies;

	StaffAccountsController(StaffAccounts accounts, Agencies agencies) {
		this.accounts = accounts;
		this.agencies = agencies;
	}

	@GetMapping
	String list(@PathVariable String agencyCode, Model model) {
		model.addAttribute("agency", agency(agencyCode));
		model.addAttribute("accounts", this.accounts.inAgency(agencyCode));
		return "identity/staff-accounts";
	}

	@GetMapping("/new")
	String newAccount(@PathVariable String agencyCode, @AuthenticationPrincipal StaffPrincipal admin, Model model) {
		return form(agencyCode, admin, StaffAccountForm.empty(), List.of(), model);
	}

	@PostMapping
	String create(@PathVariable String agencyCode, @ModelAttribute("form") StaffAccountForm form, BindingResult binding,
			@AuthenticationPrincipal StaffPrincipal admin, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<FieldProblem> problems = this.accounts.problemsWith(agencyCode, form.newStaff(), admin);
		if (problems.isEmpty()) {
			try {
				String username = this.accounts.create(agencyCode, form.newStaff(), admin);
				redirect.addFlashAttribute("created", username);
				return "redirect:/admin/agencies/{agencyCode}/accounts";
			}
			catch (DomainException ex) {
				if (ex.field() == null) {
					throw ex;
				}
				problems = List.of(new FieldProblem(ex.field(), ex.code(), ex.arguments()));
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(agencyCode, admin, form.withoutPassword(), problems, model);
	}

	@PostMapping("/{username}/enabled")
	String enable(@PathVariable String agencyCode, @PathVariable String username, @RequestParam boolean enabled,
			@AuthenticationPrincipal StaffPrincipal admin, RedirectAttributes redirect) {
		this.accounts.setEnabled(agencyCode, username, enabled, admin);
		redirect.addFlashAttribute(enabled ? "enabled" : "disabled", username);
		return "redirect:/admin/agencies/{agencyCode}/accounts";
	}

	private String form(String agencyCode, StaffPrincipal admin, StaffAccountForm form, List<FieldProblem> problems,
			Model model) {
		model.addAttribute("agency", agency(agencyCode));
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("maySubAgencies", admin.includesSubAgencies());
		model.addAttribute("maySystemAdmin", this.accounts.mayGrantSystemAdmin(admin));
		Forms.show(model, "form", form, problems);
		return "identity/staff-account-form";
	}

	private AgencyView agency(String agencyCode) {
		return this.agencies.findByCode(agencyCode)
			.orElseThrow(() -> DomainException.notFound("account.agency-unknown", agencyCode));
	}

}
