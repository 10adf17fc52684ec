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
import vn.motcua.catalog.Procedures;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.satisfaction.RatingGiven;
import vn.motcua.satisfaction.internal.RatingInput;
import vn.motcua.satisfaction.internal.Ratings;
import vn.motcua.shared.DomainException;

/**
 * The citizen's rating page (link or QR code on the result slip) and the rating tablet at
 * the desk (kiosk): it waits for a result returned at its desk, shows the questions, and
 * goes back to waiting after each rating. Neither can be used while signed in as staff.
 */
@Controller
class RatingPages {

	private final Ratings ratings;

	private final Procedures procedures;

	private final Agencies agencies;

	private final MessageSource messages;

	RatingPages(Ratings ratings, Procedures procedures, Agencies agencies, MessageSource messages) {
		this.ratings = ratings;
		this.procedures = procedures;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/rate/{token}")
	String form(@PathVariable String token, @Nullable Authentication authentication, Model model) {
		Raters.refuseStaff(authentication);
		Ratings.Invitation invitation = this.ratings.byToken(token);
		if (invitation.ratedAt() != null) {
			throw DomainException.conflict("satisfaction.rating.already-given", null, invitation.dossierCode());
		}
		return page(invitation, Map.of(), null, null, model);
	}

	@PostMapping("/rate/{token}")
	String rate(@PathVariable String token, @RequestParam Map<String, String> form,
			@Nullable Authentication authentication, Model model) {
		Raters.refuseStaff(authentication);
		Ratings.Invitation invitation = this.ratings.byToken(token);
		try {
			RatingGiven given = this.ratings.rate(token, input(form), "ONLINE");
			model.addAttribute("code", given.dossierCode());
			return "satisfaction/rated";
		}
		catch (DomainException ex) {
			if (ex.kind() != DomainException.Kind.INVALID) {
				throw ex;
			}
			return page(invitation, form, ex.field(), message(ex), model);
		}
	}

	@GetMapping("/kiosk/{key}")
	String kiosk(@PathVariable String key, @Nullable Authentication authentication, Model model) {
		Raters.refuseStaff(authentication);
		String desk = this.ratings.kioskDesk(key);
		model.addAttribute("key", key);
		model.addAttribute("deskName", this.agencies.findByCode(desk).map(AgencyView::name).orElse(desk));
		return "satisfaction/kiosk";
	}

	@GetMapping("/kiosk/{key}/next")
	String next(@PathVariable String key, @Nullable Authentication authentication, Model model) {
		Raters.refuseStaff(authentication);
		model.addAttribute("key", key);
		return this.ratings.nextAtKiosk(key).map((invitation) -> {
			model.addAttribute("inv", invitation);
			model.addAttribute("input", Map.of());
			model.addAttribute("errorField", null);
			model.addAttribute("error", null);
			return "satisfaction/kiosk-parts :: form";
		}).orElse("satisfaction/kiosk-parts :: waiting");
	}

	@PostMapping("/kiosk/{key}/rate/{token}")
	String kioskRate(@PathVariable String key, @PathVariable String token, @RequestParam Map<String, String> form,
			@Nullable Authentication authentication, Model model) {
		Raters.refuseStaff(authentication);
		String desk = this.ratings.kioskDesk(key);
		Ratings.Invitation invitation = this.ratings.byToken(token);
		// a kiosk rates only what its own desk returned
		if (!invitation.deskAgencyCode().equals(desk)) {
			throw DomainException.notFound("satisfaction.rating.token-unknown");
		}
		model.addAttribute("key", key);
		try {
			this.ratings.rate(token, input(form), "KIOSK");
			return "satisfaction/kiosk-parts :: thanks";
		}
		catch (DomainException ex) {
			if (ex.kind() != DomainException.Kind.INVALID) {
				throw ex;
			}
			model.addAttribute("inv", invitation);
			model.addAttribute("input", form);
			model.addAttribute("errorField", ex.field());
			model.addAttribute("error", message(ex));
			return "satisfaction/kiosk-parts :: form";
		}
	}

	private String page(Ratings.Invitation invitation, Map<String, String> input, @Nullable String errorField,
			@Nullable String error, Model model) {
		model.addAttribute("inv", invitation);
		model.addAttribute("input", new HashMap<>(input));
		model.addAttribute("errorField", errorField);
		model.addAttribute("error", error);
		model.addAttribute("procedureName",
				this.procedures.findPublished(invitation.procedureCode())
					.map((p) -> p.details().name())
					.orElse(invitation.procedureCode()));
		model.addAttribute("agencyName",
				this.agencies.findByCode(invitation.agencyCode())
					.map(AgencyView::name)
					.orElse(invitation.agencyCode()));
		return "satisfaction/rate";
	}

	static RatingInput input(Map<String, String> form) {
		return new RatingInput(integer(form.get("contacts"), "contacts", "satisfaction.rating.contacts"),
				blankToNull(form.get("agenciesContacted")), bool(form.get("attitudeComplaint")),
				blankToNull(form.get("onlineLevel")),
				integer(form.get("overall"), "overall", "satisfaction.rating.overall"),
				blankToNull(form.get("comment")));
	}

	private static @Nullable Integer integer(@Nullable String value, String field, String code) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid(code, field);
		}
	}

	private static @Nullable Boolean bool(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : Boolean.valueOf(value.strip());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private String message(DomainException ex) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.code(), LocaleContextHolder.getLocale());
	}

}
