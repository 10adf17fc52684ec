package vn.motcua.payment;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A payable with its assessed lines, payments and refunds. */
@Schema(description = "What is owed for a reference, how it was assessed, what was paid and refunded")
public record PayableView(@Schema(description = "Id") long id,
		@Schema(description = "Payable reference (the dossier code)") String reference,
		@Schema(description = "Agency owed") String agencyCode,
		@Schema(description = "Counter (desk agency) that collects cash") String deskAgencyCode,
		@Schema(description = "Payer") String payerName,
		@Schema(description = "Citizen account that may pay online", nullable = true) @Nullable Long payerAccountId,
		@Schema(description = "Procedure code") String procedureCode,
		@Schema(description = "Procedure version") int procedureVersion,
		@Schema(description = "Case index") int caseIndex,
		@Schema(description = "Why payment is asked for") String reason,
		@Schema(description = "Assessed total in VND") long amountVnd,
		@Schema(description = "Paid so far in VND") long paidVnd,
		@Schema(description = "Refunded so far in VND") long refundedVnd,
		@Schema(description = "DUE, PAID or REFUNDED") PayableStatus status,
		@Schema(description = "Who asked for payment") String requestedBy,
		@Schema(description = "When payment was asked for") Instant requestedAt,
		@Schema(description = "When it was paid in full", nullable = true) @Nullable Instant paidAt,
		@Schema(description = "Assessed fee lines") List<LineView> lines,
		@Schema(description = "Payments credited") List<TransactionView> transactions,
		@Schema(description = "Refunds") List<RefundView> refunds,
		@Schema(description = "Refunds of online payments asked of the gateway, with its answer") List<RefundRequestView> refundRequests) {

	/** What is still owed. */
	public long outstandingVnd() {
		return Math.max(0, this.amountVnd - this.paidVnd);
	}

	/** An assessed fee line. */
	@Schema(description = "One assessed fee line")
	public record LineView(int feeIndex, String kind, String description, int quantity, @Nullable Long scheduledUnitVnd,
			long unitVnd, long amountVnd, @Nullable String exemption, @Nullable String legalReason) {

	}

	/** A payment credited, with its receipt number. */
	@Schema(description = "A payment: CASH at a counter or an online gateway (VNPAY)")
	public record TransactionView(long id, String provider, String providerRef, @Nullable String orderRef,
			long amountVnd, String receiptNumber, String deskAgencyCode, @Nullable String collectedBy,
			Instant occurredAt, long refundedVnd) {

	}

	/**
	 * A refund of an online payment asked of the gateway: DONE (the gateway confirmed it;
	 * it is among the refunds), REFUSED (the gateway said no, with its code), UNCONFIRMED
	 * (no answer that can be trusted: the amount is held until it is sent again) or
	 * SENDING.
	 */
	@Schema(description = "A refund asked of the online gateway and what the gateway answered")
	public record RefundRequestView(long id, long transactionId, long amountVnd, String reason, String requestedBy,
			Instant requestedAt, @Schema(description = "SENDING, DONE, REFUSED or UNCONFIRMED") String status,
			int attempts,
			@Schema(description = "The gateway's response code, from a verified answer",
					nullable = true) @Nullable String responseCode,
			@Schema(description = "Why the answer could not be trusted: TIMEOUT, UNREACHABLE, HTTP_ERROR, MALFORMED,"
					+ " UNSIGNED, BAD_SIGNATURE, MISMATCH", nullable = true) @Nullable String problem,
			@Nullable Instant answeredAt, @Schema(description = "Whether it may be sent again") boolean retryable) {

	}

	/** A refund with its reason. */
	@Schema(description = "A refund with its reason")
	public record RefundView(long id, long transactionId, long amountVnd, String reason, String refundedBy,
			Instant refundedAt) {

	}

}
