package vn.motcua.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A search hit: enough to list a published procedure and link to it. */
@Schema(description = "A published procedure in a result list")
public record ProcedureSummary(@Schema(description = "National procedure code") String code,
		@Schema(description = "Published version") int version, @Schema(description = "Official name") String name,
		@Schema(description = "Field (lĩnh vực)") String field,
		@Schema(description = "Implementing levels") List<ImplementingLevel> levels,
		@Schema(description = "FULL, PARTIAL or IN_PERSON") OnlineMode onlineMode) {

	public ProcedureSummary {
		levels = List.copyOf(levels);
	}

}
