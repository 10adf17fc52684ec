package vn.motcua.dossier.internal;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.DeadlineState;
import vn.motcua.calendar.Pause;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalog.Fee;
import vn.motcua.document.Documents;
import vn.motcua.catalog.ProcedureCase;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.Procedures;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierContact;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTransitioned;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Submission;
import vn.motcua.dossier.TrackingView;
import vn.motcua.identity.EmailAddress;
import vn.motcua.identity.PersonalIdNumber;
import vn.motcua.identity.PhoneNumber;
import vn.motcua.identity.Role;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.payment.PayableRequest;
import vn.motcua.payment.PayableStatus;
import vn.motcua.payment.Payables;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.VietnameseText;

/**
 * The dossier state machine. Each action loads the dossier, checks who acts and whether
 * the action is legal in the current status, changes it, writes it back only if nobody
 * changed it meanwhile (optimistic lock: the loser gets {@code dossier.already-handled}),
 * appends the history and step records and publishes a {@link DossierTransitioned} — all
 * in one transaction.
 */
@Service
public class DossierWorkflow implements Dossiers {

	static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");

	static final int MAX_TEXT = 2000;

	private final DossierStore store;

	private final Procedures procedures;

	private final Agencies agencies;

	private final WorkingCalendars calendars;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final boolean supplementRestartsClock;

	private final int supplementWithin;

	private final Set<String> supplementWithinExempt;

	private final DossierViews views;

	private final Documents documents;

	private final Payables payables;

	DossierWorkflow(DossierStore store, Procedures procedures, Agencies agencies, WorkingCalendars calendars,
			ApplicationEventPublisher events, Clock clock, JsonMapper json,
			PlatformTransactionManager transactionManager, DossierViews views, Documents documents, Payables payables,
			@Value("${motcua.dossier.supplement-restarts-clock:true}") boolean supplementRestartsClock,
			@Value("${motcua.dossier.supplement-within:3}") int supplementWithin,
			@Value("${motcua.dossier.supplement-within-exempt:}") Set<String> supplementWithinExempt) {
		this.store = store;
		this.procedures = procedures;
		this.agencies = agencies;
		this.calendars = calendars;
		this.events = events;
		this.clock = clock;
		this.json = json;
		this.transactions = new TransactionTemplate(transactionManager);
		this.views = views;
		this.documents = documents;
		this.payables = payables;
		this.supplementRestartsClock = supplementRestartsClock;
		this.supplementWithin = supplementWithin;
		this.supplementWithinExempt = Set.copyOf(supplementWithinExempt);
	}

	// ------------------------------------------------------------------ intake

	@Override
	public Submitted submit(Submission submission, Actor citizen, @Nullable String idempotencyKey) {
		requireCitizen(citizen);
		if (idempotencyKey == null) {
			return new Submitted(inTransaction(() -> createOnline(submission, citizen, null, null)), true);
		}
		String key = idempotencyKey.strip();
		if (key.isEmpty() || key.length() > 120) {
			throw DomainException.invalid("dossier.idempotency.key-invalid", "Idempotency-Key");
		}
		String client = "account:" + citizen.accountId();
		String hash = hash(submission);
		Optional<Submitted> earlier = replay(client, key, hash, citizen);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		try {
			return new Submitted(inTransaction(() -> createOnline(submission, citizen, client + "\n" + key, hash)),
					true);
		}
		catch (DuplicateKeyException ex) {
			// the same key arrived twice at the same moment: the other one created it
			return replay(client, key, hash, citizen).orElseThrow(() -> ex);
		}
	}

	private Optional<Submitted> replay(String client, String key, String hash, Actor citizen) {
		return this.store.findIdempotency(client, key).map((row) -> {
			if (!row.requestHash().equals(hash)) {
				throw DomainException.unprocessable("dossier.idempotency.mismatch", "Idempotency-Key");
			}
			Dossier dossier = this.store.findByCode(row.dossierCode()).orElseThrow();
			return new Submitted(this.views.full(dossier), false);
		});
	}

	private DossierView createOnline(Submission submission, Actor citizen, @Nullable String idempotency,
			@Nullable String hash) {
		Instant now = this.clock.instant();
		Dossier dossier = prepare(submission, Channel.ONLINE, citizen, true);
		dossier.ownerAccountId = citizen.accountId();
		dossier.status = DossierStatus.NEW;
		dossier.submittedAt = now;
		dossier.code = nextCode(dossier.deskAgencyCode, now);
		dossier.createdAt = now;
		touch(dossier, citizen, now);
		dossier.id = this.store.insert(dossier);
		if (idempotency != null && hash != null) {
			int split = idempotency.indexOf('\n');
			this.store.insertIdempotency(idempotency.substring(0, split), idempotency.substring(split + 1), hash,
					dossier.requireCode(), now);
		}
		record(dossier, DossierAction.SUBMIT, null, null, citizen, now, submission.note());
		return this.views.full(dossier);
	}

	@Override
	public DossierView register(Submission submission, Channel channel, Actor officer) {
		if (channel == Channel.ONLINE) {
			throw DomainException.invalid("dossier.channel.register-online", "channel");
		}
		return inTransaction(() -> {
			Instant now = this.clock.instant();
			Dossier dossier = prepare(submission, channel, officer, false);
			requireRole(officer, Role.ONE_STOP_OFFICER);
			requireScope(scopeOf(officer), dossier.deskAgencyCode);
			dossier.status = DossierStatus.NEW;
			dossier.code = nextCode(dossier.deskAgencyCode, now);
			dossier.createdAt = now;
			touch(dossier, officer, now);
			dossier.id = this.store.insert(dossier);
			record(dossier, DossierAction.REGISTER, null, null, officer, now, submission.note());
			receive(dossier, officer, now);
			save(dossier);
			return this.views.full(dossier);
		});
	}

	@Override
	public long saveDraft(@Nullable Long draftId, Submission submission, Actor citizen) {
		requireCitizen(citizen);
		return inTransaction(() -> {
			Dossier draft = prepareDraft(submission);
			draft.ownerAccountId = citizen.accountId();
			draft.createdAt = this.clock.instant();
			if (draftId == null) {
				return this.store.insert(draft);
			}
			Dossier existing = ownDraft(draftId, citizen);
			draft.id = existing.id;
			draft.lockVersion = existing.lockVersion;
			draft.createdAt = existing.createdAt;
			if (!this.store.update(draft)) {
				throw DomainException.conflict("dossier.already-handled", null, citizen.fullName());
			}
			return draft.id;
		});
	}

	@Override
	public Submission draft(long draftId, Actor citizen) {
		Dossier draft = ownDraft(draftId, citizen);
		return submissionOf(draft);
	}

	@Override
	public DossierView submitDraft(long draftId, Actor citizen) {
		requireCitizen(citizen);
		return inTransaction(() -> {
			Dossier draft = ownDraft(draftId, citizen);
			DossierView view = createOnline(submissionOf(draft), citizen, null, null);
			this.store.delete(draft.id);
			return view;
		});
	}

	@Override
	public void deleteDraft(long draftId, Actor citizen) {
		inTransaction(() -> {
			this.store.delete(ownDraft(draftId, citizen).id);
			return null;
		});
	}

	private Dossier ownDraft(long draftId, Actor citizen) {
		Dossier draft = this.store.findById(draftId)
			.filter((found) -> found.status == DossierStatus.DRAFT)
			.orElseThrow(() -> DomainException.notFound("dossier.draft.unknown", draftId));
		if (citizen.accountId() == null || !citizen.accountId().equals(draft.ownerAccountId)) {
			throw DomainException.notFound("dossier.draft.unknown", draftId);
		}
		return draft;
	}

	private Submission submissionOf(Dossier draft) {
		List<Submission.PaperSupplied> papers = new ArrayList<>();
		for (DossierContent.Paper paper : draft.content.papers) {
			papers.add(new Submission.PaperSupplied(paper.index(), paper.received(), paper.files()));
		}
		return new Submission(draft.procedureCode, draft.caseIndex, draft.agencyCode, draft.applicant,
				draft.content.formData, papers, draft.content.note);
	}

