package vn.motcua.catalog.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Applicability;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.ImplementingLevel;
import vn.motcua.catalog.InternalProcess;
import vn.motcua.catalog.LegalDocument;
import vn.motcua.catalog.OnlineMode;
import vn.motcua.catalog.ProcedureCase;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.catalog.ReturnChannel;
import vn.motcua.catalog.SampleProcedures;
import vn.motcua.organization.AgencyLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reading and checking catalog files without Spring: the layout round-trips through both
 * formats, and each kind of bad input is refused with its sheet, row, column and reason,
 * with nothing to import.
 */
class CatalogFileTests {

	private static final Set<String> AGENCIES = Set.of("22", "22.STP", "06652");

	/** A procedure using every part of the layout, with awkward text for CSV. */
	static ProcedureDetails full(String code) {
		return new ProcedureDetails(code, "Thủ tục \"đầy đủ\", có dấu phẩy; chấm phẩy", "Hộ tịch",
				List.of(ImplementingLevel.COMMUNE, ImplementingLevel.PROVINCE), "Ủy ban nhân dân cấp xã",
				List.of(new LegalDocument("60/2014/QH13", LocalDate.of(2014, 11, 20), "Quốc hội", "Luật Hộ tịch", null),
						new LegalDocument("123/2015/NĐ-CP", null, "Chính phủ", "Nghị định", "07/2025/NĐ-CP")),
				List.of(new ProcedureCase("Trường hợp trong nước", TimeLimit.workingDays(5),
						List.of(new Fee(Fee.Kind.AMOUNT, 1_500_000L, "Lệ phí", "Người khuyết tật"),
								new Fee(Fee.Kind.SET_BY_PROVINCE, null, "Phí theo HĐND tỉnh", null))),
						new ProcedureCase("Trường hợp có yếu tố\nnước ngoài", TimeLimit.workingDays(15),
								List.of(new Fee(Fee.Kind.FREE, 0L, "Miễn lệ phí", null)))),
				List.of(new RequiredDocument("Tờ khai", 1, 0, RequiredDocument.Requirement.MANDATORY, "to-khai.pdf"),
						new RequiredDocument("Giấy ủy quyền", 0, 2, RequiredDocument.Requirement.CONDITIONAL, null)),
				"Giấy khai sinh", OnlineMode.FULL, List.of(ReturnChannel.DIRECT, ReturnChannel.ONLINE),
				new InternalProcess(TimeLimit.Unit.WORKING_DAYS, false,
						List.of(new ProcessStep("Tiếp nhận", "ONE_STOP_OFFICER", "ONE_STOP_DESK",
								new BigDecimal("0.5")),
								new ProcessStep("Thẩm định", "SPECIALIST", "SPECIALISED_UNIT", new BigDecimal("3.25")),
								new ProcessStep("Phê duyệt", "AGENCY_LEADER", "LEADERSHIP", new BigDecimal("1")))),
				new Applicability(List.of(AgencyLevel.COMMUNE), List.of("22.STP", "06652")), "Ghi chú\r\nhai dòng",
				"https://dichvucong.gov.vn/p?a=1,b=2");
	}

	private static List<ProcedureRecord> records(ProcedureDetails... details) {
		List<ProcedureRecord> records = new ArrayList<>();
		for (ProcedureDetails d : details) {
			records.add(new ProcedureRecord(d.code(), 1, ProcedureStatus.DRAFT, d));
		}
		return records;
	}

	private static String csv(ProcedureDetails... details) {
		return new String(CatalogExport.write(CatalogFormat.CSV, CatalogExport.tables(records(details))),
				StandardCharsets.UTF_8);
	}

	private static CatalogImportParser.Parsed read(byte[] content) {
		CatalogFormat format = CatalogFormat.detect(content);
		List<CatalogTable> tables = (format == CatalogFormat.XLSX) ? XlsxTables.read(content, CatalogImport.MAX_ROWS)
				: CsvTables.read(content, CatalogImport.MAX_ROWS);
		return CatalogImportParser.parse(tables, AGENCIES::contains);
	}

	private static CatalogImportParser.Parsed read(String csv) {
		return read(csv.getBytes(StandardCharsets.UTF_8));
	}

	private static ImportRejection refused(byte[] content) {
		try {
			read(content);
		}
		catch (CatalogFileException ex) {
			return ex.rejection();
		}
		throw new AssertionError("the file was not refused");
	}

