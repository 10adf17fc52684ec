package vn.motcua.feedback.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Dossiers;
import vn.motcua.feedback.FeedbackAnswered;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackReceived;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.feedback.FeedbackTopic;
import vn.motcua.identity.EmailAddress;
import vn.motcua.identity.PhoneNumber;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.VietnameseText;

/**
 * The feedback register (sổ theo dõi PAKN) and its rules: intake with the contact details
 * the Decree requires and a limit per source, classification and routing to the competent
 * agency (forwarding within the legal time), the answer with its legal basis, a leader's
 * approval before it goes out and is published with personal data masked, and the
 * sender's word on whether it solved the matter. Every change is checked against the
 * item's version (409 when someone else acted first) and leaves a line in its history.
 */
@Service
public class FeedbackDesk {

	/** Roles that classify, route and reject. */
	static final Set<Role> HANDLERS = Set.of(Role.ONE_STOP_OFFICER, Role.SPECIALIST, Role.DEPARTMENT_LEADER,
			Role.AGENCY_LEADER);

	/** Roles that draft answers. */
	static final Set<Role> WRITERS = Set.of(Role.SPECIALIST, Role.DEPARTMENT_LEADER, Role.AGENCY_LEADER);

	/** Roles that approve answers. */
	static final Set<Role> LEADERS = Set.of(Role.DEPARTMENT_LEADER, Role.AGENCY_LEADER);

	static final int MAX_ATTACHMENTS = 5;

	private static final Pattern DOSSIER_CODE = Pattern.compile("[A-Za-z0-9.\\-]{4,60}");

	private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final WorkingCalendars calendars;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final FeedbackProperties properties;

	private final Dossiers dossiers;

	private final SecureRandom random = new SecureRandom();

	FeedbackDesk(JdbcClient jdbc, Agencies agencies, WorkingCalendars calendars, ApplicationEventPublisher events,
			Clock clock, FeedbackProperties properties, Dossiers dossiers) {
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.agencies = agencies;
		this.calendars = calendars;
		this.events = events;
		this.clock = clock;
		this.properties = properties;
	}

	// ---------------------------------------------------------------- intake

