package vn.motcua.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.catalog.Procedures;
import vn.motcua.organization.Agencies;

/**
 * The home page of the public portal, with the provincial one-stop desk to contact.
 */
@Controller
class HomeController {

	static final int FEATURED = 8;

	private final Agencies agencies;

	private final Procedures procedures;

	HomeController(Agencies agencies, Procedures procedures) {
		this.agencies = agencies;
		this.procedures = procedures;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("desk", this.agencies.mainDesk().orElse(null));
		model.addAttribute("featuredProcedures", this.procedures.featured(FEATURED));
		return "home";
	}

}
