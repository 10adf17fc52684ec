package vn.motcua.dossier.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.TrackingView;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.MaskedName;

/**
 * Builds what people see of a dossier: everything for those allowed, a masked view for
 * tracking.
 */
@Component
class DossierViews {

	private final DossierStore store;

	private final MessageSource messages;

	private final Agencies agencies;

	private static final long NAME_TTL_NANOS = 30_000_000_000L;

	private final Map<String, CachedName> agencyNames = new ConcurrentHashMap<>();

	DossierViews(DossierStore store, MessageSource messages, Agencies agencies) {
		this.store = store;
		this.messages = messages;
		this.agencies = agencies;
	}

	DossierView full(Dossier d) {
		List<DossierView.PaperView> papers = new ArrayList<>();
		for (DossierContent.Paper paper : d.content.papers) {
			papers.add(new DossierView.PaperView(paper.index(), paper.name(), paper.originals(), paper.copies(),
					paper.mandatory(), paper.received(), paper.files()));
		}
		List<DossierView.StepView> process = new ArrayList<>();
		for (int i = 0; i < d.content.steps.size(); i++) {
			DossierContent.Step step = d.content.steps.get(i);
			process.add(new DossierView.StepView(i, step.name(), step.role(), step.agencyCode(),
					step.share().toPlainString()));
		}
		DossierContent.Supplement supplement = d.content.supplement;
		DossierView.RequestView request = (supplement != null) ? new DossierView.RequestView(supplement.requestedAt(),
				supplement.requestedBy(), supplement.reason(), supplement.papers(), supplement.atIntake()) : null;
		List<DossierView.ConsultationView> consultations = d.content.consultations.stream()
			.map((c) -> new DossierView.ConsultationView(c.agencyCode(), c.question(), c.askedAt(), c.askedBy(),
					c.answerDue(), c.answer(), c.answeredAt(), c.answeredBy()))
			.toList();
		DossierContent.Payment payment = d.content.payment;
		DossierContent.Apology apology = d.content.apology;
		DossierContent.Refusal refusal = d.content.refusal;
		return new DossierView((d.code != null) ? d.code : "", d.status.code(), statusName(d.status), d.channel,
				d.procedureCode, d.procedureVersion, d.procedureName, d.caseIndex, d.content.caseName, d.agencyCode,
				d.deskAgencyCode, d.applicant, d.submittedAt, d.receivedAt, d.dueAt, d.originalDueAt, d.resolvedAt,
				d.returnedAt, d.outcome, d.currentStep, d.stepDueAt, d.stepAssignee, d.feesTotal, papers, process,
				request, consultations,
				(payment != null) ? new DossierView.PaymentView(payment.amountVnd(), payment.reason(),
						payment.requestedAt(), payment.paidAt()) : null,
				(apology != null) ? new DossierView.ApologyView(apology.reason(), apology.newDate(), apology.issuedAt(),
						apology.issuedBy(), apology.delays()) : null,
				(refusal != null) ? new DossierView.RefusalView(refusal.reasons(), refusal.legalBasis(), refusal.step(),
						refusal.decidedAt(), refusal.decidedBy(), refusal.decidedByName(), refusal.approvedAt(),
						refusal.approvedBy(), refusal.approvedByName()) : null,
				d.content.approved, (d.id > 0) ? this.store.steps(d.id) : List.of(),
				(d.id > 0) ? this.store.history(d.id) : List.of(), d.lockVersion);
	}

	TrackingView tracking(Dossier d) {
		Map<String, String> units = new HashMap<>();
		List<TrackingView.Entry> entries = new ArrayList<>();
		for (DossierView.HistoryView entry : this.store.history(d.id)) {
			if ("due-soon".equals(entry.action()) || "overdue".equals(entry.action())) {
				// internal warnings for the officers, not steps of the dossier
				continue;
			}
			String unit = (entry.agencyCode() != null) ? units.computeIfAbsent(entry.agencyCode(), this::agencyName)
					: null;
			DossierStatus status = DossierStatus.ofCode(entry.toStatus()).orElse(DossierStatus.NEW);
			entries.add(new TrackingView.Entry(entry.action(), actionName(entry.action(), entry.toStatus()),
					status.code(), statusName(status), entry.at(), unit));
		}
		List<String> missing = new ArrayList<>();
		if (d.status == DossierStatus.SUPPLEMENT_REQUESTED && d.content.supplement != null) {
			d.content.supplement.papers().forEach((paper) -> missing.add(paper.name()));
		}
		String agency = units.computeIfAbsent(d.agencyCode, this::agencyName);
		return new TrackingView(d.requireCode(), d.status.code(), statusName(d.status), d.procedureName, agency,
				mask(d.applicant.name()), d.receivedAt, d.dueAt, d.resolvedAt, d.returnedAt, refusalReturned(d),
				missing, entries);
	}

	/**
	 * The agency's name for public tracking, remembered for a short while: tracking is
	 * the busiest public page and agencies are renamed rarely (a new name shows within
	 * {@link #NAME_TTL_NANOS}).
	 */
	String agencyName(String code) {
		long now = System.nanoTime();
		CachedName cached = this.agencyNames.get(code);
		if (cached != null && now - cached.at() < NAME_TTL_NANOS) {
			return cached.name();
		}
		String name = this.agencies.findByCode(code).map(AgencyView::name).orElse(code);
		if (this.agencyNames.size() > 10_000) {
			this.agencyNames.clear();
		}
		this.agencyNames.put(code, new CachedName(name, now));
		return name;
	}

	private record CachedName(String name, long at) {
	}

	String statusName(DossierStatus status) {
		return this.messages.getMessage(status.messageKey(), null, status.name(), LocaleContextHolder.getLocale());
	}

	/**
	 * The name of an action in the history; a refusal after receipt (the dossier stays in
	 * processing) is a refusal to settle it, not to receive it.
	 */
	String actionName(String apiName, int toStatus) {
		String key = ("refuse".equals(apiName) && toStatus != DossierStatus.NOT_RECEIVED.code())
				? REFUSE_AFTER_APPRAISAL : "dossier.action." + apiName;
		return this.messages.getMessage(key, null, apiName, LocaleContextHolder.getLocale());
	}

	/** The message key of a refusal after appraisal, in histories and on pages. */
	static final String REFUSE_AFTER_APPRAISAL = "dossier.action.refuse-after-appraisal";

	/**
	 * Whether the dossier's result, ready or returned, is the refusal paper: what public
	 * tracking may say (not the reasons).
	 */
	static boolean refusalReturned(Dossier d) {
		return d.content.refusal != null && d.content.refusal.issued()
				&& (d.status == DossierStatus.RESOLVED || d.status == DossierStatus.RETURNED);
	}

	/**
	 * Masks a name for public tracking: the given name (last word) stays, the other words
	 * keep their first letter: "Nguyễn Văn An" → "N*** V*** An".
	 */
	static String mask(@Nullable String name) {
		return MaskedName.of(name);
	}

}
