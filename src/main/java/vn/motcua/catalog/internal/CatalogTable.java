package vn.motcua.catalog.internal;

import java.util.List;

/**
 * One sheet (or CSV section) as read or to be written: its header row and its data rows,
 * each cell as text.
 *
 * @param sheet the sheet's name
 * @param headerRow the row number of the header, as a spreadsheet or editor shows it
 * @param header the column names
 * @param rows the data rows, blank rows left out
 */
record CatalogTable(String sheet, int headerRow, List<String> header, List<Row> rows) {

	CatalogTable {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
	}

	/** A data row with the number a spreadsheet (or a text editor, for CSV) shows. */
	record Row(int number, List<String> cells) {

		Row {
			cells = List.copyOf(cells);
		}

		String cell(int index) {
			return (index >= 0 && index < this.cells.size()) ? this.cells.get(index) : "";
		}

		boolean blank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

	}

}
