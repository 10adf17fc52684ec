package vn.motcua.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One version of a procedure with its status: what a dossier refers to by (code,
 * version).
 */
@Schema(description = "A version of a procedure")
public record ProcedureRecord(@Schema(description = "National procedure code") String code,
		@Schema(description = "Version number, from 1") int version,
		@Schema(description = "DRAFT, PUBLISHED or WITHDRAWN") ProcedureStatus status,
		@Schema(description = "The content of this version") ProcedureDetails details) {

}
