package vn.motcua.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.internal.AccountDirectory;
import vn.motcua.shared.DomainException;

/**
 * A citizen's own account page: their profile, the personal identification number masked.
 */
@Controller
class CitizenAccountController {

	private final AccountDirectory directory;

	CitizenAccountController(AccountDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		model.addAttribute("profile", this.directory.citizenProfile(citizen.getUsername())
			.orElseThrow(() -> DomainException.notFound("account.unknown", citizen.getUsername())));
		return "identity/account";
	}

}
