package vn.motcua.payment.internal;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.calendar.Deadlines;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.payment.PayableView;
import vn.motcua.payment.VnpayMerchantApi.Mode;
import vn.motcua.payment.internal.CashReports.CashReport;
import vn.motcua.payment.internal.CashReports.Entry;
import vn.motcua.payment.internal.CashReports.EntryKind;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The day of a counter: every payment and refund listed once (payer masked, receipt and
 * dossier linked), and the report's totals equal to the sum of the listed rows — in the
 * report, in the page the officer reads, in the Excel book, and against the ledger's own
 * tables summed by SQL. A counter of its own per test (a seeded random day of cash and
 * online payments, partial refunds at the counter and through the gateway, and refunds
 * the gateway refused, which move no money), so that the expected figures are exact.
 */
class CashReportTests extends WithVnpayMerchantApi {

	static final long SEED = 20261129L;

	static final Pattern ROW = Pattern
		.compile("<tr data-kind=\"(PAYMENT|REFUND)\" data-amount=\"(-?\\d+)\" data-cash=\"(true|false)\"");

	@Autowired
	CashReports reports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDaysTotalsAreTheSumOfTheListedRowsEverywhere() throws Exception {
		String desk = "T" + (System.nanoTime() % 100_000_000L);
		PaymentActor officer = officer(desk);
		Random random = new Random(SEED);
		long cashIn = 0;
		long cashOut = 0;
		long onlineIn = 0;
		long onlineOut = 0;
		int payments = 0;
		int refunds = 0;
		List<String> payers = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			long amount = 1_000L * (1 + random.nextInt(90));
			String payer = "Nguyễn Văn Thử" + (char) ('A' + i);
			payers.add(payer);
			boolean cash = random.nextBoolean();
			PayableView.TransactionView tx;
			if (cash) {
				tx = this.ledger.takeCash(open(desk, payer, amount).id(), officer);
				cashIn += amount;
			}
			else {
				tx = paidOnline(desk, payer, amount);
				onlineIn += amount;
			}
			payments++;
			// some payments are refunded in part, at the counter or through the gateway
			if (random.nextInt(3) == 0) {
				long part = 1_000L * (1 + random.nextInt((int) (amount / 1_000)));
				this.ledger.refund(tx.id(), part, "Hoàn một phần lần " + i, officer);
				refunds++;
				if (cash) {
					cashOut += part;
				}
				else {
					onlineOut += part;
				}
			}
			// and some online refunds the gateway refuses: no money moves
			else if (!cash && random.nextInt(2) == 0) {
				GATEWAY.mode(Mode.REFUSE);
				long all = amount;
				assertThatThrownBy(() -> this.ledger.refund(tx.id(), all, "Bị từ chối", officer))
					.isInstanceOf(DomainException.class)
					.hasFieldOrPropertyWithValue("code", "payment.refund.refused");
				GATEWAY.mode(Mode.NORMAL);
			}
		}
		LocalDate day = LocalDate.now(Deadlines.VIETNAM);
		CashReport report = this.reports.daily(desk, day, officer);
		CashReports.Totals totals = report.totals();

		// what the test did
		assertThat(totals.payments()).isEqualTo(payments);
		assertThat(totals.refunds()).isEqualTo(refunds);
		assertThat(totals.cashInVnd()).isEqualTo(cashIn);
		assertThat(totals.cashOutVnd()).isEqualTo(cashOut);
		assertThat(totals.cashBalanceVnd()).isEqualTo(cashIn - cashOut);
		assertThat(totals.onlineInVnd()).isEqualTo(onlineIn);
		assertThat(totals.onlineOutVnd()).isEqualTo(onlineOut);
		assertThat(totals.netVnd()).isEqualTo(cashIn - cashOut + onlineIn - onlineOut);
		assertThat(report.openRefunds()).allSatisfy((open) -> assertThat(open.status()).isEqualTo("REFUSED"));

