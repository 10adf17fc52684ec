package vn.motcua.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.document.FormHeader;
import vn.motcua.document.RegisterEntry;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.DomainException;

/**
 * The lines of the dossier tracking book (Sổ theo dõi hồ sơ) of a one-stop desk: every
 * dossier the desk received in a period, numbered from 1 for the whole year of receipt
 * (Circular 01/2018 Art. 10: one book a year, numbering from 01), with its transfer to
 * the resolving unit (the first step started), its result, its supplement request and its
 * return.
 */
@Component
public class DossierBook {

	/** The most lines one printed book holds; a longer period is refused. */
	public static final int MAX_LINES = 3000;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final MessageSource messages;

	DossierBook(JdbcClient jdbc, Agencies agencies, MessageSource messages) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.messages = messages;
	}

	/**
	 * The lines for the dossiers received by {@code deskAgencyCode}'s desk from
	 * {@code from} to {@code to} (inclusive, days in Vietnam), in order of receipt.
	 * @throws DomainException {@code dossier.book.too-many} (INVALID, field {@code to})
	 * beyond {@value #MAX_LINES} lines
	 */
	public List<RegisterEntry> lines(String deskAgencyCode, LocalDate from, LocalDate to) {
		Instant yearStart = LocalDate.of(from.getYear(), 1, 1).atStartOfDay(FormHeader.VIETNAM).toInstant();
		Instant start = from.atStartOfDay(FormHeader.VIETNAM).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(FormHeader.VIETNAM).toInstant();
		Map<String, String> names = new HashMap<>();
		List<RegisterEntry> lines = this.jdbc.sql("""
				with book as (
					select d.id, d.code, d.status, d.procedure_name, d.applicant_name, d.applicant_address,
						d.applicant_phone, d.agency_code, d.received_at, d.due_at, d.resolved_at, d.returned_at,
						d.appraisal_refused_at,
						row_number() over (partition by extract(year from d.received_at at time zone 'Asia/Ho_Chi_Minh')
							order by d.received_at, d.id) as number
					from dossier d
					where d.desk_agency_code = :desk and d.code is not null
						and d.received_at >= :yearStart and d.received_at < :end)
				select book.*,
					(select min(s.started_at) from dossier_step s where s.dossier_id = book.id) as transferred_at,
					(select min(h.occurred_at) from dossier_history h
						where h.dossier_id = book.id and h.action = 'request-supplement') as supplement_at
				from book where received_at >= :start order by number limit :limit""")
			.param("desk", deskAgencyCode)
			.param("yearStart", Timestamp.from(yearStart))
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.param("limit", MAX_LINES + 1)
			.query((rs, n) -> line(rs, names))
			.list();
		if (lines.size() > MAX_LINES) {
			throw DomainException.invalid("dossier.book.too-many", "to", MAX_LINES);
		}
		return lines;
	}

	private RegisterEntry line(ResultSet rs, Map<String, String> names) throws SQLException {
		String agency = rs.getString("agency_code");
		String unit = names.computeIfAbsent(agency,
				(code) -> this.agencies.findByCode(code).map(AgencyView::name).orElse(code));
		DossierStatus status = DossierStatus.ofCode(rs.getInt("status")).orElseThrow();
		String note = switch (status) {
			case NOT_RECEIVED, WITHDRAWN, STOPPED ->
				this.messages.getMessage(status.messageKey(), null, status.name(), VIETNAMESE);
			// the result handed over is the refusal paper
			case RESOLVED, RETURNED -> (rs.getTimestamp("appraisal_refused_at") != null) ? this.messages
				.getMessage("dossier.book.refused-after-appraisal", null, "Từ chối giải quyết", VIETNAMESE) : null;
			default -> null;
		};
		return new RegisterEntry(rs.getInt("number"), rs.getString("code"), rs.getString("procedure_name"), 1,
				rs.getString("applicant_name"), rs.getString("applicant_address"), rs.getString("applicant_phone"),
				unit, instant(rs, "received_at"), nullable(rs, "due_at"), nullable(rs, "transferred_at"),
				nullable(rs, "resolved_at"), nullable(rs, "supplement_at"), nullable(rs, "returned_at"), note);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant nullable(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
