package vn.motcua.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of ranked search results. */
@Schema(description = "A page of ranked results")
public record ProcedurePage(@Schema(description = "Results, best first") List<ProcedureSummary> items,
		@Schema(description = "Page number, from 0") int page, @Schema(description = "Page size") int size,
		@Schema(description = "Number of matching procedures") long total) {

	public ProcedurePage {
		items = List.copyOf(items);
	}

}
