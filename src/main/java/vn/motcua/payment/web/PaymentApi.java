package vn.motcua.payment.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.payment.FeeChoice;
import vn.motcua.payment.PayableView;
import vn.motcua.payment.internal.CashReports;
import vn.motcua.payment.internal.FeeAssessor;
import vn.motcua.payment.internal.IpnAnswer;
import vn.motcua.payment.internal.PaymentLedger;
import vn.motcua.payment.internal.PendingOrderCheck;
import vn.motcua.shared.DomainException;

/** Fees, payables, cash, refunds, reports and the VNPAY callback. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Payments", description = "Fee assessment, payables, cash receipts, refunds, VNPAY, reports")
class PaymentApi {

	private final PaymentLedger ledger;

	private final CashReports reports;

	private final PendingOrderCheck check;

	PaymentApi(PaymentLedger ledger, CashReports reports, PendingOrderCheck check) {
		this.ledger = ledger;
		this.reports = reports;
		this.check = check;
	}

	@PostMapping("/fees/assessment")
	@Operation(summary = "Assess fees from a procedure case's schedule (nothing is stored)")
	Assessment assess(@RequestBody AssessmentRequest request) {
		if (request.procedureCode() == null || request.procedureVersion() == null || request.caseIndex() == null) {
			throw DomainException.invalid("payment.procedure-required", "procedureCode");
		}
		List<PayableView.LineView> lines = this.ledger.assess(request.procedureCode(), request.procedureVersion(),
				request.caseIndex(), (request.fees() != null) ? request.fees() : List.of());
		return new Assessment(lines, FeeAssessor.total(lines));
	}

	@GetMapping("/payables/{reference}")
	@Operation(summary = "The latest payable of a reference (a dossier code), with lines, payments and refunds")
	PayableView payable(@PathVariable String reference, Authentication authentication) {
		return this.ledger.get(reference, PaymentActors.of(authentication));
	}

	@PostMapping("/payables/{reference}/cash")
	@Operation(summary = "Take the outstanding amount in cash at the counter; the payment with its receipt number")
	ResponseEntity<PayableView.TransactionView> cash(@PathVariable String reference, Authentication authentication) {
		PayableView payable = this.ledger.get(reference, PaymentActors.of(authentication));
		PayableView.TransactionView tx = this.ledger.takeCash(payable.id(), PaymentActors.of(authentication));
		return ResponseEntity.created(URI.create("/api/v1/payables/" + reference)).body(tx);
	}

	@PostMapping("/payments/{transactionId}/refunds")
	@Operation(summary = "Refund (part of) a payment, with a reason; an online payment is refunded through the gateway"
			+ " and counts only once the gateway confirms it (otherwise 422 payment.refund.refused or 409"
			+ " payment.refund.unconfirmed, and the request is kept in the payable's refundRequests)")
	ResponseEntity<PayableView.RefundView> refund(@PathVariable long transactionId, @RequestBody RefundRequest request,
			Authentication authentication) {
		if (request.amountVnd() == null) {
			throw DomainException.invalid("payment.refund.amount-positive", "amountVnd", "");
		}
		return ResponseEntity.status(201)
			.body(this.ledger.refund(transactionId, request.amountVnd(), request.reason(),
					PaymentActors.of(authentication)));
	}

	@PostMapping("/payments/refund-requests/{requestId}/retry")
	@Operation(summary = "Send again a refund of an online payment whose outcome the gateway did not confirm")
	ResponseEntity<PayableView.RefundView> retryRefund(@PathVariable long requestId, Authentication authentication) {
		return ResponseEntity.status(201).body(this.ledger.retryRefund(requestId, PaymentActors.of(authentication)));
	}

	@PostMapping("/payments/orders/{txnRef}/query")
	@Operation(summary = "Ask the gateway (VNPAY querydr) about an online order still pending; a payment it confirms"
			+ " is credited once")
	QueryResult queryOrder(@PathVariable String txnRef, Authentication authentication) {
		return new QueryResult(txnRef, this.check.queryNow(txnRef, PaymentActors.of(authentication)).name());
	}

	@GetMapping("/payments/cash-report")
	@Operation(summary = "A counter's day: every payment and refund (payer masked) and the totals they add up to")
	CashReports.CashReport cashReport(@RequestParam String desk,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Authentication authentication) {
		return this.reports.daily(desk, date, PaymentActors.of(authentication));
	}

	@GetMapping("/payments/reconciliation")
	@Operation(summary = "Online orders of a period: gateway callbacks against credited payments")
	List<CashReports.ReconciliationRow> reconciliation(
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication authentication) {
		return this.reports.reconciliation(from, to, PaymentActors.of(authentication));
	}

	@GetMapping("/payments/vnpay/ipn")
	@Operation(summary = "VNPAY IPN callback (public, signed by VNPAY): RspCode 00, 01, 02, 04, 97 or 99")
	IpnAnswer ipn(@RequestParam Map<String, String> parameters) {
		return this.ledger.notifyPayment(parameters);
	}

	@Schema(description = "Fees to assess against a procedure case's schedule")
	record AssessmentRequest(@Nullable String procedureCode, @Nullable Integer procedureVersion,
			@Nullable Integer caseIndex, @Nullable List<FeeChoice> fees) {

	}

	@Schema(description = "Assessed lines and their total in VND")
	record Assessment(List<PayableView.LineView> lines, long totalVnd) {

	}

	@Schema(description = "What asking the gateway about an order came to: CREDITED, ALREADY_CREDITED,"
			+ " AMOUNT_MISMATCH, FAILED, EXPIRED, PENDING, NEEDS_REVIEW, GATEWAY_ERROR, UNVERIFIED or NOT_ASKED")
	record QueryResult(String txnRef, String outcome) {

	}

	@Schema(description = "A refund: amount in VND and the reason")
	record RefundRequest(@Nullable Long amountVnd, @Nullable String reason) {

	}

}
