package vn.motcua.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTimeline;
import vn.motcua.dossier.DossierTimelines;

/**
 * Reads dossiers with their history for statistics, streaming with a database cursor so
 * that millions of dossiers pass through a small, constant amount of memory.
 */
@Component
class DossierTimelineQueries implements DossierTimelines {

	private static final String SELECT = """
			select d.id, d.code, d.procedure_code, d.agency_code, d.desk_agency_code, d.channel, d.status,
			  d.submitted_at, d.received_at, d.due_at, d.original_due_at, d.resolved_at, d.returned_at, d.outcome,
			  d.apology_count, d.appraisal_refused_at is not null as refused_after_appraisal, h.action, h.from_status, h.to_status, h.occurred_at, h.due_at as entry_due, h.actor,
			  (select count(*) from dossier_step s where s.dossier_id = d.id) as hand_overs
			from dossier d join dossier_history h on h.dossier_id = d.id
			where d.status <> 0 and d.code is not null and %s
			order by d.id, h.seq""";

	private static final Map<String, DossierAction> ACTIONS = new HashMap<>();

	static {
		Arrays.stream(DossierAction.values()).forEach((action) -> ACTIONS.put(action.apiName(), action));
	}

	private final JdbcTemplate template;

	private final TransactionTemplate transactions;

	DossierTimelineQueries(JdbcTemplate template, PlatformTransactionManager transactionManager) {
		this.template = template;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setReadOnly(true);
	}

	@Override
	public Optional<DossierTimeline> find(String code) {
		List<DossierTimeline> found = new ArrayList<>();
		stream(SELECT.formatted("d.code = ?"), new Object[] { code }, found::add);
		return found.stream().findFirst();
	}

	@Override
	public void forEach(Consumer<DossierTimeline> consumer) {
		stream(SELECT.formatted("true"), new Object[0], consumer);
	}

	@Override
	public void forEachImportedSince(Instant since, Consumer<DossierTimeline> consumer) {
		stream(SELECT
			.formatted("d.id in (select dossier_id from dossier_history where action = 'import' and occurred_at >= ?)"),
				new Object[] { Timestamp.from(since) }, consumer);
	}

	private void stream(String sql, Object[] args, Consumer<DossierTimeline> consumer) {
		this.transactions.executeWithoutResult((status) -> {
			Builder builder = new Builder(consumer);
			PreparedStatementCreator statement = (connection) -> {
				var ps = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
				ps.setFetchSize(2000);
				for (int i = 0; i < args.length; i++) {
					ps.setObject(i + 1, args[i]);
				}
				return ps;
			};
			this.template.query(statement, builder::row);
			builder.flush();
		});
	}

	/** Groups the joined rows (ordered by dossier) into timelines. */
	private static final class Builder {

		private final Consumer<DossierTimeline> consumer;

		private long id = -1;

		private @Nullable DossierTimeline head;

		private final List<DossierTimeline.Entry> entries = new ArrayList<>();

		Builder(Consumer<DossierTimeline> consumer) {
			this.consumer = consumer;
		}

		void row(ResultSet rs) throws SQLException {
			long rowId = rs.getLong("id");
			if (rowId != this.id) {
				flush();
				this.id = rowId;
				this.head = new DossierTimeline(rs.getString("code"), rs.getString("procedure_code"),
						rs.getString("agency_code"), rs.getString("desk_agency_code"),
						Channel.valueOf(rs.getString("channel")), status(rs.getInt("status")),
						DossierStore.nullableInstant(rs, "submitted_at"),
						DossierStore.nullableInstant(rs, "received_at"), DossierStore.nullableInstant(rs, "due_at"),
						DossierStore.nullableInstant(rs, "original_due_at"),
						DossierStore.nullableInstant(rs, "resolved_at"),
						DossierStore.nullableInstant(rs, "returned_at"), rs.getString("outcome"),
						rs.getInt("apology_count") > 0, false, List.of(), rs.getInt("hand_overs"),
						rs.getBoolean("refused_after_appraisal"));
			}
			DossierAction action = ACTIONS.get(rs.getString("action"));
			if (action == null) {
				return;
			}
			int from = rs.getInt("from_status");
			DossierStatus fromStatus = rs.wasNull() ? null : status(from);
			Instant due = DossierStore.nullableInstant(rs, "entry_due");
			if (action == DossierAction.IMPORT && due == null && this.head != null) {
				due = this.head.dueAt();
			}
			this.entries.add(new DossierTimeline.Entry(action, fromStatus, status(rs.getInt("to_status")),
					DossierStore.instant(rs, "occurred_at"), due, rs.getString("actor")));
		}

		void flush() {
			DossierTimeline h = this.head;
			if (h != null) {
				boolean imported = !this.entries.isEmpty() && this.entries.get(0).action() == DossierAction.IMPORT;
				this.consumer.accept(new DossierTimeline(h.code(), h.procedureCode(), h.agencyCode(),
						h.deskAgencyCode(), h.channel(), h.status(), h.submittedAt(), h.receivedAt(), h.dueAt(),
						h.originalDueAt(), h.resolvedAt(), h.returnedAt(), h.outcome(), h.apologized(), imported,
						List.copyOf(this.entries), h.handOvers(), h.refusedAfterAppraisal()));
			}
			this.head = null;
			this.entries.clear();
		}

		private static DossierStatus status(int code) {
			return DossierStatus.ofCode(code).orElseThrow();
		}

	}

}
