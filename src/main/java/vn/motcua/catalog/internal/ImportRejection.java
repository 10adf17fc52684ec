package vn.motcua.catalog.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Why a row, or the whole file, was refused.
 *
 * @param sheet the sheet (CSV section), none when the whole file is refused
 * @param row the row number as the spreadsheet shows it (CSV: line number), none when the
 * whole file is refused
 * @param column the column at fault, if one is
 * @param code the machine code; the message key is {@code error.<code>}
 * @param procedure the procedure code of the row, if known
 * @param arguments the message arguments
 */
public record ImportRejection(@Nullable String sheet, @Nullable Integer row, @Nullable String column, String code,
		@Nullable String procedure, List<Object> arguments) {

	public ImportRejection {
		arguments = List.copyOf(arguments);
	}

	static ImportRejection file(String code, Object... arguments) {
		return new ImportRejection(null, null, null, code, null, List.of(arguments));
	}

	public String messageKey() {
		return "error." + this.code;
	}

}
