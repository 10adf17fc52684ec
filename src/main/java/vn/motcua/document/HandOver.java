package vn.motcua.document;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row of the control sheet: the unit the dossier (or result) went to, when it was
 * handed over, who gave and who received it, the processing result and a note.
 */
public record HandOver(String unit, Instant at, String giver, String receiver, @Nullable String result,
		@Nullable String note) {

	public HandOver {
		Forms.require(unit, "unit");
		Forms.require(giver, "giver");
		Forms.require(receiver, "receiver");
	}

}
