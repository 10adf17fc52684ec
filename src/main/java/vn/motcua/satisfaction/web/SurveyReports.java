package vn.motcua.satisfaction.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.satisfaction.internal.IndexEstimator;
import vn.motcua.satisfaction.internal.Questionnaire;
import vn.motcua.satisfaction.internal.SatisfactionIndexes;

/**
 * The survey report of a unit and year: the index and its elements with their 95 %
 * intervals and last year's values, the aspects (performance and expectations) and the
 * ranking of units, as Excel (Apache POI) and PDF (openhtmltopdf with the Liberation
 * Serif fonts shipped in {@code fonts/}).
 */
@Controller
class SurveyReports {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final String FONT = "Liberation Serif";

	private final SatisfactionIndexes indexes;

	private final Agencies agencies;

	private final MessageSource messages;

	private final ITemplateEngine templates;

	SurveyReports(SatisfactionIndexes indexes, Agencies agencies, MessageSource messages, ITemplateEngine templates) {
		this.indexes = indexes;
		this.agencies = agencies;
		this.messages = messages;
		this.templates = templates;
	}

	/** Everything the report shows. */
	record Report(String agency, String agencyName, int year, SatisfactionIndexes.UnitIndex index,
			SatisfactionIndexes.UnitIndex before, List<SatisfactionIndexes.Aspect> aspects,
			List<SatisfactionIndexes.Ranked> ranking) {

	}

	Report report(@Nullable String agency, @Nullable String year) {
		int y = SatisfactionApi.parseYear(year);
		this.indexes.check(agency, y);
		String code = agency.strip();
		return new Report(code, this.agencies.findByCode(code).map(AgencyView::name).orElse(code), y,
				this.indexes.index(code, y), this.indexes.index(code, y - 1), this.indexes.aspects(code, y),
				this.indexes.ranking(y));
	}

	@GetMapping("/workspace/satisfaction/report.xlsx")
	ResponseEntity<byte[]> excel(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String year, Authentication authentication) {
		Raters.scoreReader(authentication);
		Report report = report(agency, year);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header("Content-Disposition",
					ContentDisposition.attachment()
						.filename("khao-sat-" + report.agency() + "-" + report.year() + ".xlsx")
						.build()
						.toString())
			.body(xlsx(report));
	}

	@GetMapping("/workspace/satisfaction/report.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String year, Authentication authentication) {
		Raters.scoreReader(authentication);
		Report report = report(agency, year);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					ContentDisposition.attachment()
						.filename("khao-sat-" + report.agency() + "-" + report.year() + ".pdf")
						.build()
						.toString())
			.body(pdf(report));
	}

	byte[] xlsx(Report report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet index = workbook.createSheet(text("satisfaction.results.index"));
			row(index, 0, text("satisfaction.report.title", report.agencyName(), String.valueOf(report.year())));
			row(index, 1, text("satisfaction.results.formula"));
			row(index, 3, text("satisfaction.results.element"), text("satisfaction.results.share"), "CI95 low",
					"CI95 high", text("satisfaction.results.last-year"), text("satisfaction.report.respondents-short"));
			int r = 4;
			r = estimateRow(index, r, text("satisfaction.results.index"), report.index().overall(),
					report.before().overall(), report.index().respondents());
			for (String element : Questionnaire.ELEMENTS) {
				r = estimateRow(index, r, text("satisfaction.element." + element),
						report.index().elements().get(element), report.before().elements().get(element),
						report.index().respondents());
			}
			Sheet aspects = workbook.createSheet(text("satisfaction.results.aspect"));
			row(aspects, 0, text("satisfaction.results.aspect"), text("satisfaction.results.element"),
					text("satisfaction.results.performance"), text("satisfaction.results.importance"),
					text("satisfaction.report.answers"));
			int a = 1;
			for (SatisfactionIndexes.Aspect aspect : report.aspects()) {
				Row row = aspects.createRow(a++);
				row.createCell(0).setCellValue(text("satisfaction.q." + aspect.criterion()));
				row.createCell(1).setCellValue(text("satisfaction.element." + aspect.element()));
				row.createCell(2).setCellValue(SatisfactionApi.round(aspect.performance()));
				row.createCell(3).setCellValue(SatisfactionApi.round(aspect.importance()));
				row.createCell(4).setCellValue(aspect.answers());
			}
			Sheet ranking = workbook.createSheet(text("satisfaction.results.rank"));
			row(ranking, 0, text("satisfaction.results.rank"), text("satisfaction.agency"),
					text("satisfaction.results.index"), "CI95 low", "CI95 high",
					text("satisfaction.results.change-short"), text("satisfaction.results.significant"));
			int k = 1;
			for (SatisfactionIndexes.Ranked ranked : report.ranking()) {
				Row row = ranking.createRow(k++);
				row.createCell(0).setCellValue(ranked.rank());
				row.createCell(1).setCellValue(ranked.agencyName());
				row.createCell(2).setCellValue(SatisfactionApi.round(ranked.overall().value()));
				row.createCell(3).setCellValue(SatisfactionApi.round(ranked.overall().low()));
				row.createCell(4).setCellValue(SatisfactionApi.round(ranked.overall().high()));
				if (ranked.change() != null) {
					row.createCell(5).setCellValue(SatisfactionApi.round(ranked.change()));
				}
				row.createCell(6).setCellValue(ranked.significant());
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int estimateRow(Sheet sheet, int r, String label, IndexEstimator.@Nullable Estimate estimate,
			IndexEstimator.@Nullable Estimate before, long respondents) {
		Row row = sheet.createRow(r);
		row.createCell(0).setCellValue(label);
		if (estimate != null) {
			row.createCell(1).setCellValue(SatisfactionApi.round(estimate.value()));
			row.createCell(2).setCellValue(SatisfactionApi.round(estimate.low()));
			row.createCell(3).setCellValue(SatisfactionApi.round(estimate.high()));
		}
		if (before != null) {
			row.createCell(4).setCellValue(SatisfactionApi.round(before.value()));
		}
		row.createCell(5).setCellValue(respondents);
		return r + 1;
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

	byte[] pdf(Report report) {
		Map<String, Object> model = new HashMap<>();
		model.put("agencyName", report.agencyName());
		model.put("year", report.year());
		model.put("index", report.index());
		model.put("before", report.before());
		model.put("aspects", report.aspects());
		model.put("ranking", report.ranking());
		String html = Normalizer.normalize(
				this.templates.process("satisfaction/report", new Context(LocaleContextHolder.getLocale(), model)),
				Normalizer.Form.NFC);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			font(builder, "LiberationSerif-Regular.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
			font(builder, "LiberationSerif-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
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

	private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
		byte[] bytes = resource("/fonts/" + file);
		builder.useFont(() -> new ByteArrayInputStream(bytes), FONT, weight, style, true);
	}

	private static byte[] resource(String path) {
		try (InputStream in = SurveyReports.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String text(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
