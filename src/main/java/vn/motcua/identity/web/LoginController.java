package vn.motcua.identity.web;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.identity.AccountPrincipal;
import vn.motcua.identity.CitizenPrincipal;

/**
 * The login page; the form is processed by Spring Security (POST /login). Shows why the
 * last attempt failed: wrong credentials, too many failures (with the minutes to wait),
 * disabled account.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable Long minutes,
			@AuthenticationPrincipal @Nullable AccountPrincipal principal, Model model) {
		if (principal != null) {
			return "redirect:" + ((principal instanceof CitizenPrincipal) ? "/account" : "/workspace");
		}
		if (error != null) {
			model.addAttribute("errorKey", switch (error) {
				case "throttled" -> "login.error.throttled";
				case "disabled" -> "login.error.disabled";
				default -> "login.error.credentials";
			});
			model.addAttribute("minutes", (minutes != null && minutes > 0 && minutes < 1000) ? minutes : 15);
		}
		return "identity/login";
	}

}
