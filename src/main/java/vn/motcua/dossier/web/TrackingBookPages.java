package vn.motcua.dossier.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.document.FormHeader;
import vn.motcua.document.OfficialForms;
import vn.motcua.document.RegisterForm;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.internal.DossierBook;
import vn.motcua.dossier.internal.DossierQueues;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.DomainException;

/**
 * The dossier tracking book (Sổ theo dõi hồ sơ, Mẫu 06 of 2018 / 07 of 2025) of a
 * one-stop desk for a period, printed from the workspace: a page to choose the period
 * (the current month by default) and the desk, and the book as an A4 landscape PDF. Staff
 * print the books of the agencies in their scope only.
 */
@Controller
@PreAuthorize("hasAuthority('STAFF')")
class TrackingBookPages {

	static final String PATH = "/workspace/dossiers/tracking-book";

	private final DossierBook book;

	private final DossierQueues queues;

	private final OfficialForms forms;

	private final Agencies agencies;

	private final FormHeaders headers;

	private final PageMessages messages;

	private final Clock clock;

	TrackingBookPages(DossierBook book, DossierQueues queues, OfficialForms forms, Agencies agencies,
			FormHeaders headers, PageMessages messages, Clock clock) {
		this.book = book;
		this.queues = queues;
		this.forms = forms;
		this.agencies = agencies;
		this.headers = headers;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(PATH)
	Object book(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String agency, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Actor actor = Actors.of(authentication, request);
		Set<String> scope = this.queues.scope(actor);
		if (scope.isEmpty()) {
			throw DomainException.forbidden("dossier.book.no-agency");
		}
		LocalDate today = this.clock.instant().atZone(FormHeader.VIETNAM).toLocalDate();
		String deskAgency = (agency != null && !agency.isBlank()) ? agency
				: (actor.agencyCode() != null) ? actor.agencyCode() : scope.iterator().next();
		model.addAttribute("from", (from != null) ? from : today.withDayOfMonth(1).toString());
		model.addAttribute("to", (to != null) ? to : today.toString());
		model.addAttribute("agency", deskAgency);
		model.addAttribute("agencies",
				this.agencies.all()
					.stream()
					.filter((candidate) -> scope.contains(candidate.code()))
					.map((candidate) -> Map.entry(candidate.code(), candidate.name()))
					.toList());
		if (from == null && to == null) {
			return "dossier/tracking-book";
		}
		try {
			if (!scope.contains(deskAgency)) {
				throw DomainException.invalid("dossier.book.agency-out-of-scope", "agency");
			}
			LocalDate first = day(from, "from");
			LocalDate last = day(to, "to");
			// checks the period before reading any dossier
			new RegisterForm(this.headers.header(deskAgency, this.clock.instant()), first, last, List.of());
			RegisterForm form = new RegisterForm(this.headers.header(deskAgency, this.clock.instant()), first, last,
					this.book.lines(deskAgency, first, last));
			byte[] pdf = this.forms.register(form);
			String name = "so-theo-doi-ho-so-" + deskAgency + "-" + first + "-" + last + ".pdf";
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
				.body(pdf);
		}
		catch (DomainException ex) {
			if (ex.kind() != DomainException.Kind.INVALID) {
				throw ex;
			}
			response.setStatus(Errors.status(ex));
			model.addAttribute("error", this.messages.of(ex));
			model.addAttribute("errorField", ex.field());
			return "dossier/tracking-book";
		}
	}

	private static LocalDate day(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw DomainException.invalid("dossier.book.date-required", field);
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid("dossier.book.date-invalid", field);
		}
	}

}
