package vn.motcua.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.VietnameseText;

/**
 * The lists of the pages: the staff work queues (one per tab, with search by code,
 * accent-free applicant name and CCCD), a citizen's dossiers and drafts. Read-only SQL
 * over the {@code dossier} table; the rules of who may act stay in
 * {@link DossierWorkflow}.
 */
@Component
public class DossierQueues {

	/** The tabs of the staff work queues. */
	public enum Queue {

		/** Online dossiers waiting for the desk's check (status 1). */
		NEW,
		/**
		 * Received dossiers whose current step is for one of my roles in my agencies,
		 * assigned to me or to nobody.
		 */
		MINE,
		/** Waiting for the applicant's supplement (5). */
		SUPPLEMENT,
		/** Waiting for fees (6). */
		FEES,
		/** At a leader's approval step. */
		APPROVE,
		/** Result ready, to hand over (9). */
		RETURN,
		/** Open and past the appointment. */
		OVERDUE,
		/** Everything of my agencies (for searching). */
		ALL;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Optional<Queue> of(@Nullable String key) {
			for (Queue queue : values()) {
				if (queue.key().equals(key)) {
					return Optional.of(queue);
				}
			}
			return Optional.empty();
		}

	}

	/** Search criteria; each optional. */
	public record Filter(@Nullable String text, @Nullable String idNumber, @Nullable String procedureCode) {

		public static Filter none() {
			return new Filter(null, null, null);
		}

	}

	/**
	 * One line of a queue; {@code refusal}: the appraisal concluded with a refusal
	 * (awaiting approval, or, in status 9 or 10, the result is the refusal paper).
	 */
	public record Row(String code, int status, Channel channel, String procedureCode, String procedureName,
			String agencyCode, String deskAgencyCode, String applicantName, @Nullable String idNumber,
			@Nullable Instant submittedAt, @Nullable Instant receivedAt, @Nullable Instant dueAt,
			@Nullable Integer currentStep, @Nullable String stepName, @Nullable Instant stepDueAt,
			@Nullable String stepAssignee, Instant createdAt, boolean refusal) {

		/** Whether the appointment has passed while the dossier is still open. */
		public boolean overdue(Instant now) {
			return this.dueAt != null && this.dueAt.isBefore(now) && this.status >= 2 && this.status <= 6
					&& this.status != 3;
		}

	}

	/** A page of a queue. */
	public record Page(List<Row> items, int page, int size, long total) {

		public int lastPage() {
			return (this.total == 0) ? 0 : (int) ((this.total - 1) / this.size);
		}

	}

	/** A citizen's saved draft. */
	public record Draft(long id, String procedureCode, String procedureName, String agencyCode, Instant savedAt) {

	}

	private static final String ROW_COLUMNS = "code, status, channel, procedure_code, procedure_name, agency_code,"
			+ " desk_agency_code, applicant_name, applicant_id_number, submitted_at, received_at, due_at, current_step,"
			+ " (content -> 'steps' -> current_step) ->> 'name' as step_name, step_due_at, step_assignee, created_at,"
			+ " appraisal_refused_at is not null as refusal";

	private static final String STEP_ROLE = "((content -> 'steps' -> current_step) ->> 'role')";

	private static final String STEP_AGENCY = "((content -> 'steps' -> current_step) ->> 'agencyCode')";

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final Clock clock;

	DossierQueues(JdbcClient jdbc, Agencies agencies, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** The agencies whose dossiers the staff member works on. */
	public Set<String> scope(Actor staff) {
		return StaffScope.of(staff, this.agencies);
	}

	/**
	 * The roles whose steps the staff member may take (an agency leader also a department
	 * leader's).
	 */
	static Set<Role> stepRoles(Actor staff) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(staff.roles());
		if (roles.contains(Role.AGENCY_LEADER)) {
			roles.add(Role.DEPARTMENT_LEADER);
		}
		return roles;
	}

	/** The number of dossiers in each queue, in tab order. */
	public Map<Queue, Long> counts(Actor staff) {
		Map<Queue, Long> counts = new LinkedHashMap<>();
		for (Queue queue : Queue.values()) {
			if (queue != Queue.ALL) {
				counts.put(queue, count(queue, staff, Filter.none()));
			}
		}
		return counts;
	}

	public long count(Queue queue, Actor staff, Filter filter) {
		Query query = query(queue, staff, filter);
		JdbcClient.StatementSpec spec = this.jdbc.sql("select count(*) from dossier d where " + query.where());
		for (var parameter : query.parameters().entrySet()) {
			spec = spec.param(parameter.getKey(), parameter.getValue());
		}
		return spec.query(Long.class).single();
	}

	/** One page of a queue, in the order work should be done. */
	public Page page(Queue queue, Actor staff, Filter filter, int page, int size) {
		Query query = query(queue, staff, filter);
		int offset = Math.max(0, page) * size;
		JdbcClient.StatementSpec spec = this.jdbc.sql("select " + ROW_COLUMNS + " from dossier d where " + query.where()
				+ " order by " + order(queue) + " limit :limit offset :offset");
		for (var parameter : query.parameters().entrySet()) {
			spec = spec.param(parameter.getKey(), parameter.getValue());
		}
		List<Row> rows = spec.param("limit", size).param("offset", offset).query(DossierQueues::row).list();
		long total = (rows.size() < size && page == 0) ? rows.size() : count(queue, staff, filter);
		return new Page(rows, Math.max(0, page), size, total);
	}

