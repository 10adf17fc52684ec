package vn.motcua.document.internal;

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

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.motcua.document.ApologyForm;
import vn.motcua.document.AppraisalRefusalForm;
import vn.motcua.document.ControlSheetForm;
import vn.motcua.document.FormHeader;
import vn.motcua.document.OfficialForms;
import vn.motcua.document.QrCodes;
import vn.motcua.document.ReceiptForm;
import vn.motcua.document.RefusalForm;
import vn.motcua.document.RegisterForm;
import vn.motcua.document.StopNoticeForm;
import vn.motcua.document.SupplementRequestForm;

/**
 * Renders the official forms: a Thymeleaf template under
 * {@code templates/document/forms/} (XHTML, labels from the module's bundle, always in
 * Vietnamese: the forms are official documents) is turned into PDF by openhtmltopdf with
 * the Liberation Serif fonts shipped in {@code fonts/} (metric-compatible with Times New
 * Roman, full Vietnamese coverage; never a system font).
 */
@Service
class PdfForms implements OfficialForms {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final String FONT_FAMILY = "Liberation Serif";

	/** Pixels of the receipt's QR image (printed at 24 mm). */
	static final int QR_PIXELS = 300;

	private static final List<FontFile> FONTS = List.of(
			new FontFile("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
			new FontFile("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
			new FontFile("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
			new FontFile("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

	/**
	 * Forms use no outside resources (the QR code is a data URI); a base is still needed.
	 */
	private static final String BASE_URI = "about:blank";

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final Map<String, byte[]> fonts = new HashMap<>();

	static {
		RendererLogging.install();
		ShippedFontMapper.install();
	}

	PdfForms(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
		for (FontFile font : FONTS) {
			this.fonts.put(font.file(), resource("/fonts/" + font.file()));
		}
	}

	@Override
	public byte[] receipt(ReceiptForm form) {
		Map<String, Object> model = model(form.header());
		model.put("form", form);
		// the receipt prints its own QR code in its body
		model.remove("headerQr");
		model.put("qr", QrCodes.pngDataUri(form.trackingUrl(), QR_PIXELS));
		return render("receipt", model);
	}

	@Override
	public byte[] supplementRequest(SupplementRequestForm form) {
		Map<String, Object> model = model(form.header());
		model.put("form", form);
		return render("supplement-request", model);
	}

	@Override
	public byte[] refusal(RefusalForm form) {
		Map<String, Object> model = model(form.header());
		model.put("form", form);
		return render("refusal", model);
	}

	@Override
	public byte[] appraisalRefusal(AppraisalRefusalForm form) {
		Map<String, Object> model = model(form.header());
		model.put("form", form);
		return render("appraisal-refusal", model);
	}

	@Override
	public byte[] apology(ApologyForm form) {
		Map<String, Object> model = model(form.header());
		model.put("form", form);
		return render("apology", model);
	}

	@Override
	public byte[] stopNotice(StopNoticeForm form) {
		Map<String, Object> model = model(form.header());
		model.put("form", form);
		return render("stop-notice", model);
	}

	@Override
	public byte[] controlSheet(ControlSheetForm form) {
		Map<String, Object> model = model(form.header());
		model.put("form", form);
		return render("control-sheet", model);
	}

	@Override
	public byte[] register(RegisterForm form) {
		Map<String, Object> model = model(form.header());
		// a book is about many dossiers: no tracking link
		model.remove("headerQr");
		model.put("form", form);
		return render("register", model);
	}

	private Map<String, Object> model(FormHeader header) {
		Map<String, Object> model = new HashMap<>();
		model.put("header", header);
		model.put("set2025", header.formSet().circular().startsWith("03/2025"));
		model.put("f", new FormText(this.messages, VIETNAMESE));
		if (header.trackingUrl() != null) {
			model.put("headerQr", QrCodes.pngDataUri(header.trackingUrl(), QR_PIXELS));
		}
		return model;
	}

	/** The HTML of a form, for tests and previews. */
	String html(String template, Map<String, Object> model) {
		String html = this.templates.process("document/forms/" + template, new Context(VIETNAMESE, model));
		// applicants' names may arrive decomposed (NFD); fonts map precomposed letters
		// best
		return Normalizer.normalize(html, Normalizer.Form.NFC);
	}

	private byte[] render(String template, Map<String, Object> model) {
		String html = html(template, model);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			for (FontFile font : FONTS) {
				byte[] bytes = this.fonts.get(font.file());
				builder.useFont(() -> new ByteArrayInputStream(bytes), FONT_FAMILY, font.weight(), font.style(), true);
			}
			builder.withProducer("Một Cửa");
			builder.withHtmlContent(html, BASE_URI);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the form " + template, ex);
		}
	}

	private static byte[] resource(String path) {
		try (InputStream in = PdfForms.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record FontFile(String file, int weight, FontStyle style) {
	}

}
