package vn.motcua.catalog.internal;

import org.jspecify.annotations.Nullable;

import vn.motcua.catalog.ProcedureStatus;

/**
 * A procedure's latest version, and which version is published if any.
 *
 * @param code national code
 * @param version latest version
 * @param status status of the latest version
 * @param name name in the latest version
 * @param publishedVersion the published version, if any
 */
public record ProcedureVersionRow(String code, int version, ProcedureStatus status, String name,
		@Nullable Integer publishedVersion) {

}
