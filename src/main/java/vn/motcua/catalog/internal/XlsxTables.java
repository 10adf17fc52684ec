package vn.motcua.catalog.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The catalog as an Excel workbook: one worksheet per sheet of the layout, the header in
 * the first row. Reads every cell as the text a person sees: numbers without a needless
 * ".0", dates as yyyy-mm-dd. Writes codes as text (so 1.000100 keeps its zeros), counts
 * and amounts as numbers, dates as dates.
 */
final class XlsxTables {

	/** Columns written as numbers. */
	private static final Set<String> NUMBER_COLUMNS = Set.of("case_no", "time_amount", "amount_vnd", "originals",
			"copies", "share");

	/** Columns written wide. */
	private static final Set<String> WIDE_COLUMNS = Set.of("name", "competent_agency", "result", "note", "source",
			"description", "exemptions", "title", "amended_by");

	private XlsxTables() {
	}

	/** The sheets of a workbook whose package {@link CatalogFormat#detect} accepted. */
	static List<CatalogTable> read(byte[] content, int maxRows) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			List<CatalogTable> tables = new ArrayList<>();
			for (Sheet sheet : workbook) {
				tables.add(table(sheet, maxRows));
			}
			return tables;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof CatalogFileException refused) {
				throw refused;
			}
			throw CatalogFileException.of("catalog.import.not-a-catalog-file");
		}
	}

	private static CatalogTable table(Sheet sheet, int maxRows) {
		String name = sheet.getSheetName().strip().toLowerCase(Locale.ROOT);
		if (sheet.getPhysicalNumberOfRows() > maxRows + 1) {
			throw CatalogFileException.of("catalog.import.too-many-rows", name, maxRows);
		}
		List<String> header = null;
		int headerRow = 0;
		List<CatalogTable.Row> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
				cells.add(text(row.getCell(c)));
			}
			CatalogTable.Row read = new CatalogTable.Row(row.getRowNum() + 1, cells);
			if (read.blank()) {
				continue;
			}
			if (header == null) {
				header = cells;
				headerRow = read.number();
			}
			else {
				rows.add(read);
			}
		}
		if (header == null) {
			throw new CatalogFileException(
					new ImportRejection(name, null, null, "catalog.import.header.none", null, List.of(name)));
		}
		return new CatalogTable(name, headerRow, header, rows);
	}

	/** What a person sees in the cell, as text. */
	static String text(@Nullable Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? cell.getLocalDateTimeCellValue().toLocalDate().toString() : number(cell.getNumericCellValue());
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			case ERROR -> "#ERROR";
			default -> "";
		};
	}

	static String number(double value) {
		BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
		if (decimal.scale() < 0) {
			decimal = decimal.setScale(0);
		}
		return decimal.toPlainString();
	}

	static byte[] write(List<CatalogTable> tables) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			for (CatalogTable table : tables) {
				Sheet sheet = workbook.createSheet(table.sheet());
				sheet.createFreezePane(0, 1);
				Row top = sheet.createRow(0);
				for (int c = 0; c < table.header().size(); c++) {
					String column = table.header().get(c);
					Cell cell = top.createCell(c);
					cell.setCellValue(column);
					cell.setCellStyle(header);
					sheet.setColumnWidth(c, (WIDE_COLUMNS.contains(column) ? 48 : 16) * 256);
					if (CatalogLayout.TEXT_COLUMNS.contains(column)) {
						sheet.setDefaultColumnStyle(c, text);
					}
				}
				int r = 1;
				for (CatalogTable.Row row : table.rows()) {
					Row line = sheet.createRow(r++);
					for (int c = 0; c < table.header().size(); c++) {
						write(line.createCell(c), table.header().get(c), row.cell(c), text, date);
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try {
				workbook.write(out);
			}
			finally {
				// the rows flushed to temporary files go with them
				workbook.dispose();
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Cell cell, String column, String value, CellStyle text, CellStyle date) {
		if (value.isEmpty()) {
			if (CatalogLayout.TEXT_COLUMNS.contains(column)) {
				cell.setCellStyle(text);
			}
			return;
		}
		if (NUMBER_COLUMNS.contains(column)) {
			try {
				cell.setCellValue(new BigDecimal(value).doubleValue());
				return;
			}
			catch (NumberFormatException ex) {
				// not a number after all: written as the text it is
			}
		}
		if ("date".equals(column)) {
			try {
				cell.setCellValue(LocalDate.parse(value));
				cell.setCellStyle(date);
				return;
			}
			catch (DateTimeParseException ex) {
				// not an ISO date: written as the text it is
			}
		}
		cell.setCellValue(value);
		if (CatalogLayout.TEXT_COLUMNS.contains(column)) {
			cell.setCellStyle(text);
		}
	}

}
