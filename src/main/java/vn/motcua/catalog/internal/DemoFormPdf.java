package vn.motcua.catalog.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * Renders a demo form ({@code demo/forms.json}) to PDF through openhtmltopdf, in
 * Liberation Sans (shipped inside PDFBox; it covers Vietnamese): the national motto, the
 * title, a "reference template" warning, the fields with dotted lines to fill in by hand,
 * the declaration and the signature blocks.
 */
final class DemoFormPdf {

	/** The font PDFBox ships as its own fallback font. */
	static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	static final String WARNING = "MẪU THAM KHẢO — cần đối chiếu mẫu chính thức trước khi nộp hồ sơ";

	private DemoFormPdf() {
	}

	/** One demo form as {@code demo/forms.json} describes it. */
	record Spec(String fileName, String title, String basis, String recipient, @Nullable List<String> columns,
			List<Section> sections, String declaration, @Nullable String extra, List<String> signatures) {
	}

	record Section(String heading, List<String> fields) {
	}

	static byte[] render(Spec spec) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> DemoFormPdf.class.getResourceAsStream(FONT), "Liberation Sans");
			builder.withHtmlContent(html(spec), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static String html(Spec spec) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"/><title>")
			.append(e(spec.title()))
			.append("</title><meta name=\"subject\" content=\"")
			.append(e(spec.basis()))
			.append("\"/><style>")
			.append("@page { size: A4; margin: 18mm 18mm 20mm 20mm; }")
			.append("body { font-family: 'Liberation Sans'; font-size: 11pt; line-height: 1.45; }")
			.append(".motto { text-align: center; margin: 0; }")
			.append(".motto2 { text-align: center; margin: 0 0 10pt 0; text-decoration: underline; }")
			.append("h1 { font-size: 16pt; font-weight: normal; text-align: center; margin: 10pt 0 4pt 0; }")
			.append(".warning { text-align: center; border: 1pt solid #000; padding: 4pt; margin: 6pt 0; }")
			.append(".basis { text-align: center; font-size: 9.5pt; margin: 0 0 10pt 0; }")
			.append("h2 { font-size: 11.5pt; font-weight: normal; text-decoration: underline; margin: 10pt 0 4pt 0; }")
			.append(".field { margin: 0 0 3pt 0; }")
			.append(".dots { color: #444; }")
			.append("table.grid { width: 100%; border-collapse: collapse; }")
			.append("table.grid td, table.grid th { border: 0.6pt solid #000; padding: 5pt; font-weight: normal;")
			.append(" vertical-align: top; height: 16pt; }")
			.append("table.sign { width: 100%; margin-top: 16pt; }")
			.append("table.sign td { text-align: center; vertical-align: top; height: 70pt; }")
			.append(".small { font-size: 9pt; }")
			.append(".place { text-align: right; margin-top: 10pt; }")
			.append("</style></head><body>");
		html.append("<p class=\"motto\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>")
			.append("<p class=\"motto2\">Độc lập - Tự do - Hạnh phúc</p>");
		html.append("<h1>").append(e(spec.title().toUpperCase(java.util.Locale.ROOT))).append("</h1>");
		html.append("<p class=\"warning\">").append(e(WARNING)).append("</p>");
		html.append("<p class=\"basis\">").append(e(spec.basis())).append("</p>");
		html.append("<p>").append(e(spec.recipient())).append("</p>");
		for (Section section : spec.sections()) {
			html.append("<h2>").append(e(section.heading())).append("</h2>");
			if (spec.columns() != null) {
				html.append("<table class=\"grid\"><tr>");
				spec.columns().forEach((column) -> html.append("<th>").append(e(column)).append("</th>"));
				html.append("</tr>");
				for (String field : section.fields()) {
					html.append("<tr><td>").append(e(field)).append("</td>");
					for (int i = 1; i < spec.columns().size(); i++) {
						html.append("<td></td>");
					}
					html.append("</tr>");
				}
				html.append("</table>");
			}
			else {
				for (String field : section.fields()) {
					html.append("<p class=\"field\">")
						.append(e(field))
						.append(" <span class=\"dots\">")
						.append(".".repeat(Math.max(20, 90 - field.length())))
						.append("</span></p>");
				}
			}
		}
		html.append("<p>").append(e(spec.declaration())).append("</p>");
		if (spec.extra() != null) {
			html.append("<p>").append(e(spec.extra())).append("</p>");
		}
		html.append("<p class=\"place\">Làm tại ....................., ngày ...... tháng ...... năm ......</p>");
		html.append("<table class=\"sign\"><tr>");
		for (String signature : spec.signatures()) {
			html.append("<td>")
				.append(e(signature))
				.append("<br/><span class=\"small\">(Ký, ghi rõ họ, chữ đệm, tên)</span></td>");
		}
		html.append("</tr></table>");
		html.append("<p class=\"small\">Bản mẫu do hệ thống Một Cửa (bản trình diễn) tạo ra để tham khảo: liệt kê các")
			.append(" thông tin cần khai; bố cục, số hiệu và nội dung của mẫu chính thức có thể khác.</p>");
		html.append("</body></html>");
		return html.toString();
	}

	private static String e(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