	@Test
	void everyPartOfAProcedureRoundTripsThroughCsvAndExcel() {
		ProcedureDetails full = full("1.000001");
		ProcedureDetails sample = SampleProcedures.details("1.000002", "Thủ tục mẫu");
		for (CatalogFormat format : CatalogFormat.values()) {
			byte[] file = CatalogExport.write(format, CatalogExport.tables(records(full, sample)));
			assertThat(CatalogFormat.detect(file)).isEqualTo(format);
			CatalogImportParser.Parsed parsed = read(file);
			assertThat(parsed.rejected()).as(format.name()).isEmpty();
			assertThat(parsed.procedures()).extracting(CatalogImportParser.ImportedProcedure::details)
				.map(CatalogImport::normalized)
				.containsExactly(CatalogImport.normalized(full), CatalogImport.normalized(sample));
			assertThat(parsed.procedures()).extracting(CatalogImportParser.ImportedProcedure::publish)
				.containsExactly(false, false);
		}
	}

	@Test
	void randomTextSurvivesTheCsvQuoting() {
		Random random = new Random(20261126L);
		String alphabet = "aăâbđêô ,;\"\r\n\t[]'xyzỹ";
		for (int i = 0; i < 200; i++) {
			StringBuilder text = new StringBuilder("Tên ");
			for (int j = random.nextInt(30); j > 0; j--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String name = text.toString().strip();
			ProcedureDetails details = SampleProcedures.details("1.000003", name);
			CatalogImportParser.Parsed parsed = read(csv(details));
			assertThat(parsed.rejected()).as(name).isEmpty();
			assertThat(parsed.procedures().get(0).details().name()).isEqualTo(name);
		}
	}

	@Test
	void csvWithoutByteOrderMarkWithSemicolonsAndCrlfIsRead() {
		String csv = csv(SampleProcedures.details("1.000004", "Thủ tục chấm phẩy")).substring(1);
		String semicolons = toSemicolons(csv);
		CatalogImportParser.Parsed parsed = read(semicolons);
		assertThat(parsed.rejected()).isEmpty();
		assertThat(parsed.procedures()).singleElement()
			.extracting((p) -> p.details().name())
			.isEqualTo("Thủ tục chấm phẩy");
	}

	/** Re-separates simple CSV text (the sample has no quoted commas) with semicolons. */
	private static String toSemicolons(String csv) {
		StringBuilder out = new StringBuilder();
		boolean quoted = false;
		for (char c : csv.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			out.append((!quoted && c == ',') ? ';' : c);
		}
		return out.toString();
	}

	@Test
	void aMissingOrUnknownColumnRefusesTheWholeFileAtTheHeader() {
		String csv = csv(SampleProcedures.details("1.000005", "Thủ tục thiếu cột"));
		String broken = csv.replace("procedure_code,case_no,kind,amount_vnd,description,exemptions",
				"procedure_code,case_no,kind,amount,description,exemptions");
		CatalogImportParser.Parsed parsed = read(broken);
		assertThat(parsed.procedures()).isEmpty();
		assertThat(parsed.rejected())
			.extracting(ImportRejection::sheet, ImportRejection::row, ImportRejection::column, ImportRejection::code)
			.containsExactlyInAnyOrder(
					tuple("fees", lineOf(broken, "procedure_code,case_no,kind"), "amount",
							"catalog.import.header.unknown"),
					tuple("fees", lineOf(broken, "procedure_code,case_no,kind"), "amount_vnd",
							"catalog.import.header.missing"));
	}

	@Test
	void aMissingSheetOrAnUnknownOneRefusesTheWholeFile() {
		String csv = csv(SampleProcedures.details("1.000006", "Thủ tục thiếu trang"));
		CatalogImportParser.Parsed parsed = read(csv.replace("[legal_basis]", "[legal]"));
		assertThat(parsed.procedures()).isEmpty();
		assertThat(parsed.rejected()).extracting(ImportRejection::sheet, ImportRejection::code)
			.containsExactlyInAnyOrder(tuple("legal", "catalog.import.sheet.unknown"),
					tuple("legal_basis", "catalog.import.sheet.missing"));
	}

	@Test
	void anUnknownAgencyCodeIsRefusedOnItsRow() {
		String csv = csv(SampleProcedures.details("1.000007", "Thủ tục cơ quan lạ"));
		String broken = csv.replace("COMMUNE,,,,no", "COMMUNE,22.KHONGCO,,,no");
		assertThat(broken).isNotEqualTo(csv);
		CatalogImportParser.Parsed parsed = read(broken);
		assertThat(parsed.procedures()).isEmpty();
		assertThat(parsed.rejected())
			.extracting(ImportRejection::sheet, ImportRejection::row, ImportRejection::column, ImportRejection::code,
					ImportRejection::procedure, ImportRejection::arguments)
			.containsExactly(tuple("procedures", 3, "agency_codes", "catalog.import.agency.unknown", "1.000007",
					List.of("22.KHONGCO")));
	}

	@Test
	void aMalformedProcedureCodeIsRefusedAndItsPartsAreNotReportedAsUnknown() {
		String csv = csv(SampleProcedures.details("1.000008", "Thủ tục mã sai")).replace("1.000008", "1.0008");
		CatalogImportParser.Parsed parsed = read(csv);
		assertThat(parsed.procedures()).isEmpty();
		assertThat(parsed.rejected()).extracting(ImportRejection::sheet, ImportRejection::column, ImportRejection::code)
			.contains(tuple("procedures", "code", "procedure.code.invalid"),
					tuple("cases", "procedure_code", "procedure.code.invalid"));
		assertThat(parsed.rejected()).extracting(ImportRejection::code).doesNotContain("catalog.import.code.unknown");
	}

	@Test
	void aPartOfAProcedureNotInTheFileIsRefused() {
		String csv = csv(SampleProcedures.details("1.000009", "Thủ tục"));
		String broken = csv.replace("1.000009,Tờ khai", "1.999999,Tờ khai");
		CatalogImportParser.Parsed parsed = read(broken);
		assertThat(parsed.rejected())
			.extracting(ImportRejection::sheet, ImportRejection::row, ImportRejection::column, ImportRejection::code)
			.containsExactly(tuple("documents", lineOf(broken, "1.999999,Tờ khai"), "procedure_code",
					"catalog.import.code.unknown"));
	}

	@Test
	void aNegativeFeeIsRefusedOnItsRowAndColumn() {
		String csv = csv(SampleProcedures.details("1.000010", "Thủ tục phí âm"));
		String broken = csv.replace("AMOUNT,8000,", "AMOUNT,-8000,");
		CatalogImportParser.Parsed parsed = read(broken);
		assertThat(parsed.procedures()).isEmpty();
		assertThat(parsed.rejected())
			.extracting(ImportRejection::sheet, ImportRejection::row, ImportRejection::column, ImportRejection::code)
			.containsExactly(tuple("fees", lineOf(broken, "AMOUNT,-8000"), "amount_vnd", "procedure.fee.negative"));
	}

	@Test
	void sharesOverTheLegalTimeAreRefusedOnTheStepThatOverflows() {
		String csv = csv(SampleProcedures.details("1.000011", "Thủ tục quá hạn"));
		String broken = csv.replace("Bước 2,SPECIALIST,SPECIALISED_UNIT,3", "Bước 2,SPECIALIST,SPECIALISED_UNIT,3.5");
		CatalogImportParser.Parsed parsed = read(broken);
		assertThat(parsed.procedures()).isEmpty();
		assertThat(parsed.rejected())
			.extracting(ImportRejection::sheet, ImportRejection::row, ImportRejection::column, ImportRejection::code,
					ImportRejection::procedure)
			.containsExactly(tuple("steps", lineOf(broken, "Bước 3,"), "share", "procedure.process.exceeds-legal-time",
					"1.000011"));
		assertThat(parsed.rejected().get(0).arguments()).containsExactly("5.5", 5);
	}

	@Test
	void aCodeTwiceInTheFileIsRefusedOnItsSecondRow() {
		String one = csv(SampleProcedures.details("1.000012", "Thủ tục một"));
		String procedureRow = one.lines()
			.filter((line) -> line.startsWith("1.000012,Thủ tục một"))
			.findFirst()
			.orElseThrow();
		String twice = one.replace(procedureRow,
				procedureRow + "\r\n" + procedureRow.replace("Thủ tục một", "Thủ tục hai"));
		CatalogImportParser.Parsed parsed = read(twice);
		assertThat(parsed.procedures()).isEmpty();
		assertThat(parsed.rejected())
			.extracting(ImportRejection::sheet, ImportRejection::row, ImportRejection::column, ImportRejection::code,
					ImportRejection::arguments)
			.containsExactly(tuple("procedures", 4, "code", "catalog.import.code.duplicate", List.of("1.000012", 3)));
	}

	@Test
	void everyBadRowIsReportedNotOnlyTheFirst() {
		String csv = csv(SampleProcedures.details("1.000013", "Thủ tục nhiều lỗi"));
		String broken = csv.replace(",5,WORKING_DAYS", ",năm,WEEKS")
			.replace("AMOUNT,8000,", "AMOUNT,8.000đ,")
			.replace(",1,0,MANDATORY,", ",1,0,OPTIONAL,")
			.replace("Bước 1,SPECIALIST", "Bước 1,chuyên viên");
		CatalogImportParser.Parsed parsed = read(broken);
		assertThat(parsed.procedures()).isEmpty();
		assertThat(parsed.rejected()).extracting(ImportRejection::sheet, ImportRejection::column, ImportRejection::code)
			.containsExactly(tuple("cases", "time_amount", "catalog.import.whole-number"),
					tuple("cases", "time_unit", "catalog.import.choice"),
					tuple("fees", "amount_vnd", "catalog.import.amount"),
					tuple("documents", "requirement", "catalog.import.choice"),
					tuple("steps", "role", "catalog.import.identifier"));
	}

	@Test
	void aRowNumberIsTheLineWhereTheRowStartsEvenAfterMultiLineCells() {
		ProcedureDetails details = full("1.000014");
		String csv = csv(details);
		String broken = csv.replace("Phê duyệt,AGENCY_LEADER,LEADERSHIP,1", "Phê duyệt,AGENCY_LEADER,LEADERSHIP,-1");
		CatalogImportParser.Parsed parsed = read(broken);
		assertThat(parsed.rejected()).extracting(ImportRejection::row, ImportRejection::column, ImportRejection::code)
			.containsExactly(tuple(lineOf(broken, "Phê duyệt,"), "share", "procedure.process.share"));
	}

	@Test
	void anOversizedFileIsRefusedBeforeItIsRead() {
		byte[] big = new byte[CatalogFormat.MAX_BYTES + 1];
		assertThat(refused(big).code()).isEqualTo("catalog.import.too-large");
		assertThat(refused(new byte[0]).code()).isEqualTo("catalog.import.empty");
	}

	@Test
	void aSheetWithTooManyRowsIsRefused() {
		String csv = csv(SampleProcedures.details("1.000015", "Thủ tục nhiều bước"));
		StringBuilder steps = new StringBuilder();
		for (int i = 0; i <= CatalogImport.MAX_ROWS; i++) {
			steps.append("1.000015,B,SPECIALIST,X,0\r\n");
		}
		String many = csv + steps;
		ImportRejection rejection = refused(many.getBytes(StandardCharsets.UTF_8));
		assertThat(rejection.code()).isEqualTo("catalog.import.too-many-rows");
		assertThat(rejection.arguments()).containsExactly("steps", CatalogImport.MAX_ROWS);
	}

	@Test
	void contentThatIsNeitherExcelNorCsvIsRefusedWhateverItsName() throws IOException {
		byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(refused(pdf).code()).isEqualTo("catalog.import.not-a-catalog-file");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
		assertThat(refused(png).code()).isEqualTo("catalog.import.not-a-catalog-file");
		byte[] xls = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1 };
		assertThat(refused(xls).code()).isEqualTo("catalog.import.legacy-xls");
		byte[] word = zip("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8), "word/document.xml",
				"<w:document/>".getBytes(StandardCharsets.UTF_8));
		assertThat(refused(word).code()).isEqualTo("catalog.import.not-a-catalog-file");
		byte[] latin1 = "[procedures]\ncode,name\n1.000001,Th\u1ee7 t\u1ee5c".getBytes(StandardCharsets.UTF_16LE);
		assertThat(refused(latin1).code()).isEqualTo("catalog.import.not-a-catalog-file");
	}