	/** A draft keeps whatever was typed, checked only for what the columns need. */
	private Dossier prepareDraft(Submission submission) {
		ProcedureRecord procedure = this.procedures.findPublished(submission.procedureCode())
			.orElseThrow(() -> DomainException.invalid("dossier.procedure.unknown", "procedureCode",
					submission.procedureCode()));
		Dossier dossier = new Dossier();
		dossier.status = DossierStatus.DRAFT;
		dossier.channel = Channel.ONLINE;
		fill(dossier, procedure, Math.max(0, Math.min(submission.caseIndex(), procedure.details().cases().size() - 1)),
				submission);
		String agency = (submission.agencyCode() == null) ? "" : submission.agencyCode().strip();
		dossier.agencyCode = agency;
		dossier.deskAgencyCode = agency;
		Applicant applicant = submission.applicant();
		dossier.applicant = new Applicant(limit(text(applicant.name()), 200), applicant.idNumber(), applicant.phone(),
				applicant.email(), applicant.address());
		return dossier;
	}

	/** Checks a submission fully and builds the dossier it describes. */
	private Dossier prepare(Submission submission, Channel channel, Actor actor, boolean online) {
		ProcedureRecord procedure = this.procedures.findPublished(text(submission.procedureCode()))
			.orElseThrow(() -> DomainException.invalid("dossier.procedure.unknown", "procedureCode",
					submission.procedureCode()));
		ProcedureDetails details = procedure.details();
		if (online && details.onlineMode() == vn.motcua.catalog.OnlineMode.IN_PERSON) {
			throw DomainException.invalid("dossier.procedure.not-online", "procedureCode", details.name());
		}
		if (submission.caseIndex() < 0 || submission.caseIndex() >= details.cases().size()) {
			throw DomainException.invalid("dossier.case.unknown", "caseIndex", submission.caseIndex());
		}
		String agencyCode = text(submission.agencyCode()).toUpperCase(Locale.ROOT);
		AgencyView agency = this.agencies.findByCode(agencyCode)
			.orElseThrow(
					() -> DomainException.invalid("dossier.agency.unknown", "agencyCode", submission.agencyCode()));
		if (!details.applicability().agencyLevels().contains(agency.level())
				&& !details.applicability().agencyCodes().contains(agency.code())) {
			throw DomainException.invalid("dossier.agency.not-competent", "agencyCode", agency.name(), details.name());
		}
		Applicant applicant = checkApplicant(submission.applicant());
		Dossier dossier = new Dossier();
		dossier.channel = channel;
		dossier.agencyCode = agency.code();
		dossier.deskAgencyCode = deskOf(agency);
		dossier.applicant = applicant;
		fill(dossier, procedure, submission.caseIndex(), submission);
		if (submission.note() != null && submission.note().length() > MAX_TEXT) {
			throw DomainException.invalid("dossier.text.too-long", "note", MAX_TEXT);
		}
		checkPapers(dossier, online);
		return dossier;
	}

	private void fill(Dossier dossier, ProcedureRecord procedure, int caseIndex, Submission submission) {
		ProcedureDetails details = procedure.details();
		ProcedureCase procedureCase = details.cases().get(caseIndex);
		dossier.procedureCode = procedure.code();
		dossier.procedureVersion = procedure.version();
		dossier.procedureName = details.name();
		dossier.caseIndex = caseIndex;
		DossierContent content = new DossierContent();
		content.formData = submission.formData();
		for (var entry : content.formData.entrySet()) {
			if (entry.getKey().length() > 100 || entry.getValue().length() > MAX_TEXT) {
				throw DomainException.invalid("dossier.text.too-long", "formData." + limit(entry.getKey(), 100),
						MAX_TEXT);
			}
		}
		content.note = blankToNull(submission.note());
		content.caseName = procedureCase.name();
		content.time = procedureCase.time();
		content.processUnit = details.process().unit();
		List<RequiredDocument> documents = details.documents();
		for (int i = 0; i < documents.size(); i++) {
			RequiredDocument document = documents.get(i);
			content.papers.add(new DossierContent.Paper(i, document.name(), document.originals(), document.copies(),
					document.requirement() == RequiredDocument.Requirement.MANDATORY, false, List.of()));
		}
		for (Submission.PaperSupplied supplied : submission.papers()) {
			if (supplied.index() < 0 || supplied.index() >= documents.size()) {
				throw DomainException.invalid("dossier.paper.unknown", "papers", supplied.index());
			}
			DossierContent.Paper paper = content.papers.get(supplied.index());
			requireDocuments(supplied.documentIds(), "papers[" + supplied.index() + "].documentIds");
			content.papers.set(supplied.index(), paper.with(supplied.received(), supplied.documentIds()));
		}
		long total = 0;
		boolean known = false;
		for (Fee fee : procedureCase.fees()) {
			content.fees.add(new DossierContent.FeeLine(fee.kind().name(), fee.amountVnd(), fee.description()));
			if (fee.kind() == Fee.Kind.AMOUNT && fee.amountVnd() != null) {
				total += fee.amountVnd();
				known = true;
			}
			else if (fee.kind() == Fee.Kind.FREE) {
				known = true;
			}
		}
		dossier.feesTotal = known ? total : null;
		for (ProcessStep step : details.process().steps()) {
			String agency = "ONE_STOP_DESK".equals(step.unitType()) ? dossier.deskAgencyCode : dossier.agencyCode;
			content.steps.add(new DossierContent.Step(step.name(), step.role(), step.unitType(), agency, step.share()));
		}
		dossier.content = content;
	}

	/** Every file named exists in the document store (uploaded before). */
	private void requireDocuments(List<java.util.UUID> ids, String field) {
		if (ids.size() > 20) {
			throw DomainException.invalid("dossier.files.too-many", field, 20);
		}
		for (java.util.UUID id : ids) {
			if (this.documents.find(id).isEmpty()) {
				throw DomainException.invalid("dossier.document.unknown", field, id);
			}
		}
	}

	private void checkPapers(Dossier dossier, boolean online) {
		List<String> missing = new ArrayList<>();
		for (DossierContent.Paper paper : dossier.content.papers) {
			boolean supplied = !paper.files().isEmpty() || (!online && paper.received());
			if (paper.mandatory() && !supplied) {
				missing.add(paper.name());
			}
		}
		if (!missing.isEmpty()) {
			throw DomainException.invalid("dossier.papers.missing", "papers", String.join("; ", missing));
		}
	}

	private Applicant checkApplicant(@Nullable Applicant applicant) {
		if (applicant == null) {
			throw DomainException.invalid("dossier.applicant.name-required", "applicant.name");
		}
		String name = VietnameseText.normalize(text(applicant.name()));
		if (name.isEmpty()) {
			throw DomainException.invalid("dossier.applicant.name-required", "applicant.name");
		}
		if (name.length() > 200) {
			throw DomainException.invalid("dossier.text.too-long", "applicant.name", 200);
		}
		String phone = blankToNull(applicant.phone());
		if (phone == null) {
			throw DomainException.invalid("dossier.applicant.phone-required", "applicant.phone");
		}
		String parsedPhone = PhoneNumber.parse(phone)
			.map(PhoneNumber::value)
			.orElseThrow(() -> DomainException.invalid("dossier.applicant.phone-invalid", "applicant.phone", phone));
		String idNumber = blankToNull(applicant.idNumber());
		if (idNumber != null) {
			String digits = PersonalIdNumber.digitsOf(idNumber);
			Optional<String> problem = PersonalIdNumber.problemWith(digits,
					LocalDate.now(this.clock.withZone(Deadlines.VIETNAM)).getYear());
			if (problem.isPresent()) {
				throw DomainException.invalid("dossier.applicant.id-invalid", "applicant.idNumber", idNumber);
			}
			idNumber = digits;
		}
		String email = blankToNull(applicant.email());
		if (email != null) {
			String raw = email;
			email = EmailAddress.parse(email)
				.map(EmailAddress::value)
				.orElseThrow(() -> DomainException.invalid("dossier.applicant.email-invalid", "applicant.email", raw));
		}
		String address = blankToNull(applicant.address());
		if (address != null && address.length() > 500) {
			throw DomainException.invalid("dossier.text.too-long", "applicant.address", 500);
		}
		return new Applicant(name, idNumber, parsedPhone, email, address);
	}

