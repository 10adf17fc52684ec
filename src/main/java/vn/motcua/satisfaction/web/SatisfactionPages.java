package vn.motcua.satisfaction.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.calendar.Deadlines;
import vn.motcua.document.QrCodes;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.satisfaction.CampaignPageSection;
import vn.motcua.satisfaction.internal.Campaigns;
import vn.motcua.satisfaction.internal.IndexEstimator;
import vn.motcua.satisfaction.internal.Questionnaire;
import vn.motcua.satisfaction.internal.RatingReports;
import vn.motcua.satisfaction.internal.Ratings;
import vn.motcua.satisfaction.internal.SampleSize;
import vn.motcua.satisfaction.internal.SatisfactionIndexes;
import vn.motcua.satisfaction.internal.SurveyAnswers;
import vn.motcua.satisfaction.internal.SurveyResponses;
import vn.motcua.shared.DomainException;

/**
 * Staff pages: rating scores per unit and officer, rating links and kiosks of a desk,
 * survey campaigns (survey managers) and the results dashboard.
 */
@Controller
@RequestMapping("/workspace/satisfaction")
class SatisfactionPages {

	private final Ratings ratings;

	private final RatingReports reports;

	private final Campaigns campaigns;

	private final SurveyResponses responses;

	private final SatisfactionIndexes indexes;

	private final Agencies agencies;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	private final ObjectProvider<CampaignPageSection> sections;

	SatisfactionPages(Ratings ratings, RatingReports reports, Campaigns campaigns, SurveyResponses responses,
			SatisfactionIndexes indexes, Agencies agencies, MessageSource messages, JsonMapper json, Clock clock,
			ObjectProvider<CampaignPageSection> sections) {
		this.ratings = ratings;
		this.reports = reports;
		this.campaigns = campaigns;
		this.responses = responses;
		this.indexes = indexes;
		this.agencies = agencies;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
		this.sections = sections;
	}

	int thisYear() {
		return Year.now(this.clock.withZone(Deadlines.VIETNAM)).getValue();
	}

	/** The agencies whose scores the staff member may see. */
	Set<String> scope(StaffPrincipal staff) {
		if (staff.hasRole(Role.SURVEY_MANAGER) || staff.hasRole(Role.SYSTEM_ADMIN) || staff.includesSubAgencies()) {
			String root = (staff.hasRole(Role.SURVEY_MANAGER) || staff.hasRole(Role.SYSTEM_ADMIN))
					? provinceOf(staff.agencyCode()) : staff.agencyCode();
			return this.agencies.withDescendants(root);
		}
		return Set.of(staff.agencyCode());
	}

	String provinceOf(String code) {
		String current = code;
		for (int i = 0; i < 10; i++) {
			AgencyView agency = this.agencies.findByCode(current).orElse(null);
			if (agency == null || agency.parentCode() == null) {
				return current;
			}
			current = agency.parentCode();
		}
		return current;
	}

	@GetMapping
	String overview(@RequestParam(required = false) @Nullable Integer year, Authentication authentication,
			Model model) {
		StaffPrincipal staff = (StaffPrincipal) authentication.getPrincipal();
		int y = (year != null) ? year : thisYear();
		if (y < 2000 || y > 2100) {
			throw DomainException.invalid("satisfaction.year.invalid", "year", String.valueOf(year));
		}
		model.addAttribute("year", y);
		model.addAttribute("manager", staff.hasRole(Role.SURVEY_MANAGER));
		model.addAttribute("desk", staff.hasRole(Role.ONE_STOP_OFFICER) || staff.hasRole(Role.AGENCY_LEADER));
		boolean reader = staff.hasRole(Role.SURVEY_MANAGER) || staff.hasRole(Role.AGENCY_LEADER)
				|| staff.hasRole(Role.DEPARTMENT_LEADER) || staff.hasRole(Role.INSPECTOR)
				|| staff.hasRole(Role.SYSTEM_ADMIN);
		model.addAttribute("reader", reader);
		if (reader) {
			LocalDate from = LocalDate.of(y, 1, 1);
			var start = from.atStartOfDay(Deadlines.VIETNAM).toInstant();
			var end = from.plusYears(1).atStartOfDay(Deadlines.VIETNAM).toInstant();
			Set<String> scope = scope(staff);
			model.addAttribute("units", this.reports.units(scope, start, end));
			model.addAttribute("officers", this.reports.officers(scope, start, end));
			model.addAttribute("names", names());
		}
		return "satisfaction/overview";
	}

	Map<String, String> names() {
		Map<String, String> names = new HashMap<>();
		this.agencies.all().forEach((a) -> names.put(a.code(), a.name()));
		return names;
	}

