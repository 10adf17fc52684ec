package vn.motcua.satisfaction.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's answers on the rating form (Decree 61/2018 Art. 31; Circular 01/2018 Art.
 * 13).
 */
@Schema(description = "A rating of the handling of one dossier")
public record RatingInput(
		@Schema(description = "Index 3: times you had to contact the desk again to complete the dossier"
				+ " because of the administration (0, 1, 2 or more)", example = "0") @Nullable Integer contacts,
		@Schema(description = "Index 4: agencies you had to deal with: NONE (online/post only), ONE_STOP_ONLY,"
				+ " MORE_THAN_ONE", example = "ONE_STOP_ONLY") @Nullable String agenciesContacted,
		@Schema(description = "Index 7: whether you have a complaint about the officials' attitude",
				example = "false") @Nullable Boolean attitudeComplaint,
		@Schema(description = "For dossiers submitted online (Circular 32/2017): VERY_SATISFIED, SATISFIED,"
				+ " NOT_YET_SATISFIED", nullable = true) @Nullable String onlineLevel,
		@Schema(description = "Overall satisfaction 1 (very dissatisfied) … 5 (very satisfied)", nullable = true,
				example = "5") @Nullable Integer overall,
		@Schema(description = "A remark (at most 1000 characters)", nullable = true) @Nullable String comment) {

}