	/**
	 * Enters a feedback in the register (status RECEIVED) at the agency it is addressed
	 * to or the default receiving agency, with the forwarding deadline; refuses missing
	 * contact details and, per source, more than the intake limit in the window.
	 */
	@Transactional
	public FeedbackItem submit(Intake intake, String actor) {
		String title = required(intake.title(), "title", 300);
		String content = required(intake.content(), "content", 10_000);
		String name = required(intake.senderName(), "senderName", 200);
		String address = optional(intake.senderAddress(), "senderAddress", 500);
		String location = optional(intake.locationAddress(), "locationAddress", 500);
		if (address == null && location == null && (intake.lat() == null || intake.lon() == null)) {
			throw DomainException.invalid("feedback.address-required", "senderAddress");
		}
		String phone = null;
		if (intake.senderPhone() != null && !intake.senderPhone().isBlank()) {
			phone = PhoneNumber.parse(intake.senderPhone())
				.orElseThrow(() -> DomainException.invalid("feedback.phone-invalid", "senderPhone"))
				.value();
		}
		String email = null;
		if (intake.senderEmail() != null && !intake.senderEmail().isBlank()) {
			email = EmailAddress.parse(intake.senderEmail())
				.orElseThrow(() -> DomainException.invalid("feedback.email-invalid", "senderEmail"))
				.value();
		}
		if (phone == null && email == null) {
			throw DomainException.invalid("feedback.contact-required", "senderPhone");
		}
		String dossierCode = optional(intake.dossierCode(), "dossierCode", 60);
		if (dossierCode != null && !DOSSIER_CODE.matcher(dossierCode).matches()) {
			throw DomainException.invalid("feedback.dossier-code-invalid", "dossierCode");
		}
		if (intake.lat() != null && (intake.lat() < -90 || intake.lat() > 90 || intake.lat().isNaN())) {
			throw DomainException.invalid("feedback.lat-invalid", "lat");
		}
		if (intake.lon() != null && (intake.lon() < -180 || intake.lon() > 180 || intake.lon().isNaN())) {
			throw DomainException.invalid("feedback.long-invalid", "long");
		}
		if (intake.attachments().size() > MAX_ATTACHMENTS) {
			throw DomainException.invalid("feedback.files.too-many", "files", MAX_ATTACHMENTS);
		}
		String agency = optional(intake.agencyCode(), "agencyCode", 40);
		if (agency == null) {
			agency = this.properties.defaultAgency();
		}
		else if (!this.agencies.exists(agency)) {
			throw DomainException.invalid("feedback.agency-unknown", "agencyCode", agency);
		}
		Instant now = this.clock.instant();
		if (intake.sourceKey() != null) {
			throttle(intake.sourceKey(), now);
		}
		Instant forwardDue = due(agency, now, this.properties.forwardDays());
		String code = newCode(now);
		Long id = this.jdbc.sql("""
				insert into feedback_item (code, channel, topic, status, title, content, sender_name, sender_address,
				  sender_phone, sender_email, sender_account_id, dossier_code, location_address, location_lat,
				  location_long, address_id, media_url, received_agency, agency_code, source_key, received_at,
				  forward_due_at, due_at, updated_at)
				values (:code, :channel, :topic, 'RECEIVED', :title, :content, :name, :address, :phone, :email,
				  :account, :dossier, :location, :lat, :lon, :addressId, :media, :agency, :agency, :source, :now,
				  :forwardDue, :forwardDue, :now)
				returning id""")
			.param("code", code)
			.param("channel", intake.channel().name())
			.param("topic", (intake.topic() != null) ? intake.topic().name() : null)
			.param("title", title)
			.param("content", content)
			.param("name", name)
			.param("address", address)
			.param("phone", phone)
			.param("email", email)
			.param("account", intake.senderAccountId())
			.param("dossier", dossierCode)
			.param("location", location)
			.param("lat", intake.lat())
			.param("lon", intake.lon())
			.param("addressId", optional(intake.addressId(), "addressId", 100))
			.param("media", optional(intake.mediaUrl(), "mediaUrl", 1000))
			.param("agency", agency)
			.param("source", intake.sourceKey())
			.param("now", Timestamp.from(now))
			.param("forwardDue", Timestamp.from(forwardDue))
			.query(Long.class)
			.single();
		for (FeedbackItem.Attachment attachment : intake.attachments()) {
			this.jdbc
				.sql("insert into feedback_attachment (feedback_id, document_id, file_name) values (:id, :doc, :name)")
				.param("id", id)
				.param("doc", attachment.documentId())
				.param("name", attachment.fileName())
				.update();
		}
		history(id, "RECEIVED", actor, agency, now, intake.channel().name());
		this.events.publishEvent(new FeedbackReceived(code, intake.channel(), intake.topic(), agency, now, forwardDue,
				email, phone, actor));
		return byId(id);
	}

