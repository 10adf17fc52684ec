package vn.motcua.dossier.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.ProcedureCase;
import vn.motcua.catalog.Procedures;
import vn.motcua.document.ApologyForm;
import vn.motcua.document.AppraisalRefusalForm;
import vn.motcua.document.ControlSheetForm;
import vn.motcua.document.FormHeader;
import vn.motcua.document.HandOver;
import vn.motcua.document.MissingPaper;
import vn.motcua.document.OfficialForms;
import vn.motcua.document.Paper;
import vn.motcua.document.ReceiptForm;
import vn.motcua.document.RefusalForm;
import vn.motcua.document.Signatory;
import vn.motcua.document.StopNoticeForm;
import vn.motcua.document.SupplementRequestForm;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.OneStopDeskView;
import vn.motcua.shared.DomainException;

/**
 * The official forms of a dossier as PDF (Circular 01/2018/TT-VPCP, from 01/07/2025 the
 * set of Circular 03/2025/TT-VPCP, chosen by the date of receipt): the receipt with its
 * QR code, the supplement request, the refusal (at intake, or to grant the dossier after
 * its appraisal), the apology with the new date, the stop notice and the control sheet of
 * hand-overs. Staff who may see the dossier get them all; the applicant gets those
 * addressed to them, a refusal after appraisal once it is their result (ready or
 * returned).
 */
@Controller
class DossierFormPdfs {

	/** The forms, by the name in the URL. */
	enum Kind {

		RECEIPT("receipt", true), SUPPLEMENT_REQUEST("supplement-request", true), REFUSAL("refusal", true),
		APOLOGY("apology", true), STOP_NOTICE("stop-notice", true), CONTROL_SHEET("control-sheet", false);

		final String slug;

		final boolean forApplicant;

		Kind(String slug, boolean forApplicant) {
			this.slug = slug;
			this.forApplicant = forApplicant;
		}

		static Optional<Kind> of(String slug) {
			for (Kind kind : values()) {
				if (kind.slug.equals(slug)) {
					return Optional.of(kind);
				}
			}
			return Optional.empty();
		}

	}

	private final Dossiers dossiers;

	private final OfficialForms forms;

	private final Agencies agencies;

	private final Procedures procedures;

	private final FormHeaders headers;

	private final Clock clock;

	DossierFormPdfs(Dossiers dossiers, OfficialForms forms, Agencies agencies, Procedures procedures,
			FormHeaders headers, Clock clock) {
		this.headers = headers;
		this.dossiers = dossiers;
		this.forms = forms;
		this.agencies = agencies;
		this.procedures = procedures;
		this.clock = clock;
	}

	@GetMapping("/workspace/dossiers/{code}/forms/{form}")
	@PreAuthorize("hasAuthority('STAFF')")
	ResponseEntity<byte[]> staff(@PathVariable String code, @PathVariable String form, Authentication authentication,
			HttpServletRequest request) {
		return pdf(code, form, Actors.of(authentication, request), false);
	}

	@GetMapping("/account/dossiers/{code}/forms/{form}")
	@PreAuthorize("hasAuthority('CITIZEN')")
	ResponseEntity<byte[]> citizen(@PathVariable String code, @PathVariable String form, Authentication authentication,
			HttpServletRequest request) {
		return pdf(code, form, Actors.of(authentication, request), true);
	}