		// what the rows add up to
		assertThat(report.entries()).hasSize(payments + refunds);
		assertThat(report.entries().stream().mapToLong(Entry::signedAmountVnd).sum()).isEqualTo(totals.netVnd());
		assertThat(sum(report, EntryKind.PAYMENT, true)).isEqualTo(totals.cashInVnd());
		assertThat(sum(report, EntryKind.REFUND, true)).isEqualTo(totals.cashOutVnd());
		assertThat(sum(report, EntryKind.PAYMENT, false)).isEqualTo(totals.onlineInVnd());
		assertThat(sum(report, EntryKind.REFUND, false)).isEqualTo(totals.onlineOutVnd());
		assertThat(report.entries()).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));

		// what the ledger's tables say, summed by SQL
		Timestamp from = Timestamp.from(day.atStartOfDay(Deadlines.VIETNAM).toInstant());
		Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(Deadlines.VIETNAM).toInstant());
		long paid = this.jdbc.sql("""
				select coalesce(sum(amount_vnd), 0) from payment_transaction
				where desk_agency_code = ? and occurred_at >= ? and occurred_at < ?""")
			.params(desk, from, to)
			.query(Long.class)
			.single();
		long refunded = this.jdbc.sql("""
				select coalesce(sum(amount_vnd), 0) from payment_refund
				where desk_agency_code = ? and refunded_at >= ? and refunded_at < ?""")
			.params(desk, from, to)
			.query(Long.class)
			.single();
		assertThat(paid - refunded).isEqualTo(totals.netVnd());

		// what the officer reads: the rows of the table add up to its last line
		RequestPostProcessor as = user(principal(desk));
		String page = this.mvc
			.perform(get("/workspace/payments").param("desk", desk).param("date", day.toString()).with(as))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher rows = ROW.matcher(page);
		long pageSum = 0;
		long pageCash = 0;
		int pageRows = 0;
		while (rows.find()) {
			long amount = Long.parseLong(rows.group(2));
			pageSum += amount;
			pageCash += "true".equals(rows.group(3)) ? amount : 0;
			pageRows++;
		}
		assertThat(pageRows).isEqualTo(report.entries().size());
		assertThat(pageSum).isEqualTo(totals.netVnd());
		assertThat(pageCash).isEqualTo(totals.cashBalanceVnd());
		assertThat(shown(page, "total-net")).isEqualTo(totals.netVnd());
		assertThat(shown(page, "cash-balance")).isEqualTo(totals.cashBalanceVnd());
		assertThat(page).contains("data-net=\"" + totals.netVnd() + "\"");
		// payers masked, receipts and dossiers linked
		for (String payer : payers) {
			assertThat(page).doesNotContain(payer);
		}
		assertThat(page).contains("N*** V*** ThửA");
		String table = page.substring(page.indexOf("id=\"day-entries\""));
		table = table.substring(0, table.indexOf("</table>"));
		assertThat(countOf(table, "href=\"/workspace/payments/receipts/" + desk + "-"))
			.isEqualTo(report.entries().size());
		assertThat(countOf(table, "href=\"/workspace/dossiers/GW-")).isEqualTo(report.entries().size());

		// the Excel book: the entries' amounts add up to its total line
		byte[] excel = this.mvc.perform(
				get("/workspace/payments/cash-report.xlsx").param("desk", desk).param("date", day.toString()).with(as))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
			long bookSum = 0;
			Long bookNet = null;
			int bookRows = 0;
			for (Row row : book.getSheetAt(0)) {
				Cell receipt = row.getCell(1);
				Cell amount = row.getCell(6);
				if (amount == null || amount.getCellType() != CellType.NUMERIC) {
					continue;
				}
				if (receipt != null && receipt.getStringCellValue().startsWith(desk + "-")) {
					bookSum += (long) amount.getNumericCellValue();
					bookRows++;
				}
				else if ("Cộng (thu trừ hoàn)".equals(row.getCell(0).getStringCellValue())) {
					bookNet = (long) amount.getNumericCellValue();
				}
			}
			assertThat(bookRows).isEqualTo(report.entries().size());
			assertThat(bookSum).isEqualTo(totals.netVnd());
			assertThat(bookNet).isEqualTo(totals.netVnd());
		}
	}

	@Test
	void theOfficerChoosesTheCounterAndTheDayInTheirLanguage() throws Exception {
		String desk = "T" + (System.nanoTime() % 100_000_000L);
		PaymentActor officer = officer(desk);
		this.ledger.takeCash(open(desk, "Lê Thị Cúc", 18_000).id(), officer);
		RequestPostProcessor as = user(principal(desk));
		this.mvc.perform(get("/workspace/payments").with(as))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + desk + "\" selected")))
			.andExpect(content().string(containsString("<label for=\"report-date\"")))
			.andExpect(content().string(containsString("L*** T*** Cúc")))
			.andExpect(content().string(containsString("Thu, hoàn tiền trong ngày")));
		this.mvc.perform(get("/workspace/payments").param("lang", "en").with(as))
			.andExpect(content().string(containsString("Payments and refunds of the day")))
			.andExpect(content().string(containsString("Total (payments less refunds)")));
		// an empty day
		this.mvc.perform(get("/workspace/payments").param("date", "2020-01-02").with(as))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"total-net\">0<")));
		// another counter is out of scope
		this.mvc.perform(get("/workspace/payments").param("desk", "06652").with(as)).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/payments/cash-report").param("desk", "06652").param("date", "2026-11-25").with(as))
			.andExpect(status().isForbidden());
	}

	private static long sum(CashReport report, EntryKind kind, boolean cash) {
		return report.entries()
			.stream()
			.filter((e) -> e.kind() == kind && e.cash() == cash)
			.mapToLong(Entry::amountVnd)
			.sum();
	}

	private static long shown(String page, String id) {
		Matcher matcher = Pattern.compile("id=\"" + id + "\">(-?[\\d.]+)<").matcher(page);
		assertThat(matcher.find()).as(id).isTrue();
		return Long.parseLong(matcher.group(1).replace(".", ""));
	}

	private static int countOf(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static PaymentActor officer(String desk) {
		return new PaymentActor("thuquy." + desk, "Cán bộ thu", true, Set.of(Role.ONE_STOP_OFFICER), desk, false, null);
	}

	private static StaffPrincipal principal(String desk) {
		return new StaffPrincipal(990_001L, "thuquy." + desk, "Cán bộ thu", null, true, desk, false,
				Set.of(Role.ONE_STOP_OFFICER));
	}

}
