package vn.motcua.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.motcua.calendar.TimeLimit;

/** A case (trường hợp) of a procedure, with its own processing time and fees. */
@Schema(description = "A case of the procedure with its legal processing time and fees")
public record ProcedureCase(@Schema(description = "Name of the case") String name, @Schema(
		description = "Legal processing time: amount and unit (WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS)") TimeLimit time,
		@Schema(description = "Fees and charges") List<Fee> fees) {

	public ProcedureCase {
		fees = List.copyOf(fees);
	}

}
