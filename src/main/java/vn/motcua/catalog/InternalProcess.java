package vn.motcua.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.motcua.calendar.TimeLimit;

/** The internal process (quy trình nội bộ): ordered steps sharing the legal time. */
@Schema(description = "Internal process: ordered steps whose shares add up to no more than the legal time")
public record InternalProcess(@Schema(description = "Unit of the shares") TimeLimit.Unit unit,
		@Schema(description = "True when the steps are a demo default, not a decided process") boolean demoDefault,
		@Schema(description = "Steps in order") List<ProcessStep> steps) {

	public InternalProcess {
		steps = List.copyOf(steps);
	}

}
