package vn.motcua.payment.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.motcua.calendar.Deadlines;
import vn.motcua.shared.DomainException;

/**
 * The daily cash report of a counter (desk agency): every receipt and refund of the day
 * with the cash balance, and the reconciliation of the gateway's callbacks with the
 * online orders and payables.
 */
@Service
public class CashReports {

	private final JdbcClient jdbc;

	private final PaymentLedger ledger;

	CashReports(JdbcClient jdbc, PaymentLedger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	/** One counter's day, for an officer of that counter. */
	public CashReport daily(String desk, LocalDate day, PaymentActor actor) {
		if (!this.ledger.inScope(actor, desk)) {
			throw DomainException.forbidden("payment.out-of-scope");
		}
		Timestamp from = Timestamp.from(day.atStartOfDay(Deadlines.VIETNAM).toInstant());
		Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(Deadlines.VIETNAM).toInstant());
		List<ReceiptRow> receipts = this.jdbc.sql("""
				select t.receipt_number, t.occurred_at, p.reference, p.payer_name, t.provider, t.amount_vnd,
				  t.collected_by from payment_transaction t join payment_payable p on p.id = t.payable_id
				where t.desk_agency_code = ? and t.occurred_at >= ? and t.occurred_at < ? order by t.id""")
			.params(desk, from, to)
			.query((rs, n) -> new ReceiptRow(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7)))
			.list();
		List<RefundRow> refunds = this.jdbc.sql("""
				select t.receipt_number, r.refunded_at, p.reference, t.provider, r.amount_vnd, r.reason, r.refunded_by
				from payment_refund r join payment_transaction t on t.id = r.transaction_id
				join payment_payable p on p.id = r.payable_id
				where r.desk_agency_code = ? and r.refunded_at >= ? and r.refunded_at < ? order by r.id""")
			.params(desk, from, to)
			.query((rs, n) -> new RefundRow(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7)))
			.list();
		long cashIn = receipts.stream()
			.filter((r) -> PaymentLedger.CASH.equals(r.provider()))
			.mapToLong(ReceiptRow::amountVnd)
			.sum();
		long online = receipts.stream()
			.filter((r) -> !PaymentLedger.CASH.equals(r.provider()))
			.mapToLong(ReceiptRow::amountVnd)
			.sum();
		long cashOut = refunds.stream()
			.filter((r) -> PaymentLedger.CASH.equals(r.provider()))
			.mapToLong(RefundRow::amountVnd)
			.sum();
		long onlineOut = refunds.stream().mapToLong(RefundRow::amountVnd).sum() - cashOut;
		return new CashReport(desk, day, receipts, refunds, cashIn, cashOut, cashIn - cashOut, online, onlineOut);
	}

	/** The report as an Excel workbook. */
	public byte[] excel(CashReport report, Labels labels) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(labels.sheet());
			int r = 0;
			sheet.createRow(r++).createCell(0).setCellValue(labels.title());
			r++;
			Row head = sheet.createRow(r++);
			for (int i = 0; i < labels.receiptColumns().size(); i++) {
				head.createCell(i).setCellValue(labels.receiptColumns().get(i));
			}
			for (ReceiptRow receipt : report.receipts()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(receipt.receiptNumber());
				row.createCell(1).setCellValue(labels.time(receipt.at()));
				row.createCell(2).setCellValue(receipt.reference());
				row.createCell(3).setCellValue(receipt.payerName());
				row.createCell(4).setCellValue(labels.method(receipt.provider()));
				row.createCell(5).setCellValue(receipt.amountVnd());
				row.createCell(6).setCellValue((receipt.collectedBy() != null) ? receipt.collectedBy() : "");
			}
			r++;
			Row refundHead = sheet.createRow(r++);
			for (int i = 0; i < labels.refundColumns().size(); i++) {
				refundHead.createCell(i).setCellValue(labels.refundColumns().get(i));
			}
			for (RefundRow refund : report.refunds()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(refund.receiptNumber());
				row.createCell(1).setCellValue(labels.time(refund.at()));
				row.createCell(2).setCellValue(refund.reference());
				row.createCell(3).setCellValue(labels.method(refund.provider()));
				row.createCell(4).setCellValue(refund.amountVnd());
				row.createCell(5).setCellValue(refund.reason());
				row.createCell(6).setCellValue(refund.refundedBy());
			}
			r++;
			long[] totals = { report.cashInVnd(), report.cashOutVnd(), report.cashBalanceVnd(), report.onlineInVnd(),
					report.onlineOutVnd() };
			for (int i = 0; i < totals.length; i++) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(labels.totals().get(i));
				row.createCell(5).setCellValue(totals[i]);
			}
			for (int i = 0; i < 7; i++) {
				sheet.setColumnWidth(i, 22 * 256);
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
	 * for), UNCONFIRMED (no callback yet), FAILED (the gateway said the payment failed),
	 * MISMATCH (credited amount differs from the order).
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
					  p.amount_vnd, p.paid_vnd
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
				else {
					verdict = "UNCONFIRMED";
				}
				return new ReconciliationRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), amount,
						status, rs.getTimestamp(7).toInstant(), rs.getLong(8), credited, rs.getString(11),
						rs.getLong(12), rs.getLong(13), verdict);
			})
			.list()
			.stream()
			.filter((row) -> this.ledger.inScope(actor, row.deskAgencyCode())
					|| this.ledger.inScope(actor, row.agencyCode()))
			.toList();
	}

	/** A day of one counter. */
	public record CashReport(String desk, LocalDate day, List<ReceiptRow> receipts, List<RefundRow> refunds,
			long cashInVnd, long cashOutVnd, long cashBalanceVnd, long onlineInVnd, long onlineOutVnd) {

	}

	public record ReceiptRow(String receiptNumber, Instant at, String reference, String payerName, String provider,
			long amountVnd, @Nullable String collectedBy) {

	}

	public record RefundRow(String receiptNumber, Instant at, String reference, String provider, long amountVnd,
			String reason, String refundedBy) {

	}

	public record ReconciliationRow(String txnRef, String reference, String deskAgencyCode, String agencyCode,
			long amountVnd, String orderStatus, Instant createdAt, long callbacks, long creditedVnd,
			@Nullable String gatewayRefs, long payableAmountVnd, long payablePaidVnd, String verdict) {

	}

	/** Texts of the workbook in the reader's language. */
	public record Labels(String sheet, String title, List<String> receiptColumns, List<String> refundColumns,
			List<String> totals, java.util.function.Function<Instant, String> timeFormat,
			java.util.function.Function<String, String> methodName) {

		String time(Instant at) {
			return this.timeFormat.apply(at);
		}

		String method(String provider) {
			return this.methodName.apply(provider);
		}

	}

}