	// ---------------------------------------------------------------- desk: links,
	// kiosks

	@GetMapping("/invitation")
	String invitation(@RequestParam String code, Authentication authentication, Model model) {
		StaffPrincipal staff = desk(authentication);
		Ratings.Invitation invitation = this.ratings.invite(code.strip())
			.orElseThrow(() -> DomainException.notFound("satisfaction.invitation.not-returned", code));
		if (!this.agencies.withDescendants(staff.agencyCode()).contains(invitation.deskAgencyCode())) {
			throw DomainException.forbidden("agency-scope.forbidden");
		}
		String link = base() + "/rate/" + invitation.token();
		model.addAttribute("inv", invitation);
		model.addAttribute("link", link);
		model.addAttribute("qr", QrCodes.pngDataUri(link, 240));
		return "satisfaction/invitation";
	}

	@GetMapping("/kiosks")
	String kiosks(Authentication authentication, Model model) {
		StaffPrincipal staff = desk(authentication);
		model.addAttribute("kiosks", this.ratings.kiosks(staff.agencyCode()));
		model.addAttribute("deskName",
				this.agencies.findByCode(staff.agencyCode()).map(AgencyView::name).orElse(staff.agencyCode()));
		return "satisfaction/kiosks";
	}

	@PostMapping("/kiosks")
	String registerKiosk(Authentication authentication, RedirectAttributes redirect) {
		StaffPrincipal staff = desk(authentication);
		this.ratings.registerKiosk(staff.agencyCode(), staff.getUsername());
		redirect.addFlashAttribute("flash", text("satisfaction.kiosks.registered"));
		return "redirect:/workspace/satisfaction/kiosks";
	}

	private static StaffPrincipal desk(Authentication authentication) {
		StaffPrincipal staff = (StaffPrincipal) authentication.getPrincipal();
		if (!staff.hasRole(Role.ONE_STOP_OFFICER) && !staff.hasRole(Role.AGENCY_LEADER)) {
			throw DomainException.forbidden("satisfaction.kiosk.desk-only");
		}
		return staff;
	}

	private static String base() {
		return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
			.build()
			.toUriString();
	}

	// ---------------------------------------------------------------- campaigns

	@GetMapping("/campaigns")
	String campaigns(Authentication authentication, Model model) {
		StaffPrincipal staff = Raters.surveyManager(authentication);
		model.addAttribute("campaigns", this.campaigns.all());
		if (!model.containsAttribute("input")) {
			Map<String, String> input = new HashMap<>();
			int year = thisYear();
			input.put("year", String.valueOf(year));
			input.put("scopeAgencyCode", provinceOf(staff.agencyCode()));
			input.put("periodFrom", LocalDate.of(year - 1, 1, 1).toString());
			input.put("periodTo", LocalDate.of(year - 1, 12, 31).toString());
			input.put("margin", "0.05");
			input.put("responseRate", "0.6");
			model.addAttribute("input", input);
		}
		model.addAttribute("agencies", this.agencies.all());
		return "satisfaction/campaigns";
	}

	@GetMapping("/sample-size")
	String sampleSize(@RequestParam(defaultValue = "0.05") double margin, @RequestParam(defaultValue = "0") long frame,
			@RequestParam(defaultValue = "0.6") double rate, Authentication authentication, Model model) {
		Raters.surveyManager(authentication);
		try {
			model.addAttribute("respondents", SampleSize.respondents(margin, 0.5, frame));
			model.addAttribute("invitations", SampleSize.invitations(margin, 0.5, frame, rate));
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("sizeError", text("satisfaction.sample-size.invalid"));
		}
		return "satisfaction/campaigns :: size";
	}

	@PostMapping("/campaigns")
	String create(@RequestParam Map<String, String> form, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		StaffPrincipal staff = Raters.surveyManager(authentication);
		try {
			Campaigns.Campaign campaign = this.campaigns.create(new Campaigns.CampaignForm(form.get("name"),
					parseInt(form.get("year"), "year", "satisfaction.year.invalid"), form.get("scopeAgencyCode"),
					parseDate(form.get("periodFrom"), "periodFrom"), parseDate(form.get("periodTo"), "periodTo"),
					parseDecimal(form.get("margin"), "margin", "satisfaction.campaign.margin"),
					parseDecimal(form.get("responseRate"), "responseRate", "satisfaction.campaign.response-rate"),
					null), staff.getUsername());
			return "redirect:/workspace/satisfaction/campaigns/" + campaign.id();
		}
		catch (DomainException ex) {
			if (ex.kind() != DomainException.Kind.INVALID) {
				throw ex;
			}
			model.addAttribute("input", form);
			model.addAttribute("errorField", ex.field());
			model.addAttribute("error", message(ex));
			return campaigns(authentication, model);
		}
	}