	private record Query(String where, Map<String, Object> parameters) {

	}

	private Query query(Queue queue, Actor staff, Filter filter) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("scope", scope(staff).toArray(String[]::new));
		List<String> where = new ArrayList<>();
		String inScope = "(desk_agency_code = any(:scope) or agency_code = any(:scope))";
		switch (queue) {
			case NEW -> where.add("status = 1 and desk_agency_code = any(:scope)");
			case MINE -> {
				where.add("status in (2, 4) and current_step is not null and " + STEP_ROLE + " = any(:roles) and "
						+ STEP_AGENCY + " = any(:scope) and (step_assignee is null or step_assignee = :me)");
				parameters.put("roles", stepRoles(staff).stream().map(Role::name).toArray(String[]::new));
				parameters.put("me", staff.username());
			}
			case SUPPLEMENT -> where.add("status = 5 and " + inScope);
			case FEES -> where.add("status = 6 and " + inScope);
			case APPROVE -> {
				where.add("status = 4 and current_step is not null and " + STEP_ROLE
						+ " in ('AGENCY_LEADER', 'DEPARTMENT_LEADER') and " + STEP_ROLE + " = any(:roles) and "
						+ STEP_AGENCY + " = any(:scope)");
				parameters.put("roles", stepRoles(staff).stream().map(Role::name).toArray(String[]::new));
			}
			case RETURN -> where.add("status = 9 and desk_agency_code = any(:scope)");
			case OVERDUE -> {
				where.add("status in (2, 4, 5, 6) and due_at < :now and " + inScope);
				parameters.put("now", Timestamp.from(this.clock.instant()));
			}
			case ALL -> where.add("status <> 0 and " + inScope);
		}
		String text = DossierWorkflow.blankToNull(filter.text());
		if (text != null) {
			where.add("(code ilike :codeLike or applicant_name_folded like :nameLike)");
			parameters.put("codeLike", escapeLike(text.toUpperCase(Locale.ROOT)) + "%");
			parameters.put("nameLike", "%" + escapeLike(VietnameseText.fold(text)) + "%");
		}
		String idNumber = DossierWorkflow.blankToNull(filter.idNumber());
		if (idNumber != null) {
			where.add("applicant_id_number = :idNumber");
			parameters.put("idNumber", idNumber.replaceAll("\\D", ""));
		}
		String procedure = DossierWorkflow.blankToNull(filter.procedureCode());
		if (procedure != null) {
			where.add("procedure_code = :procedureCode");
			parameters.put("procedureCode", procedure);
		}
		return new Query(String.join(" and ", where), parameters);
	}

	private static String order(Queue queue) {
		return switch (queue) {
			case NEW -> "submitted_at nulls last, id";
			case MINE, APPROVE -> "step_due_at nulls last, due_at nulls last, id";
			case ALL -> "created_at desc, id desc";
			default -> "due_at nulls last, id";
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** A citizen's dossiers (drafts excluded), newest first. */
	public List<Row> ofOwner(long accountId, int limit) {
		return this.jdbc
			.sql("select " + ROW_COLUMNS + " from dossier d where owner_account_id = :owner and status <> 0"
					+ " order by created_at desc, id desc limit :limit")
			.param("owner", accountId)
			.param("limit", limit)
			.query(DossierQueues::row)
			.list();
	}

	/** A citizen's saved drafts, newest first. */
	public List<Draft> drafts(long accountId) {
		return this.jdbc.sql("""
				select id, procedure_code, procedure_name, agency_code, created_at from dossier
				where owner_account_id = :owner and status = 0 order by id desc""")
			.param("owner", accountId)
			.query((rs, n) -> new Draft(rs.getLong("id"), rs.getString("procedure_code"),
					rs.getString("procedure_name"), rs.getString("agency_code"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** The applicant of the citizen's latest dossier: to prefill the next form. */
	public Optional<Applicant> lastApplicant(long accountId) {
		return this.jdbc
			.sql("""
					select applicant_name, applicant_id_number, applicant_phone, applicant_email, applicant_address
					from dossier where owner_account_id = :owner and status <> 0 order by created_at desc, id desc limit 1""")
			.param("owner", accountId)
			.query((rs, n) -> new Applicant(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.optional();
	}

	/**
	 * The dossier created by an earlier submission with this one-time key, if any (the
	 * page form's double click).
	 */
	public Optional<String> submittedWithKey(long accountId, String key) {
		return this.jdbc
			.sql("select dossier_code from dossier_idempotency where client = :client and idempotency_key = :key")
			.param("client", "account:" + accountId)
			.param("key", key)
			.query(String.class)
			.optional();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		int step = rs.getInt("current_step");
		Integer currentStep = rs.wasNull() ? null : step;
		return new Row(rs.getString("code"), rs.getInt("status"), Channel.valueOf(rs.getString("channel")),
				rs.getString("procedure_code"), rs.getString("procedure_name"), rs.getString("agency_code"),
				rs.getString("desk_agency_code"), rs.getString("applicant_name"), rs.getString("applicant_id_number"),
				instant(rs, "submitted_at"), instant(rs, "received_at"), instant(rs, "due_at"), currentStep,
				rs.getString("step_name"), instant(rs, "step_due_at"), rs.getString("step_assignee"),
				rs.getTimestamp("created_at").toInstant(), rs.getBoolean("refusal"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
