package vn.motcua.payment.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.calendar.Deadlines;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.Agencies;
import vn.motcua.payment.internal.CashReports;
import vn.motcua.payment.internal.PaymentActor;
import vn.motcua.payment.internal.PaymentLedger;
import vn.motcua.payment.internal.PendingOrderCheck;
import vn.motcua.payment.internal.ReceiptPdf;
import vn.motcua.shared.DomainException;

/**
 * Payment pages: cash and refunds at the counter (from the staff dossier page), receipts
 * as PDF, the day of a counter (every payment and refund, the daily cash report), the
 * reconciliation with its "ask the gateway" action, the citizen's online payment and the
 * page VNPAY returns the payer to.
 */
@Controller
class PaymentPages {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Deadlines.VIETNAM);

	private final PaymentLedger ledger;

	private final CashReports reports;

	private final ReceiptPdf receipts;

	private final MessageSource messages;

	private final Clock clock;

	private final PendingOrderCheck check;

	private final Agencies agencies;

	private final String referenceLink;

	PaymentPages(PaymentLedger ledger, CashReports reports, ReceiptPdf receipts, PendingOrderCheck check,
			Agencies agencies, MessageSource messages, Clock clock,
			@Value("${motcua.payment.reference-link:/workspace/dossiers/{reference}}") String referenceLink) {
		this.ledger = ledger;
		this.reports = reports;
		this.receipts = receipts;
		this.check = check;
		this.agencies = agencies;
		this.messages = messages;
		this.clock = clock;
		this.referenceLink = referenceLink;
	}

	// ------------------------------------------------------------ counter

	@PostMapping("/workspace/payments/{id}/cash")
	String cash(@PathVariable long id, @RequestParam(required = false) @Nullable String returnTo,
			Authentication authentication, RedirectAttributes redirect) {
		String back = back(returnTo, "/workspace/");
		try {
			var tx = this.ledger.takeCash(id, PaymentActors.of(authentication));
			redirect.addFlashAttribute("paymentDone", message("payment.page.cash-done", tx.receiptNumber()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("paymentError", message(ex));
		}
		return "redirect:" + back + "#payable";
	}

	@PostMapping("/workspace/payments/transactions/{id}/refund")
	String refund(@PathVariable long id, @RequestParam(required = false) @Nullable String amountVnd,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String returnTo, Authentication authentication,
			RedirectAttributes redirect) {
		String back = back(returnTo, "/workspace/");
		try {
			long amount = amount(amountVnd);
			this.ledger.refund(id, amount, reason, PaymentActors.of(authentication));
			redirect.addFlashAttribute("paymentDone", message("payment.page.refund-done"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("paymentError", message(ex));
			redirect.addFlashAttribute("paymentErrorField", ex.field());
		}
		return "redirect:" + back + "#payable";
	}

	@PostMapping("/workspace/payments/refund-requests/{id}/retry")
	String retryRefund(@PathVariable long id, @RequestParam(required = false) @Nullable String returnTo,
			Authentication authentication, RedirectAttributes redirect) {
		String back = back(returnTo, "/workspace/");
		try {
			this.ledger.retryRefund(id, PaymentActors.of(authentication));
			redirect.addFlashAttribute("paymentDone", message("payment.page.refund-done"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("paymentError", message(ex));
		}
		return "redirect:" + back + (back.startsWith("/workspace/dossiers/") ? "#payable" : "");
	}

	@PostMapping("/workspace/payments/orders/{txnRef}/query")
	String queryOrder(@PathVariable String txnRef,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Authentication authentication, RedirectAttributes redirect) {
		if (from != null && to != null) {
			redirect.addAttribute("from", from);
			redirect.addAttribute("to", to);
		}
		try {
			PaymentLedger.QueryOutcome outcome = this.check.queryNow(txnRef, PaymentActors.of(authentication));
			redirect.addFlashAttribute("paymentDone",
					message("payment.query.done", txnRef, message("payment.query-outcome." + outcome)));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("paymentError", message(ex));
		}
		return "redirect:/workspace/payments/reconciliation";
	}

	@GetMapping(path = "/workspace/payments/receipts/{number}", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> staffReceipt(@PathVariable String number, Authentication authentication) {
		return pdf(number, this.receipts.receipt(number, PaymentActors.of(authentication)));
	}

	@GetMapping({ "/workspace/payments", "/workspace/payments/cash-report" })
	String cashReport(@RequestParam(required = false) @Nullable String desk,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Authentication authentication, Model model) {
		PaymentActor actor = PaymentActors.of(authentication);
		String counter = (desk != null && !desk.isBlank()) ? desk.strip() : actor.agencyCode();
		LocalDate day = (date != null) ? date : LocalDate.now(this.clock.withZone(Deadlines.VIETNAM));
		CashReports.CashReport report = this.reports.daily(String.valueOf(counter), day, actor);
		List<Counter> counters = new ArrayList<>();
		for (String code : this.reports.counters(actor)) {
			counters.add(new Counter(code, this.agencies.findByCode(code).map(AgencyView::name).orElse(code)));
		}
		if (counters.stream().noneMatch((c) -> c.code().equals(report.desk()))) {
			counters.add(new Counter(report.desk(),
					this.agencies.findByCode(report.desk()).map(AgencyView::name).orElse(report.desk())));
		}
		model.addAttribute("report", report);
		model.addAttribute("counters", counters);
		model.addAttribute("deskName",
				this.agencies.findByCode(report.desk()).map(AgencyView::name).orElse(report.desk()));
		model.addAttribute("previousDay", day.minusDays(1));
		model.addAttribute("nextDay", day.plusDays(1));
		model.addAttribute("referenceLink", this.referenceLink);
		model.addAttribute("time", TIME);
		return "payment/cash-report";
	}

	/** A counter offered in the day's filter. */
	record Counter(String code, String name) {

	}

	@GetMapping(path = "/workspace/payments/cash-report.xlsx", produces = PaymentPages.XLSX)
	ResponseEntity<byte[]> cashReportExcel(@RequestParam String desk,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Authentication authentication) {
		CashReports.CashReport report = this.reports.daily(desk, date, PaymentActors.of(authentication));
		CashReports.Labels labels = new CashReports.Labels(message("payment.report.sheet"),
				message("payment.report.title", desk, date),
				List.of(message("payment.col.kind"), message("payment.col.receipt"), message("payment.col.time"),
						message("payment.col.reference"), message("payment.col.payer"), message("payment.col.method"),
						message("payment.col.signed-amount"), message("payment.col.collector"),
						message("payment.col.reason")),
				List.of(message("payment.report.cash-in"), message("payment.report.cash-out"),
						message("payment.report.cash-balance"), message("payment.report.online-in"),
						message("payment.report.online-out"), message("payment.report.net")),
				TIME::format, (provider) -> message("payment.method." + provider),
				(kind) -> message("payment.kind." + kind));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("so-quy-" + desk + "-" + date + ".xlsx")
						.build()
						.toString())
			.body(this.reports.excel(report, labels));
	}

	@GetMapping("/workspace/payments/reconciliation")
	String reconciliation(
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Authentication authentication, Model model) {
		LocalDate today = LocalDate.now(this.clock.withZone(Deadlines.VIETNAM));
		LocalDate end = (to != null) ? to : today;
		LocalDate start = (from != null) ? from : end.minusDays(30);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("rows", this.reports.reconciliation(start, end, PaymentActors.of(authentication)));
		model.addAttribute("time", TIME);
		return "payment/reconciliation";
	}

	// ------------------------------------------------------------ citizen

	@PostMapping("/account/payments/{id}/online")
	String payOnline(@PathVariable long id, @RequestParam(required = false) @Nullable String returnTo,
			Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
		String back = back(returnTo, "/account/");
		try {
			URI target = this.ledger.startOnline(id, PaymentActors.of(authentication), request.getRemoteAddr(), back,
					LocaleContextHolder.getLocale().getLanguage());
			// the Content Security Policy lets forms go to this site only (form-action
			// 'self', redirects included): the payer follows a link to the gateway
			redirect.addFlashAttribute("gatewayUrl", target.toString());
			redirect.addFlashAttribute("returnTo", back);
			return "redirect:/account/payments/checkout";
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("paymentError", message(ex));
			return "redirect:" + back + "#payable";
		}
	}

	@GetMapping("/account/payments/checkout")
	String checkout(Model model) {
		return "payment/checkout";
	}

	@GetMapping(path = "/account/payments/receipts/{number}", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> citizenReceipt(@PathVariable String number, Authentication authentication) {
		return pdf(number, this.receipts.receipt(number, PaymentActors.of(authentication)));
	}

	@GetMapping("/payments/vnpay/return")
	String returned(@RequestParam Map<String, String> parameters, Model model) {
		model.addAttribute("result", this.ledger.returned(parameters));
		return "payment/returned";
	}

	// ------------------------------------------------------------ helpers

	private static ResponseEntity<byte[]> pdf(String number, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("bien-lai-" + number + ".pdf").build().toString())
			.body(bytes);
	}

	private static String back(@Nullable String returnTo, String prefix) {
		if (returnTo != null && returnTo.startsWith(prefix) && !returnTo.contains("//") && !returnTo.contains("\\")
				&& returnTo.matches("[A-Za-z0-9/_.\\-]+")) {
			return returnTo;
		}
		return prefix.equals("/account/") ? "/account/dossiers" : "/workspace/dossiers";
	}

	private static long amount(@Nullable String value) {
		String digits = (value != null) ? value.replace(".", "").replace(",", "").strip() : "";
		if (!digits.matches("\\d{1,13}")) {
			throw DomainException.invalid("payment.refund.amount-positive", "amountVnd", (value != null) ? value : "");
		}
		return Long.parseLong(digits);
	}

	private String message(DomainException ex) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.code(), LocaleContextHolder.getLocale());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