	@GetMapping("/campaigns/{id}")
	String campaign(@PathVariable long id, Authentication authentication, Model model) {
		Raters.surveyManager(authentication);
		Campaigns.Campaign campaign = this.campaigns.find(id);
		model.addAttribute("c", campaign);
		model.addAttribute("strata", this.campaigns.strata(id));
		model.addAttribute("names", names());
		model.addAttribute("questionnaire", Questionnaire.V1);
		model.addAttribute("maxReminders", Campaigns.MAX_REMINDERS);
		model.addAttribute("sections",
				this.sections.orderedStream()
					.sorted(java.util.Comparator.comparingInt(CampaignPageSection::order))
					.map((section) -> section.forCampaign(id))
					.flatMap(java.util.Optional::stream)
					.toList());
		model.addAttribute("invitedAt",
				(campaign.invitedAt() != null) ? java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
					.withZone(Deadlines.VIETNAM)
					.format(campaign.invitedAt()) : null);
		if (!model.containsAttribute("paper")) {
			model.addAttribute("paper", Map.of());
		}
		return "satisfaction/campaign";
	}

	@GetMapping("/campaigns/{id}/strata")
	String strata(@PathVariable long id, Authentication authentication, Model model) {
		Raters.surveyManager(authentication);
		model.addAttribute("c", this.campaigns.find(id));
		model.addAttribute("strata", this.campaigns.strata(id));
		model.addAttribute("names", names());
		return "satisfaction/campaign :: strata";
	}

	@PostMapping("/campaigns/{id}/sample")
	String sample(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		Raters.surveyManager(authentication);
		Campaigns.Campaign campaign = this.campaigns.sample(id);
		redirect.addFlashAttribute("flash",
				text("satisfaction.campaign.sampled", campaign.sampled(), campaign.frameSize()));
		return "redirect:/workspace/satisfaction/campaigns/" + id;
	}

	@PostMapping("/campaigns/{id}/invite")
	String invite(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		String actor = Raters.surveyManager(authentication).getUsername();
		return issued(id, redirect, () -> this.campaigns.invite(id, actor));
	}

	@PostMapping("/campaigns/{id}/remind")
	String remind(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		String actor = Raters.surveyManager(authentication).getUsername();
		return issued(id, redirect, () -> this.campaigns.remind(id, actor));
	}

	/**
	 * Issues a round; the flash says how many are written to and how many need another
	 * way, or why the round was refused.
	 */
	private String issued(long id, RedirectAttributes redirect, java.util.function.Supplier<Campaigns.Round> issue) {
		try {
			Campaigns.Round round = issue.get();
			redirect.addFlashAttribute("flash",
					text((round.round() == 0) ? "satisfaction.campaign.invited" : "satisfaction.campaign.reminded",
							round.recipients(), round.withoutContact(), round.round()));
		}
		catch (DomainException ex) {
			if (ex.kind() != DomainException.Kind.CONFLICT) {
				throw ex;
			}
			redirect.addFlashAttribute("invitationError", message(ex));
		}
		return "redirect:/workspace/satisfaction/campaigns/" + id;
	}

	@PostMapping("/campaigns/{id}/close")
	String close(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		Raters.surveyManager(authentication);
		this.campaigns.close(id);
		redirect.addFlashAttribute("flash", text("satisfaction.campaign.closed"));
		return "redirect:/workspace/satisfaction/campaigns/" + id;
	}

