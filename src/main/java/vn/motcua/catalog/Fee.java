package vn.motcua.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A fee or charge of one case of a procedure. */
@Schema(description = "A fee or charge: an amount in VND, free, set by the provincial People's Council, or not stated")
public record Fee(@Schema(description = "AMOUNT, FREE, SET_BY_PROVINCE or NOT_STATED") Kind kind,
		@Schema(description = "Amount in VND when kind is AMOUNT (FREE: 0)", nullable = true) @Nullable Long amountVnd,
		@Schema(description = "What the fee is, or the rule that sets it") String description,
		@Schema(description = "Who is exempt", nullable = true) @Nullable String exemptions) {

	/** How the amount is known. */
	public enum Kind {

		AMOUNT, FREE, SET_BY_PROVINCE, NOT_STATED

	}

}
