package vn.motcua.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.shared.VietnameseText;

/** SQL for dossiers: the row, its history and its step records. */
@Repository
class DossierStore {

	private static final String COLUMNS = "id, code, status, channel, procedure_code, procedure_version, case_index,"
			+ " procedure_name, agency_code, desk_agency_code, applicant_name, applicant_id_number, applicant_phone,"
			+ " applicant_email, applicant_address, owner_account_id, content, submitted_at, received_at, counting_from,"
			+ " due_at, original_due_at, calendar_version, paused_since, current_step, step_started_at, step_due_at,"
			+ " step_assignee, resolved_at, returned_at, outcome, appraisal_refused_at, fees_total, supplement_count,"
			+ " apology_count," + " last_actor, last_action_at, lock_version, created_at,"
			+ " (select count(*) from dossier_history h where h.dossier_id = d.id) as history_size,"
			+ " (select count(*) from dossier_step s where s.dossier_id = d.id) as step_rows";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DossierStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Dossier> findByCode(String code) {
		return this.jdbc.sql("select " + COLUMNS + " from dossier d where code = ?")
			.param(code)
			.query(this::map)
			.optional();
	}

	Optional<Dossier> findById(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from dossier d where id = ?")
			.param(id)
			.query(this::map)
			.optional();
	}

	long insert(Dossier dossier) {
		return this.jdbc
			.sql("""
					insert into dossier (code, status, channel, procedure_code, procedure_version, case_index, procedure_name,
					  agency_code, desk_agency_code, applicant_name, applicant_name_folded, applicant_id_number,
					  applicant_phone, applicant_email, applicant_address, owner_account_id, content, submitted_at,
					  received_at, counting_from, due_at, original_due_at, calendar_version, paused_since, current_step,
					  step_started_at, step_due_at, step_assignee, resolved_at, returned_at, outcome,
					  appraisal_refused_at, fees_total, supplement_count, apology_count, last_actor, last_action_at,
					  lock_version, created_at)
					values (:code, :status, :channel, :procedureCode, :procedureVersion, :caseIndex, :procedureName,
					  :agencyCode, :deskAgencyCode, :applicantName, :applicantNameFolded, :idNumber, :phone, :email, :address,
					  :owner, cast(:content as jsonb), :submittedAt, :receivedAt, :countingFrom, :dueAt, :originalDueAt,
					  :calendarVersion, :pausedSince, :currentStep, :stepStartedAt, :stepDueAt, :stepAssignee, :resolvedAt,
					  :returnedAt, :outcome, :appraisalRefusedAt, :feesTotal, :supplementCount, :apologyCount, :lastActor,
					  :lastActionAt, 0, :createdAt)
					returning id""")
			.params(parameters(dossier))
			.query(Long.class)
			.single();
	}

	/**
	 * Writes the dossier if nobody changed it since it was read.
	 * @return false when another transaction changed it first
	 */
	boolean update(Dossier dossier) {
		int rows = this.jdbc.sql("""
				update dossier set code = :code, status = :status, channel = :channel, procedure_code = :procedureCode,
				  procedure_version = :procedureVersion, case_index = :caseIndex, procedure_name = :procedureName,
				  agency_code = :agencyCode, desk_agency_code = :deskAgencyCode, applicant_name = :applicantName,
				  applicant_name_folded = :applicantNameFolded, applicant_id_number = :idNumber,
				  applicant_phone = :phone, applicant_email = :email, applicant_address = :address,
				  owner_account_id = :owner, content = cast(:content as jsonb), submitted_at = :submittedAt,
				  received_at = :receivedAt, counting_from = :countingFrom, due_at = :dueAt,
				  original_due_at = :originalDueAt, calendar_version = :calendarVersion, paused_since = :pausedSince,
				  current_step = :currentStep, step_started_at = :stepStartedAt, step_due_at = :stepDueAt,
				  step_assignee = :stepAssignee, resolved_at = :resolvedAt, returned_at = :returnedAt,
				  outcome = :outcome, appraisal_refused_at = :appraisalRefusedAt, fees_total = :feesTotal,
				  supplement_count = :supplementCount,
				  apology_count = :apologyCount, last_actor = :lastActor, last_action_at = :lastActionAt,
				  lock_version = lock_version + 1,
				  due_soon_warned_at = case when due_at is distinct from :dueAt then null else due_soon_warned_at end,
				  overdue_at = case when due_at is distinct from :dueAt then null else overdue_at end
				where id = :id and lock_version = :lockVersion""")
			.params(parameters(dossier))
			.param("id", dossier.id)
			.param("lockVersion", dossier.lockVersion)
			.update();
		if (rows == 1) {
			dossier.lockVersion++;
			return true;
		}
		return false;
	}

	/**
	 * Takes the row for this transaction if its version is still the one read (row lock
	 * held until commit).
	 * @return false when another transaction changed it first
	 */
	boolean claim(Dossier dossier) {
		int rows = this.jdbc.sql("update dossier set lock_version = lock_version + 1 where id = ? and lock_version = ?")
			.params(dossier.id, dossier.lockVersion)
			.update();
		if (rows == 1) {
			dossier.lockVersion++;
			return true;
		}
		return false;
	}