	/**
	 * The desk that receives for an agency: a commune's own, else the provincial
	 * centre's.
	 */
	String deskOf(AgencyView agency) {
		if (agency.level() == AgencyLevel.COMMUNE || agency.level() == AgencyLevel.SERVICE_CENTRE) {
			return agency.code();
		}
		if (this.agencies.deskOf(agency.code()).isPresent()) {
			return agency.code();
		}
		return this.agencies.mainDesk().map((desk) -> desk.agencyCode()).orElse(agency.code());
	}

	private String nextCode(String deskAgencyCode, Instant now) {
		String prefix = this.agencies.dossierIdentifierOf(deskAgencyCode)
			.filter((identifier) -> !identifier.isBlank())
			.orElse(deskAgencyCode);
		LocalDate day = LocalDate.ofInstant(now, Deadlines.VIETNAM);
		int number = this.store.nextNumber(prefix, day);
		if (number > 9999) {
			throw DomainException.conflict("dossier.code.exhausted", null, prefix, day);
		}
		return prefix + "-" + CODE_DATE.format(day) + "-" + String.format(Locale.ROOT, "%04d", number);
	}

	// ------------------------------------------------------------------ actions

	@Override
	public DossierView act(String code, DossierAction action, ActionInput input, Actor actor) {
		return inTransaction(() -> {
			Dossier dossier = this.store.findByCode(code)
				.orElseThrow(() -> DomainException.notFound("dossier.unknown", code));
			claim(dossier);
			Instant now = this.clock.instant();
			// the agencies the actor works on, taken once for all the checks of the
			// action
			Set<String> scope = scopeOf(actor);
			switch (action) {
				case RECEIVE -> {
					requireStatus(dossier, action, DossierStatus.NEW);
					requireRole(actor, Role.ONE_STOP_OFFICER);
					requireScope(scope, dossier.deskAgencyCode);
					receive(dossier, actor, now);
				}
				case REFUSE -> refuse(dossier, input, actor, scope, now);
				case REQUEST_SUPPLEMENT -> requestSupplement(dossier, input, actor, scope, now);
				case SUPPLEMENT -> supplement(dossier, input, actor, scope, now);
				case FORWARD -> forward(dossier, input, actor, scope, now);
				case RETURN_TO_STEP -> returnToStep(dossier, input, actor, scope, now);
				case CONSULT -> consult(dossier, input, actor, scope, now);
				case CONSULT_ANSWER -> consultAnswer(dossier, input, actor, scope, now);
				case REQUEST_PAYMENT -> requestPayment(dossier, input, actor, scope, now);
				case PAYMENT_RECEIVED -> paymentReceived(dossier, input, actor, scope, now);
				case APPROVE -> approve(dossier, input, actor, scope, now);
				case RESULT_READY -> resultReady(dossier, input, actor, scope, now);
				case RETURN_RESULT -> returnResult(dossier, input, actor, scope, now);
				case WITHDRAW -> withdraw(dossier, input, actor, scope, now);
				case STOP -> stop(dossier, input, actor, scope, now);
				case APOLOGIZE -> apologize(dossier, input, actor, scope, now);
				default -> throw DomainException.invalid("dossier.action.unknown", "action", action.apiName());
			}
			save(dossier);
			return this.views.full(dossier);
		});
	}

	private void receive(Dossier dossier, Actor actor, Instant now) {
		DossierStatus from = dossier.status;
		dossier.receivedAt = now;
		dossier.countingFrom = now;
		Deadlines deadlines = deadlines(dossier);
		Deadline deadline = deadlines.compute(local(now), dossier.content.time, List.of());
		dossier.dueAt = instant(deadline.due());
		dossier.calendarVersion = deadline.calendarVersion();
		dossier.status = DossierStatus.RECEIVED;
		touch(dossier, actor, now);
		record(dossier, DossierAction.RECEIVE, from, null, actor, now, null);
		startStep(dossier, 0, now, deadlines, actor);
	}

	/**
	 * A refusal. Before receipt, the desk refuses to receive the dossier (status 3, the
	 * Phiếu từ chối tiếp nhận). After receipt, the appraisal concludes with a refusal
	 * (Decree 61/2018 Art. 19 as amended: the dossier is returned with a Phiếu từ chối
	 * giải quyết hồ sơ giving reasons, entered as its result, within the processing
	 * time): see {@link #refuseAfterAppraisal}.
	 */
	private void refuse(Dossier dossier, ActionInput input, Actor actor, Set<String> scope, Instant now) {
		if (dossier.receivedAt != null) {
			refuseAfterAppraisal(dossier, input, actor, scope, now);
			return;
		}
		requireStatus(dossier, DossierAction.REFUSE, DossierStatus.NEW, DossierStatus.SUPPLEMENT_REQUESTED);
		requireRole(actor, Role.ONE_STOP_OFFICER);
		requireScope(scope, dossier.deskAgencyCode);
		String reason = requireText(input.reason(), "reason");
		DossierStatus from = dossier.status;
		dossier.content.refusalReason = reason;
		dossier.status = DossierStatus.NOT_RECEIVED;
		touch(dossier, actor, now);
		record(dossier, DossierAction.REFUSE, from, null, actor, now, reason);
	}

