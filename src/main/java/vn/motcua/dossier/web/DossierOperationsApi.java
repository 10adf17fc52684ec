package vn.motcua.dossier.web;

import java.io.IOException;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.internal.DossierDelays;
import vn.motcua.dossier.internal.DossierImporter;
import vn.motcua.dossier.internal.ImportedDossier;
import vn.motcua.shared.DomainException;

/**
 * Operations on dossiers beyond their lifecycle: the historical import of an older
 * system's dossiers, and delay attribution (per dossier, and per unit and officer).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Dossier operations", description = "Historical import and delay attribution")
class DossierOperationsApi {

	static final String NDJSON = "application/x-ndjson";

	private final DossierImporter importer;

	private final DossierDelays delays;

	private final long maxBytes;

	DossierOperationsApi(DossierImporter importer, DossierDelays delays,
			@Value("${motcua.dossier.import.max-bytes:52428800}") long maxBytes) {
		this.importer = importer;
		this.delays = delays;
		this.maxBytes = maxBytes;
	}

	@PostMapping(path = "/admin/dossiers/import", consumes = { NDJSON, "text/plain" })
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Operation(summary = "Import dossiers of an older one-stop system (system administrators)",
			description = "Body: NDJSON (application/x-ndjson), one ImportedDossier JSON object per line, UTF-8;"
					+ " at most 50 MB and 200,000 lines. Every line is validated; if any is rejected, nothing is stored"
					+ " and the answer (422) lists every rejected line with its number, field and message. Otherwise"
					+ " all new dossiers are stored in one transaction (200). Idempotent on the dossier code: a code"
					+ " imported before with the same content is reported under present and skipped; the same code"
					+ " with another content is rejected. Each imported dossier gets a history row 'import' with its"
					+ " outcome (EARLY, ON_TIME, LATE from resolvedAt and dueAt). See docs/dossier-import.md.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "One dossier per line",
					content = @Content(mediaType = NDJSON, schema = @Schema(implementation = ImportedDossier.class))),
			responses = {
					@ApiResponse(responseCode = "200", description = "Stored",
							content = @Content(schema = @Schema(implementation = DossierImporter.ImportReport.class))),
					@ApiResponse(responseCode = "422", description = "Lines rejected; nothing stored",
							content = @Content(schema = @Schema(implementation = DossierImporter.ImportReport.class))),
					@ApiResponse(responseCode = "400",
							description = "Body too large, too many lines or empty (problem details)") })
	ResponseEntity<DossierImporter.ImportReport> importDossiers(Authentication authentication,
			HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			throw DomainException.invalid("dossier.import.too-large", "body", this.maxBytes / (1024 * 1024));
		}
		DossierImporter.ImportReport report = this.importer.importNdjson(request.getInputStream(),
				Actors.of(authentication, request));
		return ResponseEntity.status(report.stored() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
	}

	@GetMapping("/dossiers/{code}/delays")
	@Operation(summary = "The steps of a dossier that used more than their share of the legal time",
			description = "For those who may see the dossier. A step still running counts the time used until now.")
	DossierDelays.DossierDelaysView dossierDelays(@PathVariable String code, Authentication authentication,
			HttpServletRequest request) {
		return this.delays.of(code, Actors.of(authentication, request));
	}

	@GetMapping("/admin/dossiers/delays")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'INSPECTOR', 'AGENCY_LEADER', 'DEPARTMENT_LEADER')")
	@Operation(summary = "Accountability: steps over their share per unit and officer",
			description = "Steps finished in the period (dates inclusive, Vietnam time; default: the last 12 months) at"
					+ " the agency and the units below it within the caller's scope; per unit and officer the number"
					+ " of steps handled, of steps over their share and the total time beyond the shares in working"
					+ " hours. An agency outside the caller's scope is refused (403).")
	DossierDelays.DelayReport delayReport(
			@Parameter(description = "Agency code; default: the caller's") @RequestParam(
					required = false) @Nullable String agency,
			@Parameter(description = "First day, e.g. 2026-01-01") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@Parameter(description = "Last day, inclusive") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Authentication authentication, HttpServletRequest request) {
		return this.delays.report(Actors.of(authentication, request), agency, from, to);
	}

}
