package vn.motcua.payment;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One fee of the schedule as the officer assesses it. Only fees of the schedule can be
 * chosen (by index); an amount other than the schedule's, an amount the schedule leaves
 * to the province, or an exemption need a legal reason, which is recorded on the line.
 */
@Schema(description = "One fee of the procedure case's schedule, as assessed")
public record FeeChoice(@Schema(description = "Index of the fee in the case's schedule, from 0") int feeIndex,
		@Schema(description = "Quantity (copies, pages…): the amount is unit × quantity; 1 when absent",
				nullable = true) @Nullable Integer quantity,
		@Schema(description = "Unit amount in VND when the schedule sets none or it is changed (needs legalReason)",
				nullable = true) @Nullable Long unitAmountVnd,
		@Schema(description = "Exemption ground: POOR_HOUSEHOLD, CHILD, DISABILITY, REVOLUTION_CONTRIBUTOR;"
				+ " must be one the schedule lists for the fee", nullable = true) @Nullable String exemption,
		@Schema(description = "Legal basis of a changed or provincial amount, or of an exemption",
				nullable = true) @Nullable String legalReason) {

	public static FeeChoice of(int feeIndex) {
		return new FeeChoice(feeIndex, null, null, null, null);
	}

}
