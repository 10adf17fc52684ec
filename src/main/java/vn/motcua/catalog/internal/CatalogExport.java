package vn.motcua.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.LegalDocument;
import vn.motcua.catalog.ProcedureCase;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.RequiredDocument;

/**
 * Exports the catalog in the layout the import reads, so that a file exported and
 * imported again changes nothing: for each procedure, its latest version with the status
 * asked for (the published version by default). The {@code publish} column says
 * {@code yes} for published versions.
 */
@Service
public class CatalogExport {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CatalogExport(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(readOnly = true)
	public byte[] export(CatalogFormat format, ProcedureStatus status) {
		return write(format, tables(versions(status)));
	}

	/** For each procedure, its latest version with the status, by code. */
	List<ProcedureRecord> versions(ProcedureStatus status) {
		return this.jdbc.sql("""
				SELECT DISTINCT ON (code) code, version, status, content FROM catalog_procedure_version
				WHERE status = :status ORDER BY code, version DESC
				""")
			.param("status", status.name())
			.query((rs, n) -> new ProcedureRecord(rs.getString("code"), rs.getInt("version"),
					ProcedureStatus.valueOf(rs.getString("status")),
					this.json.readValue(rs.getString("content"), ProcedureDetails.class)))
			.list();
	}

	static byte[] write(CatalogFormat format, List<CatalogTable> tables) {
		return (format == CatalogFormat.XLSX) ? XlsxTables.write(tables) : CsvTables.write(tables);
	}

	static List<CatalogTable> tables(List<ProcedureRecord> records) {
		List<List<String>> procedures = new ArrayList<>();
		List<List<String>> cases = new ArrayList<>();
		List<List<String>> fees = new ArrayList<>();
		List<List<String>> documents = new ArrayList<>();
		List<List<String>> legal = new ArrayList<>();
		List<List<String>> steps = new ArrayList<>();
		for (ProcedureRecord record : records) {
			ProcedureDetails d = record.details();
			String code = d.code();
			procedures
				.add(List.of(code, d.name(), d.field(), joined(d.levels(), Enum::name), d.competentAgency(), d.result(),
						d.onlineMode().name(), joined(d.returnChannels(), Enum::name), d.process().unit().name(),
						yesNo(d.process().demoDefault()), joined(d.applicability().agencyLevels(), Enum::name),
						joined(d.applicability().agencyCodes(), Function.identity()), text(d.note()), text(d.source()),
						yesNo(record.status() == ProcedureStatus.PUBLISHED)));
			for (int i = 0; i < d.cases().size(); i++) {
				ProcedureCase procedureCase = d.cases().get(i);
				String number = Integer.toString(i + 1);
				cases.add(List.of(code, number, procedureCase.name(), Integer.toString(procedureCase.time().amount()),
						procedureCase.time().unit().name()));
				for (Fee fee : procedureCase.fees()) {
					fees.add(List.of(code, number, fee.kind().name(),
							(fee.amountVnd() != null) ? fee.amountVnd().toString() : "", fee.description(),
							text(fee.exemptions())));
				}
			}
			for (RequiredDocument document : d.documents()) {
				documents.add(List.of(code, document.name(), Integer.toString(document.originals()),
						Integer.toString(document.copies()), document.requirement().name(),
						text(document.formTemplate())));
			}
			for (LegalDocument document : d.legalBasis()) {
				legal.add(List.of(code, document.number(), (document.date() != null) ? document.date().toString() : "",
						document.issuer(), document.title(), text(document.amendedBy())));
			}
			for (ProcessStep step : d.process().steps()) {
				steps.add(List.of(code, step.name(), step.role(), step.unitType(), plain(step.share())));
			}
		}
		List<List<List<String>>> rows = List.of(procedures, cases, fees, documents, legal, steps);
		List<CatalogTable> tables = new ArrayList<>();
		for (int s = 0; s < CatalogLayout.SHEETS.size(); s++) {
			CatalogLayout.Sheet sheet = CatalogLayout.SHEETS.get(s);
			List<CatalogTable.Row> data = new ArrayList<>();
			for (List<String> cells : rows.get(s)) {
				data.add(new CatalogTable.Row(data.size() + 2, cells));
			}
			tables.add(new CatalogTable(sheet.name(), 1, sheet.columns(), data));
		}
		return tables;
	}

	private static <T> String joined(List<T> values, Function<T, String> name) {
		return values.stream().map(name).collect(Collectors.joining(";"));
	}

	private static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
	}

}
