package vn.motcua.catalog.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.internal.CatalogExport;
import vn.motcua.catalog.internal.CatalogFormat;
import vn.motcua.catalog.internal.CatalogImport;
import vn.motcua.catalog.internal.CatalogImportReport;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.DomainException;

/**
 * Import and export of the whole catalog as Excel or CSV, for the province's system
 * administrators. The column layout is documented in {@code docs/catalog-import.md}.
 */
@RestController
@RequestMapping("/api/v1/admin/procedures")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
@Tag(name = "Catalog import and export", description = "The procedure catalog as Excel (.xlsx) or CSV files")
class CatalogImportApi {

	private final CatalogImport imports;

	private final CatalogExport exports;

	private final Agencies agencies;

	private final MessageSource messages;

	private final Clock clock;

	CatalogImportApi(CatalogImport imports, CatalogExport exports, Agencies agencies, MessageSource messages,
			Clock clock) {
		this.imports = imports;
		this.exports = exports;
		this.agencies = agencies;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute
	void requireProvinceScope(Authentication user) {
		CatalogAdminScope.require(user, this.agencies);
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import procedures from an Excel (.xlsx) or CSV file, all or nothing",
			description = "The format is told from the content, not the file name. Every row is checked; if any is"
					+ " rejected nothing is imported and the answer is 422 with every rejected row. Otherwise each"
					+ " procedure is saved as a draft (a new version if it was published), and published when its"
					+ " 'publish' column says yes; procedures identical to the catalog's are left alone. Files over "
					+ CatalogFormat.MAX_BYTES / (1024 * 1024) + " MB or with more than " + CatalogImport.MAX_ROWS
					+ " rows in a sheet are refused. Layout: docs/catalog-import.md.",
			responses = {
					@ApiResponse(responseCode = "200", description = "Imported (or, in a dry run, would be)",
							content = @Content(schema = @Schema(implementation = CatalogImportResponse.class))),
					@ApiResponse(responseCode = "422", description = "Rejected: nothing imported",
							content = @Content(schema = @Schema(implementation = CatalogImportResponse.class))) })
	ResponseEntity<CatalogImportResponse> importFile(
			@Parameter(description = "The .xlsx or .csv file") @RequestPart(name = "file",
					required = false) @Nullable MultipartFile file,
			@Parameter(description = "Check and count only, save nothing") @RequestParam(
					defaultValue = "false") boolean dryRun,
			Authentication user) {
		if (file == null || file.isEmpty()) {
			throw DomainException.invalid("catalog.import.file.missing", "file");
		}
		CatalogImportReport report;
		if (file.getSize() > CatalogFormat.MAX_BYTES) {
			report = tooLarge(dryRun);
		}
		else {
			report = this.imports.importFile(bytes(file), dryRun, user.getName());
		}
		return respond(report);
	}

	/**
	 * An upload over the servlet's multipart limit: the same report as any too big file.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<CatalogImportResponse> uploadTooLarge(MaxUploadSizeExceededException ex) {
		return respond(tooLarge(false));
	}

	static CatalogImportReport tooLarge(boolean dryRun) {
		return new CatalogImportReport(dryRun, 0, 0, List.of(new vn.motcua.catalog.internal.ImportRejection(null, null,
				null, "catalog.import.too-large", null, List.of(CatalogFormat.MAX_BYTES / (1024 * 1024)))));
	}

	private ResponseEntity<CatalogImportResponse> respond(CatalogImportReport report) {
		CatalogImportResponse body = CatalogImportResponse.of(report, this.messages, LocaleContextHolder.getLocale());
		return ResponseEntity.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(body);
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/export")
	@Operation(summary = "Export the catalog as Excel (.xlsx) or CSV in the import layout",
			description = "For each procedure, its latest version with the given status (published by default);"
					+ " importing the file again changes nothing.",
			responses = @ApiResponse(responseCode = "200", description = "The file, as an attachment",
					content = {
							@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
							@Content(mediaType = "text/csv") }))
	ResponseEntity<byte[]> export(
			@Parameter(description = "xlsx (default) or csv") @RequestParam(defaultValue = "xlsx") String format,
			@Parameter(description = "PUBLISHED (default), DRAFT or WITHDRAWN") @RequestParam(
					defaultValue = "PUBLISHED") String status) {
		CatalogFormat chosen = CatalogFormat.named(format)
			.orElseThrow(() -> DomainException.invalid("catalog.export.format", "format", format));
		ProcedureStatus versions = status(status);
		byte[] content = this.exports.export(chosen, versions);
		String name = "danh-muc-thu-tuc-" + versions.name().toLowerCase(Locale.ROOT) + "-"
				+ LocalDate.now(this.clock).format(DateTimeFormatter.BASIC_ISO_DATE) + "." + chosen.extension();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(chosen.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	static ProcedureStatus status(String status) {
		try {
			return ProcedureStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid("catalog.export.status", "status", status);
		}
	}

}