	/**
	 * Running, unpaused dossiers without an apology whose clock started before
	 * {@code countingBefore} and whose appointment is not before {@code dueFrom}, oldest
	 * first: read in one query.
	 */
	List<Dossier> findRunning(Instant countingBefore, Instant dueFrom) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from dossier d
				where status in (2, 4) and apology_count = 0 and due_at is not null
				  and coalesce(counting_from, received_at) < ? and due_at >= ?
				order by id""").params(timestamp(countingBefore), timestamp(dueFrom)).query(this::map).list();
	}

	void delete(long id) {
		this.jdbc.sql("delete from dossier where id = ? and status = 0").param(id).update();
	}

	void appendHistory(Dossier dossier, HistoryRow row) {
		this.jdbc.sql("""
				insert into dossier_history (dossier_id, seq, action, from_status, to_status, step, actor, actor_name,
				  agency_code, remote_address, occurred_at, note, due_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(dossier.id, dossier.historySize, row.action(), row.fromStatus(), row.toStatus(), row.step(),
					row.actor(), row.actorName(), row.agencyCode(), row.remoteAddress(), timestamp(row.at()),
					row.note(), timestamp(dossier.dueAt))
			.update();
		dossier.historySize++;
	}

	void startStep(Dossier dossier, int stepIndex, DossierContent.Step step, Instant startedAt, Instant dueAt,
			long allowedSeconds) {
		this.jdbc.sql("""
				insert into dossier_step (dossier_id, seq, step_index, name, role, agency_code, started_at, due_at,
				  allowed_seconds)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(dossier.id, dossier.stepRows, stepIndex, step.name(), step.role(), step.agencyCode(),
					timestamp(startedAt), timestamp(dueAt), allowedSeconds)
			.update();
		dossier.stepRows++;
	}

	/** Closes the open step record of the dossier. */
	void finishStep(Dossier dossier, Instant finishedAt, long usedSeconds, String handledBy, String result) {
		this.jdbc.sql("""
				update dossier_step set finished_at = ?, used_seconds = ?, handled_by = ?, result = ?
				where dossier_id = ? and seq = ? and finished_at is null""")
			.params(timestamp(finishedAt), usedSeconds, handledBy, result, dossier.id, dossier.stepRows - 1)
			.update();
	}

	/** Moves the due instant of the open step record (after a pause). */
	void moveStepDue(Dossier dossier, Instant dueAt) {
		this.jdbc.sql("update dossier_step set due_at = ? where dossier_id = ? and seq = ? and finished_at is null")
			.params(timestamp(dueAt), dossier.id, dossier.stepRows - 1)
			.update();
	}

	List<DossierView.HistoryView> history(long id) {
		return this.jdbc.sql("""
				select action, from_status, to_status, step, actor, actor_name, agency_code, occurred_at, note
				from dossier_history where dossier_id = ? order by seq""")
			.param(id)
			.query((rs, n) -> new DossierView.HistoryView(rs.getString("action"), integer(rs, "from_status"),
					rs.getInt("to_status"), integer(rs, "step"), rs.getString("actor"), rs.getString("actor_name"),
					rs.getString("agency_code"), instant(rs, "occurred_at"), rs.getString("note")))
			.list();
	}

	List<DossierView.StepRecordView> steps(long id) {
		return this.jdbc.sql("""
				select step_index, name, role, agency_code, started_at, due_at, finished_at, allowed_seconds,
				  used_seconds, handled_by, result
				from dossier_step where dossier_id = ? order by seq""")
			.param(id)
			.query((rs, n) -> new DossierView.StepRecordView(rs.getInt("step_index"), rs.getString("name"),
					rs.getString("role"), rs.getString("agency_code"), instant(rs, "started_at"), instant(rs, "due_at"),
					nullableInstant(rs, "finished_at"), rs.getLong("allowed_seconds"), longOrNull(rs, "used_seconds"),
					rs.getString("handled_by"), rs.getString("result")))
			.list();
	}

	/** The next number of the day for a code prefix, from 1. */
	int nextNumber(String prefix, LocalDate day) {
		return this.jdbc.sql("""
				insert into dossier_code_sequence (prefix, day, last_number) values (?, ?, 1)
				on conflict (prefix, day) do update set last_number = dossier_code_sequence.last_number + 1
				returning last_number""").params(prefix, day).query(Integer.class).single();
	}

	Optional<IdempotencyRow> findIdempotency(String client, String key) {
		return this.jdbc
			.sql("select request_hash, dossier_code from dossier_idempotency where client = ? and idempotency_key = ?")
			.params(client, key)
			.query((rs, n) -> new IdempotencyRow(rs.getString("request_hash"), rs.getString("dossier_code")))
			.optional();
	}

	void insertIdempotency(String client, String key, String hash, String code, Instant at) {
		this.jdbc.sql("""
				insert into dossier_idempotency (client, idempotency_key, request_hash, dossier_code, created_at)
				values (?, ?, ?, ?, ?)""").params(client, key, hash, code, timestamp(at)).update();
	}

	private java.util.Map<String, @Nullable Object> parameters(Dossier d) {
		java.util.Map<String, @Nullable Object> p = new java.util.HashMap<>();
		p.put("code", d.code);
		p.put("status", d.status.code());
		p.put("channel", d.channel.name());
		p.put("procedureCode", d.procedureCode);
		p.put("procedureVersion", d.procedureVersion);
		p.put("caseIndex", d.caseIndex);
		p.put("procedureName", d.procedureName);
		p.put("agencyCode", d.agencyCode);
		p.put("deskAgencyCode", d.deskAgencyCode);
		p.put("applicantName", d.applicant.name());
		p.put("applicantNameFolded", VietnameseText.fold(d.applicant.name()));
		p.put("idNumber", d.applicant.idNumber());
		p.put("phone", d.applicant.phone());
		p.put("email", d.applicant.email());
		p.put("address", d.applicant.address());
		p.put("owner", d.ownerAccountId);
		p.put("content", this.json.writeValueAsString(d.content));
		p.put("submittedAt", timestamp(d.submittedAt));
		p.put("receivedAt", timestamp(d.receivedAt));
		p.put("countingFrom", timestamp(d.countingFrom));
		p.put("dueAt", timestamp(d.dueAt));
		p.put("originalDueAt", timestamp(d.originalDueAt));
		p.put("calendarVersion", d.calendarVersion);
		p.put("pausedSince", timestamp(d.pausedSince));
		p.put("currentStep", d.currentStep);
		p.put("stepStartedAt", timestamp(d.stepStartedAt));
		p.put("stepDueAt", timestamp(d.stepDueAt));
		p.put("stepAssignee", d.stepAssignee);
		p.put("resolvedAt", timestamp(d.resolvedAt));
		p.put("returnedAt", timestamp(d.returnedAt));
		p.put("outcome", d.outcome);
		p.put("appraisalRefusedAt", timestamp(d.appraisalRefusedAt));
		p.put("feesTotal", d.feesTotal);
		p.put("supplementCount", d.supplementCount);
		p.put("apologyCount", d.apologyCount);
		p.put("lastActor", d.lastActor);
		p.put("lastActionAt", timestamp(d.lastActionAt));
		p.put("createdAt", timestamp(d.createdAt));
		return p;
	}

	private Dossier map(ResultSet rs, int row) throws SQLException {
		Dossier d = new Dossier();
		d.id = rs.getLong("id");
		d.code = rs.getString("code");
		d.status = DossierStatus.ofCode(rs.getInt("status")).orElseThrow();
		d.channel = Channel.valueOf(rs.getString("channel"));
		d.procedureCode = rs.getString("procedure_code");
		d.procedureVersion = rs.getInt("procedure_version");
		d.caseIndex = rs.getInt("case_index");
		d.procedureName = rs.getString("procedure_name");
		d.agencyCode = rs.getString("agency_code");
		d.deskAgencyCode = rs.getString("desk_agency_code");
		d.applicant = new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
				rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address"));
		d.ownerAccountId = longOrNull(rs, "owner_account_id");
		d.content = this.json.readValue(rs.getString("content"), DossierContent.class);
		d.submittedAt = nullableInstant(rs, "submitted_at");
		d.receivedAt = nullableInstant(rs, "received_at");
		d.countingFrom = nullableInstant(rs, "counting_from");
		d.dueAt = nullableInstant(rs, "due_at");
		d.originalDueAt = nullableInstant(rs, "original_due_at");
		d.calendarVersion = rs.getString("calendar_version");
		d.pausedSince = nullableInstant(rs, "paused_since");
		d.currentStep = integer(rs, "current_step");
		d.stepStartedAt = nullableInstant(rs, "step_started_at");
		d.stepDueAt = nullableInstant(rs, "step_due_at");
		d.stepAssignee = rs.getString("step_assignee");
		d.resolvedAt = nullableInstant(rs, "resolved_at");
		d.returnedAt = nullableInstant(rs, "returned_at");
		d.outcome = rs.getString("outcome");
		d.appraisalRefusedAt = nullableInstant(rs, "appraisal_refused_at");
		d.feesTotal = longOrNull(rs, "fees_total");
		d.supplementCount = rs.getInt("supplement_count");
		d.apologyCount = rs.getInt("apology_count");
		d.lastActor = rs.getString("last_actor");
		d.lastActionAt = nullableInstant(rs, "last_action_at");
		d.lockVersion = rs.getInt("lock_version");
		d.createdAt = instant(rs, "created_at");
		d.historySize = rs.getInt("history_size");
		d.stepRows = rs.getInt("step_rows");
		return d;
	}

	static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	static @Nullable Long longOrNull(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/** One history row to append. */
	record HistoryRow(String action, @Nullable Integer fromStatus, int toStatus, @Nullable Integer step, String actor,
			@Nullable String actorName, @Nullable String agencyCode, @Nullable String remoteAddress, Instant at,
			@Nullable String note) {

	}

	record IdempotencyRow(String requestHash, String dossierCode) {

	}

}