	@Test
	void aWorkbookThatUnpacksToTooMuchIsRefused() throws IOException {
		byte[] zeros = new byte[(int) CatalogFormat.MAX_UNPACKED_BYTES + 1024];
		byte[] bomb = zip("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8), "xl/workbook.xml", zeros);
		assertThat(bomb.length).isLessThan(CatalogFormat.MAX_BYTES);
		assertThat(refused(bomb).code()).isEqualTo("catalog.import.unpacked-too-large");
	}

	@Test
	void anUnclosedQuoteRefusesTheFileAtItsLine() {
		String csv = csv(SampleProcedures.details("1.000016", "Thủ tục")) + "\r\n1.000016,\"Bước 4,SPECIALIST\r\n";
		ImportRejection rejection = refused(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(rejection.code()).isEqualTo("catalog.import.csv.unclosed-quote");
		assertThat(rejection.row()).isEqualTo((int) csv.lines().count());
	}

	@Test
	void csvRecordsFollowRfc4180() {
		List<CsvTables.CsvRecord> records = CsvTables.records("a,\"b,c\",\"d\"\"e\"\r\n\"f\ng\",h\n,\n", ',');
		assertThat(records).extracting(CsvTables.CsvRecord::line, CsvTables.CsvRecord::fields)
			.containsExactly(tuple(1, List.of("a", "b,c", "d\"e")), tuple(2, List.of("f\ng", "h")),
					tuple(4, List.of("", "")));
		assertThatThrownBy(() -> CsvTables.records("\"a\"b,c\n", ',')).isInstanceOf(CatalogFileException.class);
	}

	private static int lineOf(String csv, String start) {
		List<String> lines = csv.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(start) || lines.get(i).contains(start)) {
				return i + 1;
			}
		}
		throw new AssertionError("no line with " + start);
	}

	private static byte[] zip(String name, byte[] content, String name2, byte[] content2) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(name2));
			zip.write(content2);
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
