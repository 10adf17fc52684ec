package vn.motcua.catalog.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The catalog as one CSV file (RFC 4180): each sheet is a section that starts with a row
 * holding only {@code [sheet name]}, then its header row, then its data rows. Reads UTF-8
 * with or without a byte order mark, comma or semicolon separated (the separator of the
 * first row wins, as Excel writes semicolons in some regional settings), quoted fields
 * with doubled quotes and line breaks. Writes UTF-8 with a byte order mark (so Excel
 * reads the diacritics), commas and CRLF line ends.
 */
final class CsvTables {

	private static final Pattern SECTION = Pattern.compile("\\[\\s*([A-Za-z_]+)\\s*]");

	private CsvTables() {
	}

	/** A record of the file and the line it starts on. */
	record CsvRecord(int line, List<String> fields) {

		boolean blank() {
			return this.fields.stream().allMatch(String::isBlank);
		}

	}

	static List<CatalogTable> read(byte[] content, int maxRows) {
		String text = CatalogFormat.text(content);
		List<CsvRecord> records = records(text, separator(text));
		List<CatalogTable> tables = new ArrayList<>();
		String sheet = null;
		int headerRow = 0;
		List<String> header = null;
		List<CatalogTable.Row> rows = new ArrayList<>();
		for (CsvRecord record : records) {
			if (record.blank()) {
				continue;
			}
			String section = section(record);
			if (section != null) {
				if (sheet != null) {
					tables.add(table(sheet, headerRow, header, rows));
				}
				sheet = section;
				header = null;
				rows = new ArrayList<>();
			}
			else if (sheet == null) {
				throw new CatalogFileException(new ImportRejection(null, record.line(), null,
						"catalog.import.csv.no-section", null, List.of()));
			}
			else if (header == null) {
				header = record.fields();
				headerRow = record.line();
			}
			else {
				if (rows.size() >= maxRows) {
					throw CatalogFileException.of("catalog.import.too-many-rows", sheet, maxRows);
				}
				rows.add(new CatalogTable.Row(record.line(), record.fields()));
			}
		}
		if (sheet != null) {
			tables.add(table(sheet, headerRow, header, rows));
		}
		return tables;
	}

	private static CatalogTable table(String sheet, int headerRow, @Nullable List<String> header,
			List<CatalogTable.Row> rows) {
		if (header == null) {
			throw new CatalogFileException(
					new ImportRejection(sheet, null, null, "catalog.import.header.none", null, List.of(sheet)));
		}
		return new CatalogTable(sheet, headerRow, header, rows);
	}

	private static @Nullable String section(CsvRecord record) {
		Matcher matcher = SECTION.matcher(record.fields().get(0).strip());
		if (!matcher.matches()) {
			return null;
		}
		for (int i = 1; i < record.fields().size(); i++) {
			if (!record.fields().get(i).isBlank()) {
				return null;
			}
		}
		return matcher.group(1).toLowerCase(Locale.ROOT);
	}

	/**
	 * The separator of the first line that has one: the more frequent of comma and
	 * semicolon.
	 */
	static char separator(String text) {
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r') && commas + semicolons > 0) {
				break;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
		}
		return (semicolons > commas) ? ';' : ',';
	}

	/**
	 * The records of the text. A quote opens a quoted field only at the start of a field;
	 * inside one, two quotes stand for one; after the closing quote only the separator or
	 * a line end may come.
	 */
	static List<CsvRecord> records(String text, char separator) {
		List<CsvRecord> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int recordLine = 1;
		int i = 0;
		int length = text.length();
		boolean fieldStart = true;
		while (i < length) {
			char c = text.charAt(i);
			if (fieldStart && c == '"') {
				int quoteLine = line;
				i++;
				boolean closed = false;
				while (i < length) {
					char q = text.charAt(i);
					if (q == '"') {
						if (i + 1 < length && text.charAt(i + 1) == '"') {
							field.append('"');
							i += 2;
							continue;
						}
						closed = true;
						i++;
						break;
					}
					if (q == '\n') {
						line++;
					}
					field.append(q);
					i++;
				}
				if (!closed) {
					throw new CatalogFileException(new ImportRejection(null, quoteLine, null,
							"catalog.import.csv.unclosed-quote", null, List.of()));
				}
				if (i < length && text.charAt(i) != separator && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
					throw new CatalogFileException(
							new ImportRejection(null, line, null, "catalog.import.csv.after-quote", null, List.of()));
				}
				fieldStart = false;
				continue;
			}
			if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
				fieldStart = true;
				i++;
			}
			else if (c == '\r' || c == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				records.add(new CsvRecord(recordLine, List.copyOf(fields)));
				fields.clear();
				i += (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') ? 2 : 1;
				line++;
				recordLine = line;
				fieldStart = true;
			}
			else {
				field.append(c);
				fieldStart = false;
				i++;
			}
		}
		if (!fields.isEmpty() || field.length() > 0 || !fieldStart) {
			fields.add(field.toString());
			records.add(new CsvRecord(recordLine, List.copyOf(fields)));
		}
		return records;
	}

	static byte[] write(List<CatalogTable> tables) {
		StringBuilder out = new StringBuilder("\uFEFF");
		for (int t = 0; t < tables.size(); t++) {
			CatalogTable table = tables.get(t);
			if (t > 0) {
				out.append("\r\n");
			}
			out.append('[').append(table.sheet()).append("]\r\n");
			line(out, table.header());
			for (CatalogTable.Row row : table.rows()) {
				line(out, row.cells());
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	private static void line(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(quoted(cells.get(i)));
		}
		out.append("\r\n");
	}

	static String quoted(String value) {
		boolean needs = value.isEmpty() ? false
				: value.indexOf(',') >= 0 || value.indexOf(';') >= 0 || value.indexOf('"') >= 0
						|| value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.startsWith("[")
						|| !value.equals(value.strip());
		return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

}
