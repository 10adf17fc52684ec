package vn.motcua.catalog.internal;

import java.util.List;
import java.util.Optional;

/**
 * The column layout of catalog files (see {@code docs/catalog-import.md}): one sheet (in
 * CSV, one section) of procedures with one row each, and one sheet per repeated part
 * keyed by the procedure code. Rows of a part keep their order: the first case row of a
 * procedure is its first case.
 */
public final class CatalogLayout {

	public static final String PROCEDURES = "procedures";

	public static final String CASES = "cases";

	public static final String FEES = "fees";

	public static final String DOCUMENTS = "documents";

	public static final String LEGAL_BASIS = "legal_basis";

	public static final String STEPS = "steps";

	/** The key of every part's rows. */
	public static final String PROCEDURE_CODE = "procedure_code";

	/** The sheets in the order they are written, each with its columns in order. */
	public static final List<Sheet> SHEETS = List.of(
			new Sheet(PROCEDURES,
					List.of("code", "name", "field", "levels", "competent_agency", "result", "online_mode",
							"return_channels", "process_unit", "process_demo_default", "agency_levels", "agency_codes",
							"note", "source", "publish")),
			new Sheet(CASES, List.of(PROCEDURE_CODE, "case_no", "name", "time_amount", "time_unit")),
			new Sheet(FEES, List.of(PROCEDURE_CODE, "case_no", "kind", "amount_vnd", "description", "exemptions")),
			new Sheet(DOCUMENTS,
					List.of(PROCEDURE_CODE, "name", "originals", "copies", "requirement", "form_template")),
			new Sheet(LEGAL_BASIS, List.of(PROCEDURE_CODE, "number", "date", "issuer", "title", "amended_by")),
			new Sheet(STEPS, List.of(PROCEDURE_CODE, "name", "role", "unit_type", "share")));

	/** Columns whose values are codes that Excel must keep as text (1.000100, 06652). */
	static final List<String> TEXT_COLUMNS = List.of("code", PROCEDURE_CODE, "agency_codes");

	private CatalogLayout() {
	}

	static Optional<Sheet> sheet(String name) {
		return SHEETS.stream().filter((sheet) -> sheet.name().equals(name)).findFirst();
	}

	/** A sheet of the layout and its columns. */
	public record Sheet(String name, List<String> columns) {

		public Sheet {
			columns = List.copyOf(columns);
		}

	}

}
