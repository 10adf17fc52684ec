package vn.motcua.identity.web;

import java.util.List;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import vn.motcua.identity.internal.FieldProblem;

/**
 * Puts a form (a record) and its problems in the model so that Thymeleaf's
 * {@code th:field} and {@code th:errors} show each message next to its field.
 */
final class Forms {

	private Forms() {
	}

	static void show(Model model, String name, Object form, List<FieldProblem> problems) {
		BindingResult errors = new DirectFieldBindingResult(form, name);
		problems.forEach((problem) -> errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
				problem.messageKey()));
		model.addAttribute(name, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
	}

}
