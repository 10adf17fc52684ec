package vn.motcua.payment.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.motcua.calendar.Deadlines;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MaskedName;

/**
 * The daily cash report of a counter (desk agency): every payment and refund of the day
 * with the totals they add up to, and the reconciliation of the gateway (callbacks and
 * querydr answers) with the online orders and payables.
 */
@Service
public class CashReports {

	private final JdbcClient jdbc;

	private final PaymentLedger ledger;

	CashReports(JdbcClient jdbc, PaymentLedger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	/**
	 * One counter's day, for an officer of that counter: every payment and refund of the
	 * day in time order, and totals computed from exactly those entries.
	 */
	public CashReport daily(String desk, LocalDate day, PaymentActor actor) {
		if (!this.ledger.inScope(actor, desk)) {
			throw DomainException.forbidden("payment.out-of-scope");
		}
		Timestamp from = Timestamp.from(day.atStartOfDay(Deadlines.VIETNAM).toInstant());
		Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(Deadlines.VIETNAM).toInstant());
		List<Entry> entries = this.jdbc.sql("""
				select kind, id, receipt_number, at, reference, payer_name, provider, amount_vnd, officer, reason
				from (
				  select 'PAYMENT' kind, t.id, t.receipt_number, t.occurred_at at, p.reference, p.payer_name,
				    t.provider, t.amount_vnd, t.collected_by officer, null reason
				  from payment_transaction t join payment_payable p on p.id = t.payable_id
				  where t.desk_agency_code = ? and t.occurred_at >= ? and t.occurred_at < ?
				  union all
				  select 'REFUND' kind, r.id, t.receipt_number, r.refunded_at at, p.reference, p.payer_name,
				    t.provider, r.amount_vnd, r.refunded_by officer, r.reason
				  from payment_refund r join payment_transaction t on t.id = r.transaction_id
				  join payment_payable p on p.id = r.payable_id
				  where r.desk_agency_code = ? and r.refunded_at >= ? and r.refunded_at < ?
				) e order by at, kind, id""")
			.params(desk, from, to, desk, from, to)
			.query((rs, n) -> new Entry(EntryKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8),
					rs.getString(9), rs.getString(10)))
			.list();
		List<OpenRefund> open = this.jdbc.sql("""
				select r.id, t.receipt_number, r.requested_at, p.reference, p.payer_name, t.provider, r.amount_vnd,
				  r.requested_by, r.reason, r.status, r.response_code, r.problem
				from payment_refund_request r join payment_transaction t on t.id = r.transaction_id
				join payment_payable p on p.id = r.payable_id
				where r.desk_agency_code = ? and r.requested_at >= ? and r.requested_at < ? and r.status <> 'DONE'
				order by r.id""")
			.params(desk, from, to)
			.query((rs, n) -> new OpenRefund(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4), MaskedName.of(rs.getString(5)), rs.getString(6), rs.getLong(7), rs.getString(8),
					rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)))
			.list();
		return new CashReport(desk, day, entries, Totals.of(entries), open);
	}

	/**
	 * The counters (desk agencies) an officer may see the day of: their own agency and
	 * every counter within their scope that has taken money.
	 */
	public List<String> counters(PaymentActor actor) {
		String own = actor.agencyCode();
		if (!actor.staff() || own == null) {
			return List.of();
		}
		Set<String> desks = new TreeSet<>(
				this.jdbc.sql("select distinct desk_agency_code from payment_payable").query(String.class).list());
		desks.removeIf((desk) -> !this.ledger.inScope(actor, desk));
		desks.remove(own);
		List<String> counters = new ArrayList<>();
		counters.add(own);
		counters.addAll(desks);
		return counters;
	}

	/** The report as an Excel workbook: the entries, then the totals. */
	public byte[] excel(CashReport report, Labels labels) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(labels.sheet());
			int r = 0;
			sheet.createRow(r++).createCell(0).setCellValue(labels.title());
			r++;
			Row head = sheet.createRow(r++);
			for (int i = 0; i < labels.columns().size(); i++) {
				head.createCell(i).setCellValue(labels.columns().get(i));
			}
			for (Entry entry : report.entries()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(labels.kind(entry.kind()));
				row.createCell(1).setCellValue(entry.receiptNumber());
				row.createCell(2).setCellValue(labels.time(entry.at()));
				row.createCell(3).setCellValue(entry.reference());
				row.createCell(4).setCellValue(entry.payerName());
				row.createCell(5).setCellValue(labels.method(entry.provider()));
				row.createCell(6).setCellValue(entry.signedAmountVnd());
				row.createCell(7).setCellValue((entry.officer() != null) ? entry.officer() : "");
				row.createCell(8).setCellValue((entry.reason() != null) ? entry.reason() : "");
			}
			r++;
			Totals totals = report.totals();
			long[] values = { totals.cashInVnd(), totals.cashOutVnd(), totals.cashBalanceVnd(), totals.onlineInVnd(),
					totals.onlineOutVnd(), totals.netVnd() };
			for (int i = 0; i < values.length; i++) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(labels.totals().get(i));
				row.createCell(6).setCellValue(values[i]);
			}
			for (int i = 0; i < 9; i++) {
				sheet.setColumnWidth(i, 20 * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Online orders created in a period, each with what the gateway said and what was
	 * credited: OK, NOT_CREDITED (the gateway confirmed a payment we hold no transaction
	 * for), UNCONFIRMED (no callback yet, and querydr has not settled it), FAILED (the
	 * gateway said the payment failed), EXPIRED (never paid: querydr found it unfinished
	 * or unknown once its time was over), MISMATCH (credited amount differs from the
	 * order). Each row says when the gateway was last asked about the order and what that
	 * came to.
	 */
	public List<ReconciliationRow> reconciliation(LocalDate from, LocalDate to, PaymentActor actor) {
		if (!actor.staff() || actor.agencyCode() == null) {
			throw DomainException.forbidden("payment.out-of-scope");
		}
		if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
			throw DomainException.invalid("payment.period-invalid", "to", from, to);
		}
		Timestamp start = Timestamp.from(from.atStartOfDay(Deadlines.VIETNAM).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(Deadlines.VIETNAM).toInstant());
		return this.jdbc
			.sql("""
					select o.txn_ref, p.reference, p.desk_agency_code, p.agency_code, o.amount_vnd, o.status, o.created_at,
					  (select count(*) from payment_gateway_notice n where n.txn_ref = o.txn_ref) notices,
					  (select count(*) from payment_gateway_notice n where n.txn_ref = o.txn_ref and n.response_code = '00'
					     and n.verdict in ('00', '02')) confirmations,
					  coalesce((select sum(t.amount_vnd) from payment_transaction t where t.order_ref = o.txn_ref), 0) credited,
					  (select string_agg(t.provider_ref, ', ') from payment_transaction t where t.order_ref = o.txn_ref) gateway_refs,
					  p.amount_vnd, p.paid_vnd, o.last_queried_at, o.query_outcome
					from payment_online_order o join payment_payable p on p.id = o.payable_id
					where o.created_at >= ? and o.created_at < ? order by o.created_at""")
			.params(start, end)
			.query((rs, n) -> {
				long amount = rs.getLong(5);
				String status = rs.getString(6);
				long confirmations = rs.getLong(9);
				long credited = rs.getLong(10);
				String verdict;
				if (credited > 0 && credited != amount) {
					verdict = "MISMATCH";
				}
				else if (credited == amount) {
					verdict = "OK";
				}
				else if (confirmations > 0) {
					verdict = "NOT_CREDITED";
				}
				else if ("FAILED".equals(status)) {
					verdict = "FAILED";
				}
				else if ("EXPIRED".equals(status)) {
					verdict = "EXPIRED";
				}
				else {
					verdict = "UNCONFIRMED";
				}
				return new ReconciliationRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), amount,
						status, rs.getTimestamp(7).toInstant(), rs.getLong(8), credited, rs.getString(11),
						rs.getLong(12), rs.getLong(13), verdict,
						(rs.getTimestamp(14) != null) ? rs.getTimestamp(14).toInstant() : null, rs.getString(15));
			})
			.list()
			.stream()
			.filter((row) -> this.ledger.inScope(actor, row.deskAgencyCode())
					|| this.ledger.inScope(actor, row.agencyCode()))
			.toList();
	}

	/**
	 * A day of one counter: its payments and refunds, the totals computed from them, and
	 * the refunds asked of the gateway that day that are not (yet) made, which move no
	 * money and are not in the totals.
	 */
	public record CashReport(String desk, LocalDate day, List<Entry> entries, Totals totals,
			List<OpenRefund> openRefunds) {

		public CashReport {
			entries = List.copyOf(entries);
			openRefunds = List.copyOf(openRefunds);
		}

	}

	/** A payment taken or a refund given. */
	public enum EntryKind {

		PAYMENT, REFUND

	}

	/**
	 * One line of a counter's day. The payer's full name is kept for the Excel book only;
	 * pages and the API show it masked.
	 *
	 * @param id the payment's or the refund's id
	 * @param receiptNumber the receipt of the payment (for a refund: of the payment it
	 * gives back)
	 * @param amountVnd the amount moved, positive
	 * @param officer who took or gave back the money; none for an online payment
	 */
	public record Entry(EntryKind kind, long id, String receiptNumber, Instant at, String reference,
			@JsonIgnore String payerName, String provider, long amountVnd, @Nullable String officer,
			@Nullable String reason) {

		/** The payer as lists show it. */
		@JsonProperty
		public String payer() {
			return MaskedName.of(this.payerName);
		}

		/** Money in is positive, money out negative. */
		@JsonProperty
		public long signedAmountVnd() {
			return (this.kind == EntryKind.PAYMENT) ? this.amountVnd : -this.amountVnd;
		}

		public boolean cash() {
			return PaymentLedger.CASH.equals(this.provider);
		}

	}

	/**
	 * The totals of a day, made from its entries and from nothing else, so that what the
	 * report says is what its lines add up to.
	 *
	 * @param cashBalanceVnd cash taken less cash given back: what goes to the fund
	 * @param netVnd every entry's signed amount added up
	 */
	public record Totals(int payments, int refunds, long cashInVnd, long cashOutVnd, long cashBalanceVnd,
			long onlineInVnd, long onlineOutVnd, long netVnd) {

		public static Totals of(List<Entry> entries) {
			int payments = 0;
			int refunds = 0;
			long cashIn = 0;
			long cashOut = 0;
			long onlineIn = 0;
			long onlineOut = 0;
			long net = 0;
			for (Entry entry : entries) {
				net = Math.addExact(net, entry.signedAmountVnd());
				if (entry.kind() == EntryKind.PAYMENT) {
					payments++;
					if (entry.cash()) {
						cashIn = Math.addExact(cashIn, entry.amountVnd());
					}
					else {
						onlineIn = Math.addExact(onlineIn, entry.amountVnd());
					}
				}
				else {
					refunds++;
					if (entry.cash()) {
						cashOut = Math.addExact(cashOut, entry.amountVnd());
					}
					else {
						onlineOut = Math.addExact(onlineOut, entry.amountVnd());
					}
				}
			}
			return new Totals(payments, refunds, cashIn, cashOut, cashIn - cashOut, onlineIn, onlineOut, net);
		}

	}

	/**
	 * A refund asked of the gateway that day and not made: refused, unconfirmed or
	 * sending.
	 */
	public record OpenRefund(long requestId, String receiptNumber, Instant at, String reference, String payer,
			String provider, long amountVnd, String requestedBy, String reason, String status,
			@Nullable String responseCode, @Nullable String problem) {

	}

	public record ReconciliationRow(String txnRef, String reference, String deskAgencyCode, String agencyCode,
			long amountVnd, String orderStatus, Instant createdAt, long callbacks, long creditedVnd,
			@Nullable String gatewayRefs, long payableAmountVnd, long payablePaidVnd, String verdict,
			@Nullable Instant lastQueriedAt, @Nullable String queryOutcome) {

		/** Whether the gateway may be asked about it (querydr). */
		public boolean askable() {
			return "PENDING".equals(this.orderStatus);
		}

	}

	/** Texts of the workbook in the reader's language. */
	public record Labels(String sheet, String title, List<String> columns, List<String> totals,
			Function<Instant, String> timeFormat, Function<String, String> methodName,
			Function<EntryKind, String> kindName) {

		String time(Instant at) {
			return this.timeFormat.apply(at);
		}

		String method(String provider) {
			return this.methodName.apply(provider);
		}

		String kind(EntryKind kind) {
			return this.kindName.apply(kind);
		}

	}

}
