package vn.motcua.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A search of the published catalog; every criterion is optional.
 *
 * @param text words of the name or the code, with or without diacritics, typos tolerated
 * @param field exact field (lĩnh vực)
 * @param level implementing level
 * @param agencyCode only procedures that this agency applies
 * @param onlineMode only procedures with this online mode
 */
public record ProcedureQuery(@Nullable String text, @Nullable String field, @Nullable ImplementingLevel level,
		@Nullable String agencyCode, @Nullable OnlineMode onlineMode) {

	public static ProcedureQuery text(String text) {
		return new ProcedureQuery(text, null, null, null, null);
	}

}
