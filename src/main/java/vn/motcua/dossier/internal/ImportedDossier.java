package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One line of a historical import ({@code POST /api/v1/admin/dossiers/import}): a dossier
 * of an older one-stop system with its dates and final status. See
 * {@code docs/dossier-import.md}.
 */
@Schema(name = "ImportedDossier",
		description = "One line of the NDJSON body of the historical import: one dossier of the older system."
				+ " Instants are ISO-8601 with an offset or Z, e.g. 2026-03-02T08:15:00+07:00.")
public record ImportedDossier(
		@Schema(description = "National procedure code of the catalog, e.g. 1.001193",
				requiredMode = Schema.RequiredMode.REQUIRED) String procedureCode,
		@Schema(description = "Catalog version the dossier was received under; omitted: the published version",
				nullable = true) @Nullable Integer procedureVersion,
		@Schema(description = "Code of the agency that settled the dossier, e.g. 06652 or 22.STP",
				requiredMode = Schema.RequiredMode.REQUIRED) String agencyCode,
		@Schema(description = "How it was handed in", allowableValues = {
				"COUNTER", "ONLINE", "POST" }, requiredMode = Schema.RequiredMode.REQUIRED) String channel,
		@Schema(description = "The old system's dossier code, kept: <identifier>-YYMMDD-XXXX, e.g. 06652-260302-0007;"
				+ " the key of the import (a code already imported with the same content is skipped)",
				requiredMode = Schema.RequiredMode.REQUIRED) String code,
		@Schema(description = "The applicant", requiredMode = Schema.RequiredMode.REQUIRED) Applicant applicant,
		@Schema(description = "Received (the clock started); not in the future",
				requiredMode = Schema.RequiredMode.REQUIRED) Instant receivedAt,
		@Schema(description = "Appointment (due) instant; not before receivedAt; required except for status 3",
				nullable = true) @Nullable Instant dueAt,
		@Schema(description = "Result ready; required for status 9 and 10, absent for the open statuses 2, 4, 5, 6",
				nullable = true) @Nullable Instant resolvedAt,
		@Schema(description = "Result handed over; required for status 10 only, not before resolvedAt",
				nullable = true) @Nullable Instant returnedAt,
		@Schema(description = "Clock paused since (status 5 and 6 only); omitted: receivedAt",
				nullable = true) @Nullable Instant pausedAt,
		@Schema(description = "National status code at the time of the export: 2 received, 3 not received, 4 processing,"
				+ " 5 supplement requested, 6 payment requested, 7 withdrawn, 8 stopped, 9 resolved, 10 returned",
				minimum = "2", maximum = "10", requiredMode = Schema.RequiredMode.REQUIRED) int finalStatus,
		@Schema(description = "Optional: the internal process steps taken, for delay attribution",
				nullable = true) @Nullable List<Step> steps){

	/** The applicant as the old system knew them. */
	@Schema(name = "ImportedApplicant", description = "The applicant of an imported dossier")
	public record Applicant(@Schema(description = "Full name", requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(description = "Phone number (Vietnamese mobile), used by public tracking",
					nullable = true) @Nullable String phone,
			@Schema(description = "12-digit personal identification number (CCCD)",
					nullable = true) @Nullable String idNumber) {

	}

	/** One pass through a step of the procedure's internal process. */
	@Schema(name = "ImportedStep", description = "A step of the internal process as taken in the old system")
	public record Step(
			@Schema(description = "Index of the step in the procedure's internal process, from 0",
					requiredMode = Schema.RequiredMode.REQUIRED) int index,
			@Schema(description = "When the step began", requiredMode = Schema.RequiredMode.REQUIRED) Instant startedAt,
			@Schema(description = "When it was handed on; absent for the current step of an open dossier",
					nullable = true) @Nullable Instant finishedAt,
			@Schema(description = "Username or name of the officer who handled it",
					nullable = true) @Nullable String handledBy) {

	}

}