	/**
	 * At most {@code intakeLimit} items per source in the window; the source's advisory
	 * lock makes the count and the insert atomic across nodes.
	 */
	private void throttle(String source, Instant now) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
			.param("key", "feedback:" + source)
			.query()
			.listOfRows();
		Instant since = now.minus(this.properties.intakeWindow());
		List<Instant> recent = this.jdbc.sql(
				"select received_at from feedback_item where source_key = :source and received_at > :since order by received_at")
			.param("source", source)
			.param("since", Timestamp.from(since))
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.list();
		if (recent.size() >= this.properties.intakeLimit()) {
			Instant freeAt = recent.get(recent.size() - this.properties.intakeLimit())
				.plus(this.properties.intakeWindow());
			long seconds = Math.max(1, freeAt.getEpochSecond() - now.getEpochSecond());
			throw new IntakeThrottled(this.properties.intakeLimit(), this.properties.intakeWindow().toMinutes(),
					seconds);
		}
	}

	// ---------------------------------------------------------------- handling

	/**
	 * Classifies the item and routes it to the competent agency: its own agency accepts
	 * it (the answer deadline starts), another agency gets it forwarded (late forwarding,
	 * after the legal time, is noted in the history). A dossier topic needs the dossier's
	 * code.
	 */
	@Transactional
	public FeedbackItem route(String code, FeedbackTopic topic, String agencyCode, @Nullable String dossierCode,
			@Nullable String note, StaffPrincipal staff, int version) {
		FeedbackItem item = forAction(code, staff, HANDLERS);
		if (item.status() != FeedbackStatus.RECEIVED && item.status() != FeedbackStatus.IN_PROGRESS) {
			throw DomainException.conflict("feedback.state", null);
		}
		if (!this.agencies.exists(agencyCode)) {
			throw DomainException.invalid("feedback.agency-unknown", "agencyCode", agencyCode);
		}
		String dossier = optional(dossierCode, "dossierCode", 60);
		if (dossier == null) {
			dossier = item.dossierCode();
		}
		if (topic == FeedbackTopic.DOSSIER && dossier == null) {
			throw DomainException.invalid("feedback.dossier-required", "dossierCode");
		}
		if (dossier != null && !DOSSIER_CODE.matcher(dossier).matches()) {
			throw DomainException.invalid("feedback.dossier-code-invalid", "dossierCode");
		}
		if (topic == FeedbackTopic.DOSSIER) {
			checkDossier(dossier, staff);
		}
		Instant now = this.clock.instant();
		boolean forwarded = !agencyCode.equals(item.agencyCode());
		Instant answerDue = due(agencyCode, now, this.properties.answerDays().of(topic));
		int rows = this.jdbc.sql("""
				update feedback_item set topic = :topic, agency_code = :agency, dossier_code = :dossier,
				  status = 'IN_PROGRESS', routed_at = :now, answer_due_at = :due, due_at = :due, escalated_to = null,
				  reminded_at = null, overdue_at = null, updated_at = :now, lock_version = lock_version + 1
				where id = :id and lock_version = :version""")
			.param("topic", topic.name())
			.param("agency", agencyCode)
			.param("dossier", dossier)
			.param("now", Timestamp.from(now))
			.param("due", Timestamp.from(answerDue))
			.param("id", item.id())
			.param("version", version)
			.update();
		checkUpdated(rows);
		String line = (note != null && !note.isBlank()) ? note.strip() : null;
		if (forwarded) {
			boolean late = now.isAfter(item.forwardDueAt());
			String text = item.agencyCode() + " → " + agencyCode + (late ? " (chuyển quá hạn 05 ngày làm việc)" : "");
			history(item.id(), "FORWARDED", staff.getUsername(), agencyCode, now, join(text, line));
		}
		else {
			history(item.id(), "ACCEPTED", staff.getUsername(), agencyCode, now, join(topic.name(), line));
		}
		return byId(item.id());
	}

	/**
	 * A feedback about a dossier is linked to a dossier that exists: unknown codes are
	 * refused; a dossier of another agency, which the officer may not open, is linked as
	 * given (its agency answers for it).
	 */
	private void checkDossier(String code, StaffPrincipal staff) {
		Actor actor = new Actor(Actor.Kind.STAFF, staff.getUsername(), staff.fullName(), staff.roles(),
				staff.agencyCode(), staff.includesSubAgencies(), staff.accountId(), null);
		try {
			if (this.dossiers.find(code, actor).isEmpty()) {
				throw DomainException.invalid("feedback.dossier-unknown", "dossierCode", code);
			}
		}
		catch (DomainException ex) {
			if (ex.kind() != DomainException.Kind.FORBIDDEN) {
				throw ex;
			}
		}
	}

	/** Not accepted: the formal requirements were not met (a reason is required). */
	@Transactional
	public FeedbackItem reject(String code, @Nullable String reason, StaffPrincipal staff, int version) {
		FeedbackItem item = forAction(code, staff, HANDLERS);
		if (item.status() != FeedbackStatus.RECEIVED) {
			throw DomainException.conflict("feedback.state", null);
		}
		String why = required(reason, "reason", 2000);
		Instant now = this.clock.instant();
		int rows = this.jdbc.sql("""
				update feedback_item set status = 'REJECTED', reject_reason = :reason, answered_at = :now,
				  updated_at = :now, lock_version = lock_version + 1
				where id = :id and lock_version = :version""")
			.param("reason", why)
			.param("now", Timestamp.from(now))
			.param("id", item.id())
			.param("version", version)
			.update();
		checkUpdated(rows);
		history(item.id(), "REJECTED", staff.getUsername(), item.agencyCode(), now, why);
		this.events.publishEvent(new FeedbackAnswered(code, FeedbackStatus.REJECTED, item.topic(), item.agencyCode(),
				now, item.forwardDueAt(), !now.isAfter(item.forwardDueAt()), item.senderEmail(), item.senderPhone(),
				staff.getUsername()));
		return byId(item.id());
	}

	/** Drafts the answer: its legal basis and explanation, for a leader to approve. */
	@Transactional
	public FeedbackItem answer(String code, @Nullable String legalBasis, @Nullable String answer, StaffPrincipal staff,
			int version) {
		FeedbackItem item = forAction(code, staff, WRITERS);
		if (item.status() != FeedbackStatus.IN_PROGRESS) {
			throw DomainException.conflict("feedback.state", null);
		}
		String basis = required(legalBasis, "legalBasis", 4000);
		String text = required(answer, "answer", 20_000);
		Instant now = this.clock.instant();
		int rows = this.jdbc.sql("""
				update feedback_item set status = 'ANSWERED', legal_basis = :basis, answer = :answer,
				  drafted_at = :now, drafted_by = :by, updated_at = :now, lock_version = lock_version + 1
				where id = :id and lock_version = :version""")
			.param("basis", basis)
			.param("answer", text)
			.param("now", Timestamp.from(now))
			.param("by", staff.getUsername())
			.param("id", item.id())
			.param("version", version)
			.update();
		checkUpdated(rows);
		history(item.id(), "DRAFTED", staff.getUsername(), item.agencyCode(), now, null);
		return byId(item.id());
	}

	/** A leader sends the draft back with a note. */
	@Transactional
	public FeedbackItem returnAnswer(String code, @Nullable String note, StaffPrincipal staff, int version) {
		FeedbackItem item = forAction(code, staff, LEADERS);
		if (item.status() != FeedbackStatus.ANSWERED) {
			throw DomainException.conflict("feedback.state", null);
		}
		String why = required(note, "note", 2000);
		Instant now = this.clock.instant();
		int rows = this.jdbc.sql("""
				update feedback_item set status = 'IN_PROGRESS', updated_at = :now, lock_version = lock_version + 1
				where id = :id and lock_version = :version""")
			.param("now", Timestamp.from(now))
			.param("id", item.id())
			.param("version", version)
			.update();
		checkUpdated(rows);
		history(item.id(), "RETURNED", staff.getUsername(), item.agencyCode(), now, why);
		return byId(item.id());
	}

	/**
	 * A leader approves the answer (not their own draft): it goes to the sender and is
	 * published, question and answer with personal data masked.
	 */
	@Transactional
	public FeedbackItem approve(String code, StaffPrincipal staff, int version) {
		FeedbackItem item = forAction(code, staff, LEADERS);
		if (item.status() != FeedbackStatus.ANSWERED) {
			throw DomainException.conflict("feedback.state", null);
		}
		if (staff.getUsername().equals(item.draftedBy())) {
			throw DomainException.forbidden("feedback.approve-own");
		}
		Instant now = this.clock.instant();
		String question = PersonalDataMask.mask(item.title() + "\n\n" + item.content(), item.names());
		String answer = PersonalDataMask.mask(item.legalBasis() + "\n\n" + item.answer(), item.names());
		int rows = this.jdbc.sql("""
				update feedback_item set status = 'PUBLISHED', answered_at = :now, approved_by = :by,
				  public_question = :question, public_answer = :answer, updated_at = :now,
				  lock_version = lock_version + 1
				where id = :id and lock_version = :version""")
			.param("now", Timestamp.from(now))
			.param("by", staff.getUsername())
			.param("question", question)
			.param("answer", answer)
			.param("id", item.id())
			.param("version", version)
			.update();
		checkUpdated(rows);
		history(item.id(), "PUBLISHED", staff.getUsername(), item.agencyCode(), now, null);
		boolean onTime = item.answerDueAt() != null && !now.isAfter(item.answerDueAt());
		this.events.publishEvent(new FeedbackAnswered(code, FeedbackStatus.PUBLISHED, item.topic(), item.agencyCode(),
				now, item.answerDueAt(), onTime, item.senderEmail(), item.senderPhone(), staff.getUsername()));
		return byId(item.id());
	}

	/** The sender says whether the published answer solved the matter. */
	@Transactional
	public PublicFeedback resolve(String code, String check, boolean resolved) {
		FeedbackItem item = track(code, check).orElseThrow(() -> DomainException.notFound("feedback.not-found"));
		if (item.status() != FeedbackStatus.PUBLISHED) {
			throw DomainException.conflict("feedback.not-answered", null);
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("update feedback_item set resolved = :resolved, resolved_at = :now where id = :id")
			.param("resolved", resolved)
			.param("now", Timestamp.from(now))
			.param("id", item.id())
			.update();
		history(item.id(), resolved ? "RESOLVED" : "NOT_RESOLVED", "sender", item.agencyCode(), now, null);
		return byId(item.id()).toPublic();
	}

	// ---------------------------------------------------------------- reading

	/**
	 * The sender's view: the item if the code exists and the check matches — the last
	 * four digits of the phone given, or the e-mail address when none was; empty
	 * otherwise (the same answer for both, so codes cannot be probed).
	 */
	public Optional<FeedbackItem> track(String code, @Nullable String check) {
		if (check == null || check.isBlank() || code.length() > 32) {
			return Optional.empty();
		}
		Optional<FeedbackItem> found = find(code);
		return found.filter((item) -> matches(item, check.strip()));
	}

	private static boolean matches(FeedbackItem item, String check) {
		if (item.senderPhone() != null) {
			return check.length() == 4 && item.senderPhone().endsWith(check);
		}
		return item.senderEmail() != null && item.senderEmail().equalsIgnoreCase(check);
	}

	/** An item for a staff member: in their scope (routed to it, or escalated to it). */
	public FeedbackItem forStaff(String code, StaffPrincipal staff) {
		FeedbackItem item = find(code).orElseThrow(() -> DomainException.notFound("feedback.not-found"));
		if (!covers(staff, item.agencyCode()) && (item.escalatedTo() == null || !covers(staff, item.escalatedTo()))) {
			throw DomainException.forbidden("feedback.out-of-scope");
		}
		return item;
	}

	/** A published item, masked. */
	public Optional<PublicFeedback> published(String code) {
		return find(code).filter((item) -> item.status() == FeedbackStatus.PUBLISHED).map(FeedbackItem::toPublic);
	}

	/** Published items, newest first, optionally matching words (accents ignored). */
	public List<PublicFeedback> publishedList(@Nullable String query, int page, int size) {
		String words = (query != null && !query.isBlank()) ? "%" + VietnameseText.fold(query) + "%" : null;
		return this.jdbc.sql("""
				select code from feedback_item where status = 'PUBLISHED'
				  and (cast(:q as text) is null or lower(unaccent(public_question || ' ' || public_answer)) like :q)
				order by answered_at desc, id desc limit :size offset :offset""")
			.param("q", words)
			.param("size", size)
			.param("offset", page * size)
			.query(String.class)
			.list()
			.stream()
			.map((code) -> find(code).orElseThrow().toPublic())
			.toList();
	}

	/** The queue of a staff member: items routed or escalated to their scope. */
	public List<FeedbackItem> queue(StaffPrincipal staff, @Nullable FeedbackStatus status, int limit) {
		List<String> scope = List.copyOf(scopeOf(staff));
		return this.jdbc.sql("""
				select id from feedback_item
				where (agency_code in (:scope) or escalated_to in (:scope))
				  and (cast(:status as text) is null or status = :status)
				order by case when status in ('PUBLISHED', 'REJECTED') then 1 else 0 end, due_at, id desc
				limit :limit""")
			.param("scope", scope)
			.param("status", (status != null) ? status.name() : null)
			.param("limit", limit)
			.query(Long.class)
			.list()
			.stream()
			.map(this::byId)
			.toList();
	}

	public Optional<FeedbackItem> find(String code) {
		return this.jdbc.sql("select id from feedback_item where code = :code")
			.param("code", code)
			.query(Long.class)
			.optional()
			.map(this::byId);
	}

	/** The agencies a staff member acts for. */
	Set<String> scopeOf(StaffPrincipal staff) {
		return staff.includesSubAgencies() ? this.agencies.withDescendants(staff.agencyCode())
				: Set.of(staff.agencyCode());
	}

	boolean covers(StaffPrincipal staff, String agencyCode) {
		return staff.agencyCode().equals(agencyCode) || (staff.includesSubAgencies()
				&& this.agencies.withDescendants(staff.agencyCode()).contains(agencyCode));
	}

	private FeedbackItem forAction(String code, StaffPrincipal staff, Set<Role> roles) {
		FeedbackItem item = find(code).orElseThrow(() -> DomainException.notFound("feedback.not-found"));
		if (!covers(staff, item.agencyCode())) {
			throw DomainException.forbidden("feedback.out-of-scope");
		}
		if (roles.stream().noneMatch(staff::hasRole)) {
			throw DomainException.forbidden("feedback.role");
		}
		return item;
	}

	FeedbackItem byId(long id) {
		List<FeedbackItem.Attachment> attachments = this.jdbc
			.sql("select document_id, file_name from feedback_attachment where feedback_id = :id order by file_name")
			.param("id", id)
			.query((rs, n) -> new FeedbackItem.Attachment(rs.getObject(1, java.util.UUID.class), rs.getString(2)))
			.list();
		List<FeedbackItem.HistoryEntry> history = this.jdbc.sql(
				"select action, actor, agency_code, at, note from feedback_history where feedback_id = :id order by id")
			.param("id", id)
			.query((rs, n) -> new FeedbackItem.HistoryEntry(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5)))
			.list();
		return this.jdbc.sql("select * from feedback_item where id = :id")
			.param("id", id)
			.query((rs, n) -> row(rs, attachments, history))
			.single();
	}

	private static FeedbackItem row(ResultSet rs, List<FeedbackItem.Attachment> attachments,
			List<FeedbackItem.HistoryEntry> history) throws SQLException {
		String topic = rs.getString("topic");
		return new FeedbackItem(rs.getLong("id"), rs.getString("code"),
				FeedbackChannel.valueOf(rs.getString("channel")), (topic != null) ? FeedbackTopic.valueOf(topic) : null,
				FeedbackStatus.valueOf(rs.getString("status")), rs.getString("title"), rs.getString("content"),
				rs.getString("sender_name"), rs.getString("sender_address"), rs.getString("sender_phone"),
				rs.getString("sender_email"), (Long) rs.getObject("sender_account_id", Long.class),
				rs.getString("dossier_code"), rs.getString("location_address"),
				rs.getObject("location_lat", Double.class), rs.getObject("location_long", Double.class),
				rs.getString("address_id"), rs.getString("media_url"), rs.getString("received_agency"),
				rs.getString("agency_code"), rs.getString("escalated_to"), instant(rs, "received_at"),
				nullableInstant(rs, "routed_at"), instant(rs, "forward_due_at"), instant(rs, "due_at"),
				nullableInstant(rs, "answer_due_at"), rs.getString("legal_basis"), rs.getString("answer"),
				nullableInstant(rs, "drafted_at"), rs.getString("drafted_by"), nullableInstant(rs, "answered_at"),
				rs.getString("approved_by"), rs.getString("public_question"), rs.getString("public_answer"),
				rs.getString("reject_reason"), rs.getObject("resolved", Boolean.class), rs.getBoolean("prolonged"),
				instant(rs, "updated_at"), rs.getInt("lock_version"), attachments, history);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	void history(long id, String action, String actor, @Nullable String agencyCode, Instant at, @Nullable String note) {
		this.jdbc.sql("""
				insert into feedback_history (feedback_id, action, actor, agency_code, at, note)
				values (:id, :action, :actor, :agency, :at, :note)""")
			.param("id", id)
			.param("action", action)
			.param("actor", actor)
			.param("agency", agencyCode)
			.param("at", Timestamp.from(at))
			.param("note", note)
			.update();
	}

	/** The instant {@code days} working days after {@code from} at the agency. */
	Instant due(String agencyCode, Instant from, int days) {
		Deadlines deadlines = this.calendars.deadlines(agencyCode);
		LocalDateTime due = deadlines.due(LocalDateTime.ofInstant(from, Deadlines.VIETNAM),
				TimeLimit.workingDays(days));
		return due.atZone(Deadlines.VIETNAM).toInstant();
	}

	private String newCode(Instant now) {
		String date = CODE_DATE.format(now.atZone(Deadlines.VIETNAM));
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			suffix.append(CODE_LETTERS.charAt(this.random.nextInt(CODE_LETTERS.length())));
		}
		return "PA-" + date + "-" + suffix;
	}

	private static void checkUpdated(int rows) {
		if (rows != 1) {
			throw DomainException.conflict("feedback.changed", null);
		}
	}

	private static @Nullable String join(@Nullable String first, @Nullable String second) {
		if (first == null) {
			return second;
		}
		return (second == null) ? first : first + " — " + second;
	}

	static String required(@Nullable String value, String field, int max) {
		String text = optional(value, field, max);
		if (text == null) {
			throw DomainException.invalid("feedback." + kebab(field) + "-required", field);
		}
		return text;
	}

	static @Nullable String optional(@Nullable String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
		if (text.length() > max) {
			throw DomainException.invalid("feedback.too-long", field, max);
		}
		return text;
	}

	private static String kebab(String field) {
		return field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

}