	private ResponseEntity<byte[]> pdf(String code, String slug, Actor actor, boolean applicant) {
		Kind kind = Kind.of(slug)
			.filter((known) -> !applicant || known.forApplicant)
			.orElseThrow(() -> DomainException.notFound("dossier.form.unknown", slug));
		if (code.length() > 60) {
			throw DomainException.notFound("dossier.unknown", code);
		}
		DossierView d = this.dossiers.find(code, actor)
			.orElseThrow(() -> DomainException.notFound("dossier.unknown", code));
		byte[] pdf = switch (kind) {
			case RECEIPT -> receipt(d);
			case SUPPLEMENT_REQUEST -> supplementRequest(d);
			case REFUSAL -> (d.refusal() != null) ? appraisalRefusal(d, applicant) : refusal(d);
			case APOLOGY -> apology(d);
			case STOP_NOTICE -> stopNotice(d);
			case CONTROL_SHEET -> controlSheet(d);
		};
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(kind.slug + "-" + d.code() + ".pdf").build().toString())
			.body(pdf);
	}

	private byte[] receipt(DossierView d) {
		Instant received = require(d.receivedAt(), "receipt");
		Instant due = require(d.dueAt(), "receipt");
		Optional<OneStopDeskView> desk = this.agencies.deskOf(d.deskAgencyCode());
		String place = desk.map(OneStopDeskView::address)
			.filter((address) -> !address.isBlank())
			.map((address) -> name(d.deskAgencyCode()) + ", " + address)
			.orElse(name(d.deskAgencyCode()));
		String track = StaffDossierPages.trackUrl(d.code());
		return this.forms.receipt(new ReceiptForm(header(d, received), d.code(), track, applicant(d), d.procedureName(),
				d.procedureCode(), null, papers(d), 1, legalTime(d), received, due, place, null,
				track.substring(0, track.length() - d.code().length() - 1),
				desk.map(OneStopDeskView::hotline).filter((hotline) -> !hotline.isBlank()).orElse("—"),
				actorOf(d, "receive"), this.agencies.dossierIdentifierOf(d.deskAgencyCode()).orElse(null)));
	}

	private byte[] supplementRequest(DossierView d) {
		DossierView.RequestView request = Optional.ofNullable(d.supplementRequest())
			.orElseThrow(() -> DomainException.notFound("dossier.form.not-issued", "supplement-request"));
		List<MissingPaper> papers = new ArrayList<>();
		request.papers()
			.forEach((paper) -> papers.add(new MissingPaper(text(paper.name()), 1, 0, 0, text(paper.reason()))));
		return this.forms.supplementRequest(new SupplementRequestForm(header(d, request.requestedAt()), d.code(),
				applicant(d), d.procedureName(), papers, request.reason(), actorOf(d, "request-supplement"), null));
	}

	private byte[] refusal(DossierView d) {
		DossierView.HistoryView refused = last(d, "refuse")
			.orElseThrow(() -> DomainException.notFound("dossier.form.not-issued", "refusal"));
		return this.forms.refusal(new RefusalForm(header(d, refused.at()), d.code(), applicant(d), d.procedureName(),
				List.of(text(refused.note())), null, name(refused)));
	}

	/**
	 * The refusal to grant the dossier, once approved (signed); the applicant gets it
	 * with the result, when the dossier's result is ready or returned. It is issued by
	 * the agency that settles the dossier and returned at the desk that received it.
	 */
	private byte[] appraisalRefusal(DossierView d, boolean applicant) {
		DossierView.RefusalView refusal = Optional.ofNullable(d.refusal())
			.filter(DossierView.RefusalView::issued)
			.filter((issued) -> !applicant || d.status() == 9 || d.status() == 10)
			.orElseThrow(() -> DomainException.notFound("dossier.form.not-issued", "refusal"));
		String decidedBy = (refusal.decidedByName() != null) ? refusal.decidedByName() : refusal.decidedBy();
		String approvedBy = (refusal.approvedByName() != null) ? refusal.approvedByName()
				: Objects.requireNonNullElse(refusal.approvedBy(), decidedBy);
		boolean byLeader = !Objects.equals(refusal.approvedBy(), refusal.decidedBy())
				|| OfferedActions.isLeaderRole(d.process().get(refusal.step()).role());
		Optional<OneStopDeskView> desk = this.agencies.deskOf(d.deskAgencyCode());
		String place = desk.map(OneStopDeskView::address)
			.filter((address) -> !address.isBlank())
			.map((address) -> name(d.deskAgencyCode()) + ", " + address)
			.orElse(name(d.deskAgencyCode()));
		FormHeader header = this.headers.header(d.agencyCode(), this.clock.instant())
			.withBasisDate(require(d.receivedAt(), "refusal").atZone(FormHeader.VIETNAM).toLocalDate())
			.withTrackingUrl(StaffDossierPages.trackUrl(d.code()));
		return this.forms.appraisalRefusal(new AppraisalRefusalForm(header, d.code(), applicant(d), d.procedureName(),
				require(d.receivedAt(), "refusal"), refusal.reasonList(), refusal.legalBasis(), decidedBy, place,
				new Signatory(byLeader ? "Thủ trưởng cơ quan" : "Người thẩm định", approvedBy)));
	}

	private byte[] apology(DossierView d) {
		DossierView.ApologyView apology = Optional.ofNullable(d.apology())
			.orElseThrow(() -> DomainException.notFound("dossier.form.not-issued", "apology"));
		Instant received = require(d.receivedAt(), "apology");
		Instant original = (d.originalDueAt() != null) ? d.originalDueAt() : require(d.dueAt(), "apology");
		String reason = apology.reason()
				+ (apology.delays().isEmpty() ? "" : " (" + String.join("; ", apology.delays()) + ")");
		return this.forms
			.apology(new ApologyForm(header(d, apology.issuedAt()), d.code(), applicant(d), d.procedureName(), received,
					original, name(d.agencyCode()), reason, require(d.dueAt(), "apology"), name(d.deskAgencyCode()),
					new Signatory("Thủ trưởng cơ quan", actorOf(d, "apologize")), List.of(name(d.deskAgencyCode()))));
	}

	private byte[] stopNotice(DossierView d) {
		DossierView.HistoryView stopped = last(d, "stop").or(() -> last(d, "withdraw"))
			.orElseThrow(() -> DomainException.notFound("dossier.form.not-issued", "stop-notice"));
		Instant received = (d.receivedAt() != null) ? d.receivedAt() : stopped.at();
		return this.forms.stopNotice(new StopNoticeForm(header(d, stopped.at()), d.code(), applicant(d),
				d.procedureName(), received, "withdraw".equals(stopped.action()), text(stopped.note()), stopped.at(),
				new Signatory("Thủ trưởng cơ quan", name(stopped))));
	}

	private byte[] controlSheet(DossierView d) {
		Instant received = require(d.receivedAt(), "control-sheet");
		List<HandOver> handOvers = new ArrayList<>();
		String giver = actorOf(d, "receive");
		for (DossierView.StepRecordView step : d.steps()) {
			String receiver = (step.handledBy() != null) ? step.handledBy() : "—";
			handOvers.add(new HandOver(name(step.agencyCode()), step.startedAt(), giver, receiver,
					(step.result() != null) ? step.result() : null, step.overran() ? "Quá thời hạn của bước" : null));
			giver = receiver;
		}
		return this.forms.controlSheet(new ControlSheetForm(header(d, received), d.code(), d.procedureName(),
				applicant(d), null, received, legalTime(d), require(d.dueAt(), "control-sheet"), name(d.agencyCode()),
				d.dueAt(), papers(d), handOvers, List.of()));
	}

	/**
	 * The header of a form issued at {@code issuedAt}: its form set is the one in force
	 * when the dossier was received (a dossier received before 01/07/2025 keeps the 2018
	 * set for all its forms), or when the form was issued if the dossier never was.
	 */
	private FormHeader header(DossierView d, Instant issuedAt) {
		Instant basis = (d.receivedAt() != null) ? d.receivedAt() : issuedAt;
		return this.headers.header(d.deskAgencyCode(), this.clock.instant())
			.withBasisDate(basis.atZone(FormHeader.VIETNAM).toLocalDate())
			.withTrackingUrl(StaffDossierPages.trackUrl(d.code()));
	}

	private vn.motcua.document.Applicant applicant(DossierView d) {
		return new vn.motcua.document.Applicant(d.applicant().name(), d.applicant().address(), d.applicant().phone(),
				d.applicant().email(), d.applicant().idNumber());
	}

	private List<Paper> papers(DossierView d) {
		List<Paper> papers = new ArrayList<>();
		for (DossierView.PaperView paper : d.papers()) {
			if (paper.received() || !paper.documentIds().isEmpty()) {
				papers.add(new Paper(paper.name(), paper.originals(), 0, paper.copies()));
			}
		}
		return papers;
	}

	private String legalTime(DossierView d) {
		TimeLimit time = this.procedures.find(d.procedureCode(), d.procedureVersion())
			.map((record) -> record.details().cases())
			.filter((cases) -> d.caseIndex() < cases.size())
			.map((cases) -> cases.get(d.caseIndex()))
			.map(ProcedureCase::time)
			.orElse(null);
		if (time == null) {
			return "—";
		}
		return time.amount() + switch (time.unit()) {
			case WORKING_DAYS -> " ngày làm việc";
			case WORKING_HOURS -> " giờ làm việc";
			case CALENDAR_DAYS -> " ngày";
		};
	}

	private String actorOf(DossierView d, String action) {
		return last(d, action).map(this::name).orElse("—");
	}

	private String name(DossierView.HistoryView entry) {
		return (entry.actorName() != null && !entry.actorName().isBlank()) ? entry.actorName() : entry.actor();
	}

	private static Optional<DossierView.HistoryView> last(DossierView d, String action) {
		DossierView.HistoryView found = null;
		for (DossierView.HistoryView entry : d.history()) {
			if (entry.action().equals(action)) {
				found = entry;
			}
		}
		return Optional.ofNullable(found);
	}

	private String name(String agencyCode) {
		return this.agencies.findByCode(agencyCode).map(AgencyView::name).orElse(agencyCode);
	}

	private static Instant require(@Nullable Instant instant, String form) {
		if (instant == null) {
			throw DomainException.notFound("dossier.form.not-issued", form);
		}
		return instant;
	}

	private static String text(@Nullable String value) {
		return (value == null || value.isBlank()) ? "—" : value;
	}

}
