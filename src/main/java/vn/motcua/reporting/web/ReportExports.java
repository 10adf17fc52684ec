package vn.motcua.reporting.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.motcua.reporting.ProcessingReport;

/**
 * Form II.06a as a formatted Excel workbook (.xlsx) and as a PDF in the official layout
 * (landscape A4, Liberation Serif shipped with the project for Vietnamese letters).
 */
@Component
class ReportExports {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String[] FONTS = { "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
			"LiberationSerif-Italic.ttf" };

	private final MessageSource messages;

	private final ITemplateEngine templates;

	private final boolean fold;

	ReportExports(MessageSource messages, ITemplateEngine templates,
			@Value("${motcua.reporting.fold-withdrawn:false}") boolean fold) {
		this.messages = messages;
		this.templates = templates;
		this.fold = fold;
	}

	private String footnote() {
		return m("reporting.form.footnote") + (this.fold ? " " + m("reporting.form.footnote.folded") : "");
	}

	private String m(String key, Object... args) {
		return this.messages.getMessage(key, args, key, VIETNAMESE);
	}

	byte[] excel(ProcessingReport report) {
		ReportForm form = ReportForm.of(report, m("reporting.form.total"), this.fold);
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("II.06a");
			Font bold = book.createFont();
			bold.setBold(true);
			bold.setFontName("Times New Roman");
			Font plain = book.createFont();
			plain.setFontName("Times New Roman");
			Font italic = book.createFont();
			italic.setItalic(true);
			italic.setFontName("Times New Roman");
			CellStyle title = book.createCellStyle();
			title.setFont(bold);
			title.setAlignment(HorizontalAlignment.CENTER);
			CellStyle note = book.createCellStyle();
			note.setFont(italic);
			note.setWrapText(true);
			note.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle header = bordered(book, bold);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setVerticalAlignment(VerticalAlignment.CENTER);
			header.setWrapText(true);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			CellStyle number = bordered(book, plain);
			number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
			CellStyle text = bordered(book, plain);
			text.setWrapText(true);
			CellStyle totalNumber = bordered(book, bold);
			totalNumber.setDataFormat(book.createDataFormat().getFormat("#,##0"));
			CellStyle totalText = bordered(book, bold);
			int columns = 2 + ReportForm.MEASURES.size();
			int r = 0;
			put(sheet, r, 0, m("reporting.form.number"), title);
			merge(sheet, r++, 0, 3);
			put(sheet, r, 0, m("reporting.form.heading", report.agencyName()).toUpperCase(VIETNAMESE), title);
			merge(sheet, r++, 0, columns - 1);
			put(sheet, r, 0, m("reporting.form.period", DAY.format(report.from()), DAY.format(report.to())), title);
			merge(sheet, r++, 0, columns - 1);
			put(sheet, r, 0, m("reporting.form.unit"), note);
			merge(sheet, r++, 0, columns - 1);
			r++;
			// two header rows with the groups, then the column numbers
			int top = r;
			Row groups = sheet.createRow(r++);
			Row heads = sheet.createRow(r++);
			Row numbers = sheet.createRow(r++);
			String[] groupKeys = { "reporting.col.received", "reporting.col.resolved", "reporting.col.in-progress",
					"reporting.col.outside" };
			int[][] spans = { { 2, 5 }, { 6, 9 }, { 10, 12 }, { 13, 15 } };
			for (int c = 0; c < columns; c++) {
				groups.createCell(c).setCellStyle(header);
				heads.createCell(c).setCellStyle(header);
				put(sheet, numbers.getRowNum(), c, "(" + (c + 1) + ")", header);
			}
			groups.getCell(0).setCellValue(m("reporting.col.index"));
			groups.getCell(1).setCellValue(m("reporting.col.field"));
			sheet.addMergedRegion(new CellRangeAddress(top, top + 1, 0, 0));
			sheet.addMergedRegion(new CellRangeAddress(top, top + 1, 1, 1));
			for (int g = 0; g < groupKeys.length; g++) {
				groups.getCell(spans[g][0]).setCellValue(m(groupKeys[g]));
				sheet.addMergedRegion(new CellRangeAddress(top, top, spans[g][0], spans[g][1]));
			}
			for (int c = 0; c < ReportForm.MEASURES.size(); c++) {
				heads.getCell(2 + c).setCellValue(m("reporting.measure." + ReportForm.MEASURES.get(c)));
			}
			heads.setHeightInPoints(48);
			for (ReportForm.Row row : form.rows()) {
				Row line = sheet.createRow(r++);
				Cell index = line.createCell(0);
				index.setCellValue(row.index());
				index.setCellStyle(number);
				put(sheet, line.getRowNum(), 1, row.label(), text);
				for (int c = 0; c < row.cells().size(); c++) {
					Cell cell = line.createCell(2 + c);
					cell.setCellValue(row.cells().get(c).value());
					cell.setCellStyle(number);
				}
			}
			Row total = sheet.createRow(r++);
			total.createCell(0).setCellStyle(totalText);
			put(sheet, total.getRowNum(), 1, form.total().label(), totalText);
			for (int c = 0; c < form.total().cells().size(); c++) {
				Cell cell = total.createCell(2 + c);
				cell.setCellValue(form.total().cells().get(c).value());
				cell.setCellStyle(totalNumber);
			}
			r++;
			put(sheet, r, 0, footnote(), note);
			sheet.addMergedRegion(new CellRangeAddress(r, r + 2, 0, columns - 1));
			sheet.setColumnWidth(0, 6 * 256);
			sheet.setColumnWidth(1, 36 * 256);
			for (int c = 2; c < columns; c++) {
				sheet.setColumnWidth(c, 12 * 256);
			}
			sheet.createFreezePane(2, top + 3);
			sheet.getPrintSetup().setLandscape(true);
			sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
			sheet.setFitToPage(true);
			sheet.getPrintSetup().setFitWidth((short) 1);
			sheet.getPrintSetup().setFitHeight((short) 0);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CellStyle bordered(XSSFWorkbook book, Font font) {
		CellStyle style = book.createCellStyle();
		style.setFont(font);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

	private static void put(Sheet sheet, int row, int column, String value, CellStyle style) {
		Row line = sheet.getRow(row);
		if (line == null) {
			line = sheet.createRow(row);
		}
		Cell cell = line.getCell(column);
		if (cell == null) {
			cell = line.createCell(column);
		}
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void merge(Sheet sheet, int row, int first, int last) {
		sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
	}

	byte[] pdf(ProcessingReport report) {
		ReportForm form = ReportForm.of(report, m("reporting.form.total"), this.fold);
		Context context = new Context(VIETNAMESE,
				Map.of("report", report, "form", form, "measures", ReportForm.MEASURES, "from",
						DAY.format(report.from()), "to", DAY.format(report.to()), "footnote", footnote()));
		String html = Normalizer.normalize(this.templates.process("reporting/pdf", context), Normalizer.Form.NFC);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			List<Object[]> fonts = List.of(new Object[] { FONTS[0], 400, PdfRendererBuilder.FontStyle.NORMAL },
					new Object[] { FONTS[1], 700, PdfRendererBuilder.FontStyle.NORMAL },
					new Object[] { FONTS[2], 400, PdfRendererBuilder.FontStyle.ITALIC });
			for (Object[] font : fonts) {
				byte[] bytes = resource("/fonts/" + font[0]);
				builder.useFont(() -> new ByteArrayInputStream(bytes), "Liberation Serif", (Integer) font[1],
						(PdfRendererBuilder.FontStyle) font[2], true);
			}
			builder.withProducer("Một Cửa");
			builder.withHtmlContent(html, "about:blank");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] resource(String path) throws IOException {
		try (InputStream in = ReportExports.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + path);
			}
			return in.readAllBytes();
		}
	}

}
