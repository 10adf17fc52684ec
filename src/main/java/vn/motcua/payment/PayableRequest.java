package vn.motcua.payment;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a module asks to be paid for a reference (the dossier module: the dossier code).
 * The amount is assessed from the fee schedule of the procedure case: itemised by
 * {@code fees}, or, without them, from {@code amountVnd} and {@code reason} (see
 * {@link Payables#open}).
 *
 * @param reference the payable reference, unique among open payables
 * @param agencyCode the agency the fees are owed to
 * @param deskAgencyCode the agency whose counter collects cash
 * @param payerName who pays
 * @param payerAccountId the citizen account that may pay online, if any
 * @param procedureCode the procedure whose schedule applies
 * @param procedureVersion its version
 * @param caseIndex the case of the procedure
 * @param fees the itemised assessment, or empty
 * @param amountVnd the total asked for when not itemised
 * @param reason why payment is asked for (also the legal reason of a changed amount)
 * @param requestedBy who asks
 */
public record PayableRequest(String reference, String agencyCode, String deskAgencyCode, String payerName,
		@Nullable Long payerAccountId, String procedureCode, int procedureVersion, int caseIndex, List<FeeChoice> fees,
		@Nullable Long amountVnd, String reason, String requestedBy) {

	public PayableRequest {
		fees = List.copyOf(fees);
	}

}
