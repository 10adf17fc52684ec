package vn.motcua.dossier.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.TrackingView;
import vn.motcua.shared.DomainException;

/**
 * Public tracking (tra cứu hồ sơ): the dossier code and the last four digits of the
 * applicant's phone give the status, the steps with their dates, the appointment and what
 * is missing; the name is masked. The QR code of the receipt opens {@code /track/{code}}
 * with the code filled in.
 */
@Controller
class TrackingPages {

	private final Dossiers dossiers;

	private final PageMessages messages;

	TrackingPages(Dossiers dossiers, PageMessages messages) {
		this.dossiers = dossiers;
		this.messages = messages;
	}

	@GetMapping("/track")
	String track(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String phone4, HttpServletResponse response, Model model) {
		return page(code, phone4, response, model);
	}

	@GetMapping("/track/{code}")
	String trackCode(@PathVariable String code, @RequestParam(required = false) @Nullable String phone4,
			HttpServletResponse response, Model model) {
		return page(code, phone4, response, model);
	}

	private String page(@Nullable String code, @Nullable String phone4, HttpServletResponse response, Model model) {
		String wanted = (code != null) ? code.strip() : "";
		if (wanted.length() > 60) {
			wanted = wanted.substring(0, 60);
		}
		model.addAttribute("code", wanted);
		model.addAttribute("phone4", "");
		if (phone4 == null) {
			return "dossier/track";
		}
		if (wanted.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("error", this.messages.of("error.dossier.page.code-required"));
			model.addAttribute("errorField", "code");
			return "dossier/track";
		}
		try {
			Optional<TrackingView> found = this.dossiers.track(wanted, phone4);
			if (found.isEmpty()) {
				response.setStatus(404);
				model.addAttribute("error", this.messages.of("error.dossier.tracking.not-found"));
				model.addAttribute("errorField", "code");
				return "dossier/track";
			}
			model.addAttribute("t", found.get());
		}
		catch (DomainException ex) {
			response.setStatus(Errors.status(ex));
			model.addAttribute("error", this.messages.of(ex));
			model.addAttribute("errorField", ex.field());
		}
		return "dossier/track";
	}

}
