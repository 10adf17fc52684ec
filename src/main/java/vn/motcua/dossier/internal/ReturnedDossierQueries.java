package vn.motcua.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ReturnedDossier;
import vn.motcua.dossier.ReturnedDossiers;

/** SQL for {@link ReturnedDossiers}: returned dossiers (status 10) only. */
@Component
class ReturnedDossierQueries implements ReturnedDossiers {

	private static final String COLUMNS = "d.id, d.code, d.procedure_code, d.agency_code, d.desk_agency_code,"
			+ " d.channel, d.received_at, d.due_at, d.resolved_at, d.returned_at, d.outcome, d.supplement_count,"
			+ " d.applicant_name, d.applicant_id_number, d.applicant_phone, d.applicant_email, d.applicant_address";

	private final JdbcClient jdbc;

	ReturnedDossierQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ReturnedDossier> find(String code) {
		return this.jdbc
			.sql("select " + COLUMNS + ", (select h.actor from dossier_history h where h.dossier_id = d.id"
					+ " and h.action = 'return-result' order by h.seq desc limit 1) as returned_by"
					+ " from dossier d where d.code = ? and d.status = 10 and d.returned_at is not null")
			.param(code)
			.query((rs, row) -> map(rs, steps(rs.getLong("id")), rs.getString("returned_by")))
			.optional();
	}

	@Override
	public List<ReturnedDossier> returnedBetween(Set<String> agencyCodes, Instant from, Instant to) {
		if (agencyCodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from dossier d where d.status = 10 and d.agency_code in (:agencies)"
					+ " and d.returned_at >= :from and d.returned_at < :to order by d.returned_at, d.id")
			.param("agencies", agencyCodes)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, row) -> map(rs, List.of(), null))
			.list();
	}

	private List<ReturnedDossier.Step> steps(long dossierId) {
		return this.jdbc
			.sql("select step_index, role, agency_code, handled_by, due_at, finished_at, allowed_seconds, used_seconds"
					+ " from dossier_step where dossier_id = ? order by seq")
			.param(dossierId)
			.query((rs, row) -> new ReturnedDossier.Step(rs.getInt("step_index"), rs.getString("role"),
					rs.getString("agency_code"), rs.getString("handled_by"), instant(rs, "due_at"),
					instantOrNull(rs, "finished_at"), rs.getLong("allowed_seconds"),
					(rs.getObject("used_seconds") != null) ? rs.getLong("used_seconds") : null))
			.list();
	}

	private static ReturnedDossier map(ResultSet rs, List<ReturnedDossier.Step> steps, @Nullable String returnedBy)
			throws SQLException {
		Applicant applicant = new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
				rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address"));
		return new ReturnedDossier(rs.getString("code"), rs.getString("procedure_code"), rs.getString("agency_code"),
				rs.getString("desk_agency_code"), Channel.valueOf(rs.getString("channel")),
				instantOrNull(rs, "received_at"), instantOrNull(rs, "due_at"), instantOrNull(rs, "resolved_at"),
				instant(rs, "returned_at"), rs.getString("outcome"), rs.getInt("supplement_count"), applicant, steps,
				returnedBy);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