	/**
	 * The appraisal concludes with a refusal. Who appraises decides: the actor of the
	 * current step, which is not the desk's (the desk hands the paper over, it does not
	 * appraise). The reasons and their legal basis are mandatory, and the refusal must
	 * come within the processing time: past the appointment the agency first apologises
	 * and sets a new date (once). The refusal then goes the way of a result: to the next
	 * leader's step for approval, or approved at once when a leader decides at their own
	 * step or no approval follows; the desk marks it ready and returns the paper.
	 */
	private void refuseAfterAppraisal(Dossier dossier, ActionInput input, Actor actor, Set<String> scope, Instant now) {
		if (dossier.status == DossierStatus.SUPPLEMENT_REQUESTED || dossier.status == DossierStatus.PAYMENT_REQUESTED) {
			throw DomainException.conflict("dossier.refuse.paused", null);
		}
		requireStatus(dossier, DossierAction.REFUSE, DossierStatus.RECEIVED, DossierStatus.PROCESSING);
		requireStaff(actor);
		int current = currentStep(dossier);
		DossierContent.Step step = dossier.step(current);
		if (Role.ONE_STOP_OFFICER.name().equals(step.role())) {
			throw DomainException.forbidden("dossier.refuse.appraiser-only");
		}
		requireStepActor(dossier, actor, scope);
		if (dossier.content.refusal != null) {
			throw DomainException.conflict("dossier.refuse.already", null);
		}
		requireNoOpenConsultation(dossier);
		String reasons = blankToNull(input.reason());
		if (reasons == null) {
			throw DomainException.invalid("dossier.refuse.reasons-required", "reason");
		}
		if (reasons.length() > MAX_TEXT) {
			throw DomainException.invalid("dossier.text.too-long", "reason", MAX_TEXT);
		}
		String legalBasis = blankToNull(input.legalBasis());
		if (legalBasis == null) {
			throw DomainException.invalid("dossier.refuse.legal-basis-required", "legalBasis");
		}
		if (legalBasis.length() > MAX_TEXT) {
			throw DomainException.invalid("dossier.text.too-long", "legalBasis", MAX_TEXT);
		}
		Instant due = dossier.dueAt;
		if (due != null && now.isAfter(due)) {
			throw DomainException.unprocessable(
					(dossier.apologyCount > 0) ? "dossier.refuse.after-new-date" : "dossier.refuse.after-deadline",
					null, DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").format(local(due)));
		}
		boolean leaderStep = isLeaderRole(step.role());
		Integer approver = leaderStep ? null : nextLeaderStep(dossier, current);
		DossierContent.Refusal refusal = new DossierContent.Refusal(reasons, legalBasis, current, now, actor.username(),
				actor.fullName(), null, null, null);
		if (approver == null) {
			// a leader decides at their step, or no approval follows in the process
			refusal = refusal.approved(now, actor.username(), actor.fullName());
		}
		if (leaderStep) {
			dossier.content.approved = true;
			dossier.content.approvedBy = actor.username();
		}
		dossier.content.refusal = refusal;
		dossier.appraisalRefusedAt = now;
		if (approver != null) {
			moveTo(dossier, approver, null, actor, now, "refused");
		}
		else if (dossier.isLastStep(current)) {
			finishCurrentStep(dossier, now, actor, "refused");
			dossier.currentStep = null;
			dossier.stepDueAt = null;
			dossier.stepStartedAt = null;
		}
		else {
			moveTo(dossier, current + 1, null, actor, now, "refused");
		}
		DossierStatus from = dossier.status;
		dossier.status = DossierStatus.PROCESSING;
		touch(dossier, actor, now);
		record(dossier, DossierAction.REFUSE, from, current, actor, now, refusal.summary());
	}

	/** The first leader's step after the given one, if the process has one. */
	private static @Nullable Integer nextLeaderStep(Dossier dossier, int after) {
		for (int i = after + 1; i < dossier.content.steps.size(); i++) {
			if (isLeaderRole(dossier.step(i).role())) {
				return i;
			}
		}
		return null;
	}

	/**
	 * Once the appraisal concluded with a refusal, nothing more is asked of the
	 * applicant.
	 */
	private static void requireNoRefusal(Dossier dossier) {
		if (dossier.content.refusal != null) {
			throw DomainException.conflict("dossier.refuse.decided", null);
		}
	}

	private void requestSupplement(Dossier dossier, ActionInput input, Actor actor, Set<String> scope, Instant now) {
		requireStatus(dossier, DossierAction.REQUEST_SUPPLEMENT, DossierStatus.NEW, DossierStatus.RECEIVED,
				DossierStatus.PROCESSING);
		boolean atIntake = dossier.status == DossierStatus.NEW;
		if (atIntake) {
			requireRole(actor, Role.ONE_STOP_OFFICER);
			requireScope(scope, dossier.deskAgencyCode);
		}
		else {
			requireStepActor(dossier, actor, scope);
		}
		requireNoRefusal(dossier);
		if (dossier.supplementCount > 0) {
			throw DomainException.conflict("dossier.supplement.once", null);
		}
		if (!atIntake) {
			requireSupplementInTime(dossier, now);
		}
		List<ActionInput.PaperNote> papers = input.paperNotes();
		if (papers.isEmpty()) {
			throw DomainException.invalid("dossier.supplement.papers-required", "papers");
		}
		List<ActionInput.PaperNote> named = new ArrayList<>();
		for (int i = 0; i < papers.size(); i++) {
			ActionInput.PaperNote paper = papers.get(i);
			String name = requireText(paper.name(), "papers[" + i + "].name");
			String why = requireText(paper.reason(), "papers[" + i + "].reason");
			named.add(new ActionInput.PaperNote(name, why, null));
		}
		DossierStatus from = dossier.status;
		dossier.content.supplement = new DossierContent.Supplement(now, actor.username(), blankToNull(input.reason()),
				named, atIntake, null);
		dossier.supplementCount = 1;
		if (!atIntake) {
			dossier.pausedSince = now;
			dossier.content.openPause = new DossierContent.OpenPause(now, Pause.Reason.SUPPLEMENT_REQUESTED.name(),
					from);
		}
		dossier.status = DossierStatus.SUPPLEMENT_REQUESTED;
		touch(dossier, actor, now);
		StringBuilder note = new StringBuilder();
		named.forEach((paper) -> note.append((note.length() > 0) ? "; " : "")
			.append(paper.name())
			.append(": ")
			.append(paper.reason()));
		record(dossier, DossierAction.REQUEST_SUPPLEMENT, from, dossier.currentStep, actor, now, note.toString());
	}

	/**
	 * A supplement asked for during processing must go out within
	 * {@code motcua.dossier.supplement-within} working days (3) of receipt (Decree 61
	 * Art. 19.4), unless the procedure is listed in
	 * {@code motcua.dossier.supplement-within-exempt} because its specialised law says
	 * otherwise. Later, the dossier must be decided on as it is (or refused with
	 * reasons).
	 */
	private void requireSupplementInTime(Dossier dossier, Instant now) {
		if (dossier.receivedAt == null || this.supplementWithinExempt.contains(dossier.procedureCode)) {
			return;
		}
		Deadlines deadlines = deadlines(dossier);
		LocalDateTime limit = deadlines.add(deadlines.countingStart(local(dossier.receivedAt)),
				TimeLimit.workingDays(this.supplementWithin));
		if (local(now).isAfter(limit)) {
			throw DomainException.unprocessable("dossier.supplement.too-late", null, this.supplementWithin,
					limit.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")));
		}
	}

	private void supplement(Dossier dossier, ActionInput input, Actor actor, Set<String> scope, Instant now) {
		requireStatus(dossier, DossierAction.SUPPLEMENT, DossierStatus.SUPPLEMENT_REQUESTED);
		if (actor.kind() == Actor.Kind.CITIZEN) {
			requireOwner(dossier, actor);
		}
		else {
			requireRole(actor, Role.ONE_STOP_OFFICER);
			requireScope(scope, dossier.deskAgencyCode);
		}
		DossierContent.Supplement request = dossier.content.supplement;
		if (request == null) {
			throw conflict(dossier, DossierAction.SUPPLEMENT);
		}
		boolean anything = blankToNull(input.note()) != null;
		for (ActionInput.PaperNote supplied : input.paperNotes()) {
			if (supplied.files().isEmpty()) {
				continue;
			}
			anything = true;
			String name = requireText(supplied.name(), "papers");
			requireDocuments(supplied.files(), "papers");
			int index = paperIndex(dossier, name);
			if (index >= 0) {
				DossierContent.Paper paper = dossier.content.papers.get(index);
				dossier.content.papers.set(index, paper.with(actor.isStaff(), supplied.files()));
			}
			else {
				dossier.content.papers.add(new DossierContent.Paper(dossier.content.papers.size(), name, 1, 0, false,
						actor.isStaff(), supplied.files()));
			}
		}
		if (!anything) {
			throw DomainException.invalid("dossier.supplement.nothing", "papers");
		}
		DossierStatus from = dossier.status;
		dossier.content.supplement = new DossierContent.Supplement(request.requestedAt(), request.requestedBy(),
				request.reason(), request.papers(), request.atIntake(), now);
		if (request.atIntake()) {
			dossier.status = DossierStatus.NEW;
		}
		else {
			resumeClock(dossier, now, this.supplementRestartsClock);
		}
		touch(dossier, actor, now);
		record(dossier, DossierAction.SUPPLEMENT, from, dossier.currentStep, actor, now, blankToNull(input.note()));
	}

	private int paperIndex(Dossier dossier, String name) {
		String folded = VietnameseText.fold(name);
		for (DossierContent.Paper paper : dossier.content.papers) {
			if (VietnameseText.fold(paper.name()).equals(folded)) {
				return paper.index();
			}
		}
		return -1;
	}

	/**
	 * Ends a pause. A complete supplement during processing restarts the clock in full
	 * (Decree 61/2018 Art. 19.4: "tính lại từ đầu"); with the setting off, and for a
	 * payment, the due date moves by the working time paused.
	 */
	private void resumeClock(Dossier dossier, Instant now, boolean restart) {
		DossierContent.OpenPause pause = dossier.content.openPause;
		if (pause == null) {
			throw new IllegalStateException("no pause to end on " + dossier.code);
		}
		Deadlines deadlines = deadlines(dossier);
		long pausedSeconds = Math.max(0, deadlines.workingSecondsBetween(local(pause.from()), local(now)));
		if (restart) {
			dossier.countingFrom = now;
			dossier.content.pauses.clear();
		}
		else {
			dossier.content.pauses.add(new DossierContent.PauseRecord(pause.from(), now, pause.reason()));
		}
		dossier.content.openPause = null;
		dossier.pausedSince = null;
		dossier.status = pause.resumeStatus();
		recomputeDue(dossier, deadlines);
		// the current step gets its time back
		dossier.content.stepPausedSeconds += pausedSeconds;
		if (dossier.stepDueAt != null && dossier.currentStep != null) {
			Instant stepDue = restart
					? stepDue(dossier, deadlines, now, stepSeconds(dossier, dossier.currentStep, deadlines))
					: shift(dossier, deadlines, dossier.stepDueAt, pausedSeconds);
			dossier.stepDueAt = stepDue;
			if (restart) {
				dossier.stepStartedAt = now;
				dossier.content.stepPausedSeconds = 0;
			}
			this.store.moveStepDue(dossier, stepDue);
		}
	}

	private void recomputeDue(Dossier dossier, Deadlines deadlines) {
		Deadline deadline = computeDue(dossier, deadlines);
		if (deadline == null) {
			return;
		}
		Instant due = instant(deadline.due());
		if (dossier.content.apology != null && dossier.dueAt != null && dossier.dueAt.isAfter(due)) {
			// the date promised in the apology letter stays unless the clock moves it
			// later
			return;
		}
		dossier.dueAt = due;
		dossier.calendarVersion = deadline.calendarVersion();
	}

	/**
	 * The due date from where the clock counts, the legal time and the finished pauses,
	 * with the given calendar; none before the dossier is received.
	 */
	static @Nullable Deadline computeDue(Dossier dossier, Deadlines deadlines) {
		Instant from = (dossier.countingFrom != null) ? dossier.countingFrom : dossier.receivedAt;
		if (from == null) {
			return null;
		}
		List<Pause> pauses = new ArrayList<>();
		for (DossierContent.PauseRecord pause : dossier.content.pauses) {
			pauses.add(new Pause(local(pause.from()), local(pause.to()), Pause.Reason.valueOf(pause.reason())));
		}
		return deadlines.compute(local(from), dossier.content.time, pauses);
	}

	private Instant shift(Dossier dossier, Deadlines deadlines, Instant due, long workingSeconds) {
		if (dossier.content.processUnit == TimeLimit.Unit.CALENDAR_DAYS) {
			return due.plusSeconds(workingSeconds);
		}
		return instant(deadlines.addWorkingSeconds(local(due), workingSeconds));
	}

	private void forward(Dossier dossier, ActionInput input, Actor actor, Set<String> scope, Instant now) {
		requireStatus(dossier, DossierAction.FORWARD, DossierStatus.RECEIVED, DossierStatus.PROCESSING);
		int current = currentStep(dossier);
		DossierContent.Step step = dossier.step(current);
		if (isLeaderRole(step.role())) {
			throw DomainException.conflict("dossier.forward.needs-approval", null, step.name());
		}
		if (dossier.isLastStep(current)) {
			throw DomainException.conflict("dossier.forward.last-step", null, step.name());
		}
		requireStepActor(dossier, actor, scope);
		requireNoOpenConsultation(dossier);
		String assignee = blankToNull(input.assignee());
		moveTo(dossier, current + 1, assignee, actor, now, "forwarded");
		DossierStatus from = dossier.status;
		dossier.status = DossierStatus.PROCESSING;
		touch(dossier, actor, now);
		record(dossier, DossierAction.FORWARD, from, current + 1, actor, now, blankToNull(input.note()));
	}

	private void returnToStep(Dossier dossier, ActionInput input, Actor actor, Set<String> scope, Instant now) {
		requireStatus(dossier, DossierAction.RETURN_TO_STEP, DossierStatus.PROCESSING);
		int current = currentStep(dossier);
		Integer target = input.step();
		if (target == null) {
			throw DomainException.invalid("dossier.return.step-required", "step");
		}
		if (target < 0 || target >= current) {
			throw DomainException.invalid("dossier.return.step-invalid", "step", target + 1, current + 1);
		}
		requireStepActor(dossier, actor, scope);
		String reason = requireText(input.reason(), "reason");
		if (dossier.content.approved && target < current) {
			// a result returned for rework needs approving again
			dossier.content.approved = false;
			dossier.content.approvedBy = null;
		}
		DossierContent.Refusal refusal = dossier.content.refusal;
		if (refusal != null) {
			if (target <= refusal.step()) {
				// the refusal goes back to be appraised again (the history keeps it)
				dossier.content.refusal = null;
				dossier.appraisalRefusedAt = null;
			}
			else {
				dossier.content.refusal = refusal.approved(null, null, null);
			}
		}
		moveTo(dossier, target, null, actor, now, "returned");
		touch(dossier, actor, now);
		record(dossier, DossierAction.RETURN_TO_STEP, dossier.status, target, actor, now, reason);
	}

	private void consult(Dossier dossier, ActionInput input, Actor actor, Set<String> scope, Instant now) {
		requireStatus(dossier, DossierAction.CONSULT, DossierStatus.PROCESSING);
		requireStepActor(dossier, actor, scope);
		String agencyCode = requireText(input.agency(), "agency").toUpperCase(Locale.ROOT);
		AgencyView agency = this.agencies.findByCode(agencyCode)
			.orElseThrow(() -> DomainException.invalid("dossier.agency.unknown", "agency", input.agency()));
		if (agency.code().equals(dossier.agencyCode)) {
			throw DomainException.invalid("dossier.consult.same-agency", "agency", agency.name());
		}
		String question = requireText(input.reason(), "reason");
		LocalDate due = input.newDate();
		if (due != null && !due.isAfter(LocalDate.ofInstant(now, Deadlines.VIETNAM))) {
			throw DomainException.invalid("dossier.date.not-future", "newDate", due);
		}
		for (DossierContent.Consultation open : dossier.content.consultations) {
			if (open.open() && open.agencyCode().equals(agency.code())) {
				throw DomainException.conflict("dossier.consult.already-open", "agency", agency.name());
			}
		}
		dossier.content.consultations.add(
				new DossierContent.Consultation(agency.code(), question, now, actor.username(), due, null, null, null));
		touch(dossier, actor, now);
		record(dossier, DossierAction.CONSULT, dossier.status, dossier.currentStep, actor, now,
				agency.name() + ": " + question);
	}

	private void consultAnswer(Dossier dossier, ActionInput input, Actor actor, Set<String> scope, Instant now) {
		requireStatus(dossier, DossierAction.CONSULT_ANSWER, DossierStatus.PROCESSING);
		requireStaff(actor);
		String answer = requireText(input.note(), "note");
		List<DossierContent.Consultation> consultations = dossier.content.consultations;
		for (int i = 0; i < consultations.size(); i++) {
			DossierContent.Consultation consultation = consultations.get(i);
			if (consultation.open() && scope.contains(consultation.agencyCode())
					&& (input.agency() == null || consultation.agencyCode().equalsIgnoreCase(input.agency().strip()))) {
				consultations.set(i,
						new DossierContent.Consultation(consultation.agencyCode(), consultation.question(),
								consultation.askedAt(), consultation.askedBy(), consultation.answerDue(), answer, now,
								actor.username()));
				touch(dossier, actor, now);
				record(dossier, DossierAction.CONSULT_ANSWER, dossier.status, dossier.currentStep, actor, now, answer);
				return;
			}
		}
		throw DomainException.conflict("dossier.consult.none-open", null);
	}

	private void requestPayment(Dossier dossier, ActionInput input, Actor actor, Set<String> scope, Instant now) {
		requireStatus(dossier, DossierAction.REQUEST_PAYMENT, DossierStatus.RECEIVED, DossierStatus.PROCESSING);
		requireStepActor(dossier, actor, scope);
		requireNoRefusal(dossier);
		// without an amount or fees, the schedule's stated amounts apply
		Long asked = input.amountVnd();
		if (asked != null && asked <= 0) {
			throw DomainException.invalid("dossier.payment.amount-positive", "amountVnd", asked);
		}
		String reason = requireText(input.reason(), "reason");
		// the payment module assesses the amount from the procedure case's fee schedule
		// and keeps the payable that cash and online payments are credited to
		long amount = this.payables
			.open(new PayableRequest(dossier.requireCode(), dossier.agencyCode, dossier.deskAgencyCode,
					dossier.applicant.name(), dossier.ownerAccountId, dossier.procedureCode, dossier.procedureVersion,
					dossier.caseIndex, input.feeChoices(), asked, reason, actor.username()))
			.amountVnd();
		DossierStatus from = dossier.status;
		dossier.content.payment = new DossierContent.Payment(amount, reason, now, null);
		dossier.pausedSince = now;
		dossier.content.openPause = new DossierContent.OpenPause(now, Pause.Reason.FINANCIAL_OBLIGATION.name(), from);
		dossier.status = DossierStatus.PAYMENT_REQUESTED;
		touch(dossier, actor, now);
		record(dossier, DossierAction.REQUEST_PAYMENT, from, dossier.currentStep, actor, now,
				String.format(Locale.ROOT, "%,d VND: %s", amount, reason));
	}

	private void paymentReceived(Dossier dossier, ActionInput input, Actor actor, Set<String> scope, Instant now) {
		requireStatus(dossier, DossierAction.PAYMENT_RECEIVED, DossierStatus.PAYMENT_REQUESTED);
		// the system acts when the payment module reports the payable paid
		if (actor.kind() != Actor.Kind.SYSTEM) {
			requireStaff(actor);
			if (!actor.hasRole(Role.ONE_STOP_OFFICER)) {
				requireStepActor(dossier, actor, scope);
			}
			else {
				requireAnyScope(scope, dossier.deskAgencyCode, dossier.agencyCode);
			}
			// money is taken through the payment module (receipt), never just declared
			this.payables.find(dossier.requireCode())
				.filter((payable) -> payable.status() == PayableStatus.DUE)
				.ifPresent((payable) -> {
					throw DomainException.conflict("dossier.payment.unpaid", null, payable.outstandingVnd());
				});
		}
		DossierContent.Payment payment = dossier.content.payment;
		if (payment == null) {
			throw conflict(dossier, DossierAction.PAYMENT_RECEIVED);
		}
		DossierStatus from = dossier.status;
		dossier.content.payment = new DossierContent.Payment(payment.amountVnd(), payment.reason(),
				payment.requestedAt(), now);
		resumeClock(dossier, now, false);
		touch(dossier, actor, now);
		record(dossier, DossierAction.PAYMENT_RECEIVED, from, dossier.currentStep, actor, now,
				blankToNull(input.note()));
	}

	private void approve(Dossier dossier, ActionInput input, Actor actor, Set<String> scope, Instant now) {
		requireStatus(dossier, DossierAction.APPROVE, DossierStatus.PROCESSING);
		int current = currentStep(dossier);
		DossierContent.Step step = dossier.step(current);
		if (!isLeaderRole(step.role())) {
			throw DomainException.conflict("dossier.approve.not-leader-step", null, step.name());
		}
		requireStepActor(dossier, actor, scope);
		requireNoOpenConsultation(dossier);
		dossier.content.approved = true;
		dossier.content.approvedBy = actor.username();
		DossierContent.Refusal refusal = dossier.content.refusal;
		if (refusal != null) {
			// the leader signs the refusal paper
			dossier.content.refusal = refusal.approved(now, actor.username(), actor.fullName());
		}
		if (dossier.isLastStep(current)) {
			finishCurrentStep(dossier, now, actor, "approved");
			dossier.currentStep = null;
			dossier.stepDueAt = null;
			dossier.stepStartedAt = null;
		}
		else {
			moveTo(dossier, current + 1, null, actor, now, "approved");
		}
		touch(dossier, actor, now);
		record(dossier, DossierAction.APPROVE, dossier.status, current, actor, now, blankToNull(input.note()));
	}

	private void resultReady(Dossier dossier, ActionInput input, Actor actor, Set<String> scope, Instant now) {
		requireStatus(dossier, DossierAction.RESULT_READY, DossierStatus.PROCESSING);
		DossierContent.Refusal refusal = dossier.content.refusal;
		if (refusal != null && !refusal.issued()) {
			throw DomainException.conflict("dossier.refuse.not-approved", null);
		}
		if (refusal == null && needsApproval(dossier) && !dossier.content.approved) {
			throw DomainException.conflict("dossier.result.not-approved", null);
		}
		requireNoOpenConsultation(dossier);
		Integer current = dossier.currentStep;
		if (current != null) {
			boolean lastDeskStep = dossier.isLastStep(current);
			if (!lastDeskStep) {
				throw DomainException.conflict("dossier.result.steps-left", null, dossier.step(current).name());
			}
			requireStepActor(dossier, actor, scope);
		}
		else {
			requireStaff(actor);
			requireAnyScope(scope, dossier.deskAgencyCode, dossier.agencyCode);
		}
		DossierStatus from = dossier.status;
		dossier.resolvedAt = now;
		Deadlines deadlines = deadlines(dossier);
		dossier.outcome = outcome(dossier, deadlines, now).name();
		dossier.status = DossierStatus.RESOLVED;
		touch(dossier, actor, now);
		String note = blankToNull(input.note());
		if (refusal != null) {
			// the applicant's notice gives the reasons of the refusal
			note = refusal.summary() + ((note != null) ? " — " + note : "");
		}
		record(dossier, DossierAction.RESULT_READY, from, current, actor, now, note);
	}

	private DeadlineState outcome(Dossier dossier, Deadlines deadlines, Instant at) {
		Instant due = dossier.dueAt;
		if (due == null) {
			return DeadlineState.ON_TIME;
		}
		// the apology's new date does not make a late dossier on time
		Instant measured = (dossier.originalDueAt != null) ? dossier.originalDueAt : due;
		if (at.isAfter(measured)) {
			return DeadlineState.LATE;
		}
		LocalDate day = LocalDate.ofInstant(at, Deadlines.VIETNAM);
		return day.isBefore(LocalDate.ofInstant(measured, Deadlines.VIETNAM)) ? DeadlineState.EARLY
				: DeadlineState.ON_TIME;
	}

	private void returnResult(Dossier dossier, ActionInput input, Actor actor, Set<String> scope, Instant now) {
		if (dossier.status == DossierStatus.PROCESSING) {
			DossierContent.Refusal refusal = dossier.content.refusal;
			boolean approved = (refusal != null) ? refusal.issued()
					: (!needsApproval(dossier) || dossier.content.approved);
			throw DomainException.conflict(approved ? "dossier.return.not-ready" : "dossier.return.not-approved", null);
		}
		requireStatus(dossier, DossierAction.RETURN_RESULT, DossierStatus.RESOLVED);
		requireRole(actor, Role.ONE_STOP_OFFICER);
		requireScope(scope, dossier.deskAgencyCode);
		String channel = requireText(input.channel(), "channel").toUpperCase(Locale.ROOT);
		if (!Set.of("DIRECT", "POST", "ONLINE").contains(channel)) {
			throw DomainException.invalid("dossier.return.channel-invalid", "channel", input.channel());
		}
		DossierStatus from = dossier.status;
		if (dossier.currentStep != null) {
			finishCurrentStep(dossier, now, actor, "returned-result");
			dossier.currentStep = null;
			dossier.stepDueAt = null;
			dossier.stepStartedAt = null;
		}
		dossier.content.returnChannel = channel;
		dossier.returnedAt = now;
		dossier.status = DossierStatus.RETURNED;
		touch(dossier, actor, now);
		record(dossier, DossierAction.RETURN_RESULT, from, null, actor, now, channel);
	}

	private void withdraw(Dossier dossier, ActionInput input, Actor actor, Set<String> scope, Instant now) {
		requireStatus(dossier, DossierAction.WITHDRAW, DossierStatus.NEW, DossierStatus.RECEIVED,
				DossierStatus.PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PAYMENT_REQUESTED);
		if (actor.kind() == Actor.Kind.CITIZEN) {
			requireOwner(dossier, actor);
		}
		else {
			requireRole(actor, Role.ONE_STOP_OFFICER);
			requireScope(scope, dossier.deskAgencyCode);
		}
		String reason = requireText(input.reason(), "reason");
		close(dossier, now, actor, "withdrawn");
		DossierStatus from = dossier.status;
		dossier.content.withdrawalReason = reason;
		dossier.status = DossierStatus.WITHDRAWN;
		touch(dossier, actor, now);
		record(dossier, DossierAction.WITHDRAW, from, null, actor, now, reason);
	}

	private void stop(Dossier dossier, ActionInput input, Actor actor, Set<String> scope, Instant now) {
		requireStatus(dossier, DossierAction.STOP, DossierStatus.RECEIVED, DossierStatus.PROCESSING,
				DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PAYMENT_REQUESTED);
		requireStaff(actor);
		if (!actor.hasRole(Role.AGENCY_LEADER) && !actor.hasRole(Role.DEPARTMENT_LEADER)) {
			throw DomainException.forbidden("dossier.stop.leader-only");
		}
		requireScope(scope, dossier.agencyCode);
		String reason = requireText(input.reason(), "reason");
		close(dossier, now, actor, "stopped");
		DossierStatus from = dossier.status;
		dossier.content.stopReason = reason;
		dossier.status = DossierStatus.STOPPED;
		touch(dossier, actor, now);
		record(dossier, DossierAction.STOP, from, null, actor, now, reason);
	}

	private void close(Dossier dossier, Instant now, Actor actor, String result) {
		if (dossier.content.openPause != null) {
			DossierContent.OpenPause pause = dossier.content.openPause;
			dossier.content.pauses.add(new DossierContent.PauseRecord(pause.from(), now, pause.reason()));
			dossier.content.openPause = null;
			dossier.pausedSince = null;
		}
		if (dossier.currentStep != null) {
			finishCurrentStep(dossier, now, actor, result);
			dossier.currentStep = null;
			dossier.stepDueAt = null;
			dossier.stepStartedAt = null;
		}
	}

	private void apologize(Dossier dossier, ActionInput input, Actor actor, Set<String> scope, Instant now) {
		requireStatus(dossier, DossierAction.APOLOGIZE, DossierStatus.RECEIVED, DossierStatus.PROCESSING,
				DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PAYMENT_REQUESTED);
		requireStaff(actor);
		if (!actor.hasRole(Role.AGENCY_LEADER) && !actor.hasRole(Role.DEPARTMENT_LEADER)
				&& !actor.hasRole(Role.ONE_STOP_OFFICER)) {
			throw DomainException.forbidden("dossier.apology.role");
		}
		requireAnyScope(scope, dossier.agencyCode, dossier.deskAgencyCode);
		if (dossier.apologyCount > 0) {
			throw DomainException.conflict("dossier.apology.once", null);
		}
		String reason = requireText(input.reason(), "reason");
		LocalDate newDate = input.newDate();
		if (newDate == null) {
			throw DomainException.invalid("dossier.apology.date-required", "newDate");
		}
		LocalDate today = LocalDate.ofInstant(now, Deadlines.VIETNAM);
		if (!newDate.isAfter(today)) {
			throw DomainException.invalid("dossier.date.not-future", "newDate", newDate);
		}
		Deadlines deadlines = deadlines(dossier);
		Instant due = dossier.dueAt;
		if (due == null) {
			throw conflict(dossier, DossierAction.APOLOGIZE);
		}
		if (!newDate.isAfter(LocalDate.ofInstant(due, Deadlines.VIETNAM))) {
			throw DomainException.invalid("dossier.apology.date-not-later", "newDate", newDate);
		}
		if (!deadlines.calendar().isWorkingDay(newDate)) {
			throw DomainException.invalid("dossier.apology.date-not-working", "newDate", newDate);
		}
		boolean paused = dossier.content.openPause != null;
		DeadlineState state = paused ? DeadlineState.ON_TIME
				: (now.isAfter(due) ? DeadlineState.LATE
						: (deadlines.workingSecondsBetween(local(now), local(due)) <= deadlines.workingDaySeconds()
								? DeadlineState.DUE_SOON : DeadlineState.ON_TIME));
		if (state == DeadlineState.ON_TIME) {
			throw DomainException.conflict("dossier.apology.not-needed", null);
		}
		List<String> delays = delays(dossier, deadlines, now);
		dossier.content.apology = new DossierContent.Apology(reason, newDate, now, actor.username(), delays);
		dossier.apologyCount = 1;
		dossier.originalDueAt = due;
		dossier.dueAt = instant(LocalDateTime.of(newDate, deadlines.hours().afternoonEnd()));
		touch(dossier, actor, now);
		record(dossier, DossierAction.APOLOGIZE, dossier.status, dossier.currentStep, actor, now,
				reason + " → " + newDate);
	}

	/**
	 * The steps that used more time than their share, with the unit, for the apology
	 * letter and for accountability.
	 */
	private List<String> delays(Dossier dossier, Deadlines deadlines, Instant now) {
		List<String> delays = new ArrayList<>();
		for (DossierView.StepRecordView step : this.store.steps(dossier.id)) {
			long used = (step.usedSeconds() != null) ? step.usedSeconds()
					: Math.max(0, deadlines.workingSecondsBetween(local(step.startedAt()), local(now))
							- dossier.content.stepPausedSeconds);
			if (used > step.allowedSeconds()) {
				String unit = this.agencies.findByCode(step.agencyCode())
					.map(AgencyView::name)
					.orElse(step.agencyCode());
				long over = used - step.allowedSeconds();
				delays.add(String.format(Locale.ROOT, "%s (%s, %s): quá %d giờ %02d phút làm việc", step.name(), unit,
						(step.handledBy() != null) ? step.handledBy() : "đang xử lý", over / 3600, (over % 3600) / 60));
			}
		}
		return delays;
	}

	// ------------------------------------------------------------------ steps

	private void startStep(Dossier dossier, int index, Instant now, Deadlines deadlines, Actor actor) {
		long seconds = stepSeconds(dossier, index, deadlines);
		Instant due = stepDue(dossier, deadlines, now, seconds);
		dossier.currentStep = index;
		dossier.stepStartedAt = now;
		dossier.stepDueAt = due;
		dossier.content.stepPausedSeconds = 0;
		this.store.startStep(dossier, index, dossier.step(index), now, due, seconds);
	}

	private void moveTo(Dossier dossier, int index, @Nullable String assignee, Actor actor, Instant now,
			String result) {
		Deadlines deadlines = deadlines(dossier);
		finishCurrentStep(dossier, now, actor, result);
		startStep(dossier, index, now, deadlines, actor);
		dossier.stepAssignee = assignee;
	}

	private void finishCurrentStep(Dossier dossier, Instant now, Actor actor, String result) {
		if (dossier.stepStartedAt == null) {
			return;
		}
		Deadlines deadlines = deadlines(dossier);
		long used;
		if (dossier.content.processUnit == TimeLimit.Unit.CALENDAR_DAYS) {
			used = now.getEpochSecond() - dossier.stepStartedAt.getEpochSecond();
		}
		else {
			used = deadlines.workingSecondsBetween(local(dossier.stepStartedAt), local(now));
		}
		used = Math.max(0, used - dossier.content.stepPausedSeconds);
		this.store.finishStep(dossier, now, used, actor.username(), result);
		dossier.stepAssignee = null;
	}

	private long stepSeconds(Dossier dossier, int index, Deadlines deadlines) {
		BigDecimal share = dossier.step(index).share();
		long unit = switch (dossier.content.processUnit) {
			case WORKING_DAYS -> deadlines.workingDaySeconds();
			case WORKING_HOURS -> 3600L;
			case CALENDAR_DAYS -> 86400L;
		};
		return share.multiply(BigDecimal.valueOf(unit)).longValue();
	}

	private Instant stepDue(Dossier dossier, Deadlines deadlines, Instant start, long seconds) {
		if (dossier.content.processUnit == TimeLimit.Unit.CALENDAR_DAYS) {
			return start.plusSeconds(seconds);
		}
		LocalDateTime from = deadlines.countingStart(local(start));
		return instant(deadlines.addWorkingSeconds(from, seconds));
	}

	private int currentStep(Dossier dossier) {
		Integer current = dossier.currentStep;
		if (current == null) {
			throw DomainException.conflict("dossier.step.none", null);
		}
		return current;
	}

	private boolean needsApproval(Dossier dossier) {
		return dossier.content.steps.stream().anyMatch((step) -> isLeaderRole(step.role()));
	}

	static boolean isLeaderRole(String role) {
		return Role.AGENCY_LEADER.name().equals(role) || Role.DEPARTMENT_LEADER.name().equals(role);
	}

	private void requireNoOpenConsultation(Dossier dossier) {
		for (DossierContent.Consultation consultation : dossier.content.consultations) {
			if (consultation.open()) {
				String name = this.agencies.findByCode(consultation.agencyCode())
					.map(AgencyView::name)
					.orElse(consultation.agencyCode());
				throw DomainException.conflict("dossier.consult.waiting", null, name);
			}
		}
	}

	// ------------------------------------------------------------------ who may act

	/**
	 * The actor may take the current step: staff in scope of the step's agency with the
	 * step's role (an agency leader may take a department leader's step), and the
	 * assignee when one was named (or a leader of the agency).
	 */
	private void requireStepActor(Dossier dossier, Actor actor, Set<String> scope) {
		requireStaff(actor);
		int current = currentStep(dossier);
		DossierContent.Step step = dossier.step(current);
		Role role;
		try {
			role = Role.valueOf(step.role());
		}
		catch (IllegalArgumentException ex) {
			role = Role.SPECIALIST;
		}
		boolean leader = actor.hasRole(Role.AGENCY_LEADER) || actor.hasRole(Role.DEPARTMENT_LEADER);
		boolean hasRole = actor.hasRole(role) || (role == Role.DEPARTMENT_LEADER && actor.hasRole(Role.AGENCY_LEADER));
		if (!hasRole) {
			throw DomainException.forbidden("dossier.step.role");
		}
		requireScope(scope, step.agencyCode());
		if (dossier.stepAssignee != null && !dossier.stepAssignee.equals(actor.username()) && !leader) {
			throw DomainException.conflict("dossier.step.assigned", null, dossier.stepAssignee);
		}
	}

	private void requireStaff(Actor actor) {
		if (!actor.isStaff()) {
			throw DomainException.forbidden("dossier.staff-only");
		}
	}

	private void requireCitizen(Actor actor) {
		if (actor.kind() != Actor.Kind.CITIZEN || actor.accountId() == null) {
			throw DomainException.forbidden("dossier.citizen-only");
		}
	}

	private void requireRole(Actor actor, Role role) {
		requireStaff(actor);
		if (!actor.hasRole(role)) {
			throw DomainException.forbidden("dossier.role." + role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}
	}

	private void requireOwner(Dossier dossier, Actor actor) {
		if (actor.accountId() == null || !actor.accountId().equals(dossier.ownerAccountId)) {
			throw DomainException.forbidden("dossier.not-owner");
		}
	}

	private static void requireScope(Set<String> scope, String agencyCode) {
		if (!scope.contains(agencyCode)) {
			throw DomainException.forbidden("dossier.out-of-scope");
		}
	}

	private static void requireAnyScope(Set<String> scope, String... agencyCodes) {
		for (String code : agencyCodes) {
			if (scope.contains(code)) {
				return;
			}
		}
		throw DomainException.forbidden("dossier.out-of-scope");
	}

	/**
	 * The agencies a staff member works on (see {@link StaffScope}); taken once per
	 * action or request, then asked as often as needed.
	 */
	Set<String> scopeOf(Actor actor) {
		return StaffScope.of(actor, this.agencies);
	}

	private void requireStatus(Dossier dossier, DossierAction action, DossierStatus... allowed) {
		for (DossierStatus status : allowed) {
			if (dossier.status == status) {
				return;
			}
		}
		throw conflict(dossier, action);
	}

	/**
	 * The action does not fit the dossier's status: say which status and who moved it
	 * there.
	 */
	private DomainException conflict(Dossier dossier, DossierAction action) {
		return DomainException.conflict("dossier.action.not-allowed", null, action.apiName(), dossier.status.code(),
				(dossier.lastActor != null) ? dossier.lastActor : "-");
	}

	// ------------------------------------------------------------------ reading

	@Override
	public Optional<DossierView> find(String code, Actor actor) {
		Optional<Dossier> found = this.store.findByCode(code);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Dossier dossier = found.get();
		if (!maySee(dossier, actor)) {
			throw DomainException.forbidden("dossier.out-of-scope");
		}
		return Optional.of(this.views.full(dossier));
	}

	boolean maySee(Dossier dossier, Actor actor) {
		if (actor.kind() == Actor.Kind.CITIZEN) {
			return actor.accountId() != null && actor.accountId().equals(dossier.ownerAccountId);
		}
		if (!actor.isStaff()) {
			return false;
		}
		Set<String> scope = scopeOf(actor);
		if (scope.contains(dossier.agencyCode) || scope.contains(dossier.deskAgencyCode)) {
			return true;
		}
		return dossier.content.consultations.stream().anyMatch((c) -> scope.contains(c.agencyCode()));
	}

	@Override
	public Optional<TrackingView> track(String code, String phoneLastFour) {
		String digits = (phoneLastFour == null) ? "" : phoneLastFour.strip();
		if (!digits.matches("\\d{4}")) {
			throw DomainException.invalid("dossier.tracking.phone4", "phone4");
		}
		if (code == null || code.length() > 60) {
			return Optional.empty();
		}
		return this.store.findByCode(code.strip())
			.filter((dossier) -> dossier.status != DossierStatus.DRAFT)
			.filter((dossier) -> dossier.applicant.phone() != null && dossier.applicant.phone().endsWith(digits))
			.map(this.views::tracking);
	}

	@Override
	public Optional<DossierContact> contact(String code) {
		return this.store.findByCode(code)
			.filter((dossier) -> dossier.status != DossierStatus.DRAFT)
			.map((dossier) -> new DossierContact(dossier.requireCode(), dossier.procedureName, dossier.channel,
					dossier.applicant, dossier.ownerAccountId, dossier.agencyCode, dossier.deskAgencyCode));
	}

	// ------------------------------------------------------------------ plumbing

	/**
	 * Locks the dossier's row for this transaction if nobody changed it since it was
	 * read; the officer who comes second waits for the first to commit and is then told
	 * who handled it.
	 */
	private void claim(Dossier dossier) {
		if (!this.store.claim(dossier)) {
			String by = this.store.findById(dossier.id).map((now) -> now.lastActor).orElse("-");
			throw DomainException.conflict("dossier.already-handled", null, (by != null) ? by : "-");
		}
	}

	private void save(Dossier dossier) {
		if (!this.store.update(dossier)) {
			String by = this.store.findById(dossier.id).map((now) -> now.lastActor).orElse("-");
			throw DomainException.conflict("dossier.already-handled", null, (by != null) ? by : "-");
		}
	}

	private void touch(Dossier dossier, Actor actor, Instant now) {
		dossier.lastActor = actor.username();
		dossier.lastActionAt = now;
	}

	void record(Dossier dossier, DossierAction action, @Nullable DossierStatus from, @Nullable Integer step,
			Actor actor, Instant now, @Nullable String note) {
		String agency = actor.agencyCode();
		String trimmed = (note != null && note.length() > MAX_TEXT) ? note.substring(0, MAX_TEXT) : note;
		this.store.appendHistory(dossier,
				new DossierStore.HistoryRow(action.apiName(), (from != null) ? from.code() : null,
						dossier.status.code(), step, actor.username(), actor.fullName(), agency, actor.remoteAddress(),
						now, trimmed));
		DossierTransitioned event = new DossierTransitioned(dossier.requireCode(), action, from, dossier.status,
				dossier.procedureCode, dossier.agencyCode, dossier.deskAgencyCode, dossier.channel, step,
				actor.username(), actor.remoteAddress(), now, dossier.dueAt, dossier.outcome,
				dossier.appraisalRefusedAt != null, trimmed);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// published just before the commit, still inside the transaction: the audit
			// append (serialised across all transactions by its lock) is then the last
			// statement, and the lock is held only for it and the commit
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					DossierWorkflow.this.events.publishEvent(event);
				}
			});
		}
		else {
			this.events.publishEvent(event);
		}
	}

	Deadlines deadlines(Dossier dossier) {
		return this.calendars.deadlines(dossier.deskAgencyCode);
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return this.transactions.execute((status) -> work.get());
	}

	private String hash(Submission submission) {
		try {
			byte[] body = this.json.writeValueAsBytes(submission);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, Deadlines.VIETNAM);
	}

	static Instant instant(LocalDateTime local) {
		return local.atZone(Deadlines.VIETNAM).toInstant();
	}

	private static String requireText(@Nullable String value, String field) {
		String text = blankToNull(value);
		if (text == null) {
			throw DomainException.invalid("dossier.field.required", field);
		}
		if (text.length() > MAX_TEXT) {
			throw DomainException.invalid("dossier.text.too-long", field, MAX_TEXT);
		}
		return text;
	}

	private static String text(@Nullable String value) {
		return (value == null) ? "" : value.strip();
	}

	private static String limit(String value, int max) {
		return (value.length() > max) ? value.substring(0, max) : value;
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
