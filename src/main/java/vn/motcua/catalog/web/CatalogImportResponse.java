package vn.motcua.catalog.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import vn.motcua.catalog.internal.CatalogImportReport;
import vn.motcua.catalog.internal.ImportRejection;

/** The report of an import, with each message in the caller's language. */
@Schema(description = "Report of a catalog import: what was imported, or every rejected row (then nothing was)")
record CatalogImportResponse(@Schema(description = "True when nothing was meant to be saved") boolean dryRun,
		@Schema(description = "Procedures saved as drafts or published (in a dry run: that would be)") int imported,
		@Schema(description = "Procedures identical to the catalog's, left alone") int unchanged,
		@Schema(description = "Every rejected row; when not empty nothing was imported") List<Rejected> rejected) {

	CatalogImportResponse {
		rejected = List.copyOf(rejected);
	}

	/** A rejected row, or the whole file when sheet and row are null. */
	@Schema(description = "A rejected row; sheet and row are null when the whole file is refused")
	record Rejected(@Schema(description = "Sheet (CSV section), e.g. steps", nullable = true) @Nullable String sheet,
			@Schema(description = "Row number as the spreadsheet shows it (CSV: line number)",
					nullable = true) @Nullable Integer row,
			@Schema(description = "Column at fault, e.g. share", nullable = true) @Nullable String column,
			@Schema(description = "Machine code of the reason, e.g. procedure.fee.negative") String code,
			@Schema(description = "Procedure code of the row, if known", nullable = true) @Nullable String procedure,
			@Schema(description = "The reason, in the caller's language") String message) {

	}

	static CatalogImportResponse of(CatalogImportReport report, MessageSource messages, Locale locale) {
		return new CatalogImportResponse(report.dryRun(), report.imported(), report.unchanged(),
				report.rejected().stream().map((rejection) -> rejected(rejection, messages, locale)).toList());
	}

	static Rejected rejected(ImportRejection rejection, MessageSource messages, Locale locale) {
		String message = messages.getMessage(rejection.messageKey(), rejection.arguments().toArray(), rejection.code(),
				locale);
		return new Rejected(rejection.sheet(), rejection.row(), rejection.column(), rejection.code(),
				rejection.procedure(), message);
	}

}
