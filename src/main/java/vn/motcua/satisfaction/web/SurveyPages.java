package vn.motcua.satisfaction.web;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.satisfaction.internal.Questionnaire;
import vn.motcua.satisfaction.internal.SurveyResponses;
import vn.motcua.shared.DomainException;

/** The survey questionnaire behind a one-time link. */
@Controller
class SurveyPages {

	private final SurveyResponses responses;

	private final MessageSource messages;

	SurveyPages(SurveyResponses responses, MessageSource messages) {
		this.responses = responses;
		this.messages = messages;
	}

	@GetMapping("/survey/{token}")
	String form(@PathVariable String token, @Nullable Authentication authentication, Model model) {
		Raters.refuseStaff(authentication);
		this.responses.openLink(token);
		return page(token, Map.of(), null, null, model);
	}

	@PostMapping("/survey/{token}")
	String answer(@PathVariable String token, @RequestParam Map<String, String> form,
			@Nullable Authentication authentication, Model model) {
		Raters.refuseStaff(authentication);
		try {
			this.responses.answerOnline(token, SurveyForms.answers(form));
			return "satisfaction/survey-done";
		}
		catch (DomainException ex) {
			if (ex.kind() != DomainException.Kind.INVALID) {
				throw ex;
			}
			return page(token, form, ex.field(), this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.code(),
					LocaleContextHolder.getLocale()), model);
		}
	}

	private String page(String token, Map<String, String> input, @Nullable String errorField, @Nullable String error,
			Model model) {
		model.addAttribute("token", token);
		model.addAttribute("q", Questionnaire.V1);
		model.addAttribute("input", new HashMap<>(input));
		model.addAttribute("errorField", errorField);
		model.addAttribute("error", error);
		return "satisfaction/survey";
	}

}
