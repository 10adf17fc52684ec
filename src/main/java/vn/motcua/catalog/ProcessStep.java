package vn.motcua.catalog;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/** One step of the internal process, in order. */
@Schema(description = "A step of the internal process")
public record ProcessStep(@Schema(description = "What is done") String name,
		@Schema(description = "Role name that handles it, e.g. SPECIALIST") String role,
		@Schema(description = "Type of handling unit, e.g. ONE_STOP_DESK") String unitType,
		@Schema(description = "Share of the legal time, in the process unit (up to 2 decimals)") BigDecimal share) {

}
