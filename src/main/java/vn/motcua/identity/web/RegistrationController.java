package vn.motcua.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.identity.internal.CitizenRegistration;
import vn.motcua.identity.internal.FieldProblem;
import vn.motcua.shared.DomainException;

/**
 * Citizens' self-registration. Every problem is shown next to its field, the input is
 * kept (except passwords), and nothing is saved until everything is right.
 */
@Controller
class RegistrationController {

	private final CitizenRegistration registration;

	RegistrationController(CitizenRegistration registration) {
		this.registration = registration;
	}

	@GetMapping("/register")
	String form(Model model) {
		Forms.show(model, "form", RegistrationForm.empty(), List.of());
		return "identity/register";
	}

	@PostMapping("/register")
	String register(@ModelAttribute("form") RegistrationForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<FieldProblem> problems = this.registration.problemsWith(form.registration());
		if (form.password() != null && !form.password().isEmpty()
				&& !Objects.equals(form.password(), form.confirmPassword())) {
			problems = new ArrayList<>(problems);
			problems.add(new FieldProblem("confirmPassword", "password.mismatch"));
		}
		if (problems.isEmpty()) {
			try {
				this.registration.register(form.registration());
				redirect.addFlashAttribute("registered", true);
				return "redirect:/login";
			}
			catch (DomainException ex) {
				// registered by someone else in the meantime
				problems = List
					.of(new FieldProblem(Objects.requireNonNullElse(ex.field(), "phone"), ex.code(), ex.arguments()));
			}
		}
		Forms.show(model, "form", form.withoutPasswords(), problems);
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "identity/register";
	}

}