	@GetMapping(path = "/campaigns/{id}/links.csv", produces = "text/csv")
	org.springframework.http.ResponseEntity<String> links(@PathVariable long id, Authentication authentication) {
		Raters.surveyManager(authentication);
		this.campaigns.find(id);
		StringBuilder csv = new StringBuilder("dossier,agency,stratum,contact,link,responded\n");
		String base = base();
		for (Campaigns.SampledUnit unit : this.campaigns.samples(id)) {
			csv.append(unit.dossierCode())
				.append(',')
				.append(unit.agencyCode())
				.append(",\"")
				.append(unit.stratum().replace("\"", "\"\""))
				.append("\",")
				.append((unit.contact() != null) ? unit.contact() : "")
				.append(',')
				.append(base)
				.append("/survey/")
				.append(unit.token())
				.append(',')
				.append(unit.respondedAt() != null)
				.append('\n');
		}
		return org.springframework.http.ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"khao-sat-" + id + "-lien-ket.csv\"")
			.contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.body(csv.toString());
	}

	@PostMapping("/campaigns/{id}/paper")
	String paper(@PathVariable long id, @RequestParam Map<String, String> form, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		String surveyor = Raters.surveyor(authentication).getUsername();
		try {
			SurveyResponses.PaperOutcome outcome = this.responses.enterPaper(id, form.getOrDefault("dossierCode", ""),
					SurveyForms.answers(form), surveyor);
			redirect.addFlashAttribute("flash", text("satisfaction.paper." + outcome.name()));
			return "redirect:/workspace/satisfaction/campaigns/" + id;
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.FORBIDDEN || ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			model.addAttribute("paper", form);
			model.addAttribute("paperErrorField", ex.field());
			model.addAttribute("paperError", message(ex));
			return campaign(id, authentication, model);
		}
	}

	// ---------------------------------------------------------------- results

	@GetMapping("/results")
	String results(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable Integer year, Authentication authentication, Model model) {
		StaffPrincipal staff = Raters.scoreReader(authentication);
		int y = (year != null) ? year : latestSurveyYear();
		String code = (agency != null && !agency.isBlank()) ? agency.strip() : provinceOf(staff.agencyCode());
		this.indexes.check(code, y);
		SatisfactionIndexes.UnitIndex index = this.indexes.index(code, y);
		SatisfactionIndexes.UnitIndex before = this.indexes.index(code, y - 1);
		model.addAttribute("year", y);
		model.addAttribute("agency", code);
		model.addAttribute("agencyName", this.agencies.findByCode(code).map(AgencyView::name).orElse(code));
		model.addAttribute("index", index);
		model.addAttribute("before", before);
		model.addAttribute("significant", index.overall() != null && before.overall() != null
				&& index.overall().differsSignificantlyFrom(before.overall()));
		model.addAttribute("ranking", this.indexes.ranking(y));
		List<SatisfactionIndexes.Aspect> aspects = this.indexes.aspects(code, y);
		model.addAttribute("aspects", aspects);
		model.addAttribute("expected",
				aspects.stream()
					.sorted(java.util.Comparator.comparingLong(SatisfactionIndexes.Aspect::cited).reversed())
					.limit(5)
					.toList());
		model.addAttribute("agencies", this.agencies.all());
		model.addAttribute("chart", chartData(index, aspects));
		return "satisfaction/results";
	}

	int latestSurveyYear() {
		return this.campaigns.all()
			.stream()
			.filter((c) -> c.responded() > 0)
			.mapToInt(Campaigns.Campaign::year)
			.max()
			.orElse(thisYear());
	}

	String chartData(SatisfactionIndexes.UnitIndex index, List<SatisfactionIndexes.Aspect> aspects) {
		Map<String, Object> data = new LinkedHashMap<>();
		List<String> labels = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		List<Double> lows = new ArrayList<>();
		List<Double> highs = new ArrayList<>();
		for (String element : Questionnaire.ELEMENTS) {
			labels.add(text("satisfaction.element." + element));
			IndexEstimator.Estimate estimate = index.elements().get(element);
			values.add((estimate != null) ? SatisfactionApi.round(estimate.value()) : null);
			lows.add((estimate != null) ? SatisfactionApi.round(estimate.low()) : null);
			highs.add((estimate != null) ? SatisfactionApi.round(estimate.high()) : null);
		}
		data.put("labels", labels);
		data.put("values", values);
		data.put("low", lows);
		data.put("high", highs);
		data.put("label", text("satisfaction.results.share"));
		List<Map<String, Object>> points = new ArrayList<>();
		for (SatisfactionIndexes.Aspect aspect : aspects) {
			points.add(Map.of("x", SatisfactionApi.round(aspect.importance()), "y",
					SatisfactionApi.round(aspect.performance()), "label",
					text("satisfaction.q." + aspect.criterion())));
		}
		data.put("aspects", points);
		data.put("xLabel", text("satisfaction.results.importance"));
		data.put("yLabel", text("satisfaction.results.performance"));
		return this.json.writeValueAsString(data);
	}

	// ---------------------------------------------------------------- helpers

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	private String message(DomainException ex) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.code(), LocaleContextHolder.getLocale());
	}

	static @Nullable Integer parseInt(@Nullable String value, String field, String code) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid(code, field, value);
		}
	}

	static java.math.@Nullable BigDecimal parseDecimal(@Nullable String value, String field, String code) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new java.math.BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid(code, field);
		}
	}

	static @Nullable LocalDate parseDate(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw DomainException.invalid("satisfaction.campaign.period", field);
		}
	}

}
