package vn.motcua.payment.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Service;
import vn.motcua.calendar.Deadlines;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.payment.PayableView;
import vn.motcua.payment.PayableView.TransactionView;
import vn.motcua.shared.DomainException;

/**
 * The numbered receipt (biên lai thu phí, lệ phí) of one payment as PDF, A5, always in
 * Vietnamese: rendered like the document module's official forms, from a Thymeleaf
 * template by openhtmltopdf with the Liberation Serif fonts the application ships.
 */
@Service
public class ReceiptPdf {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final String FONT_FAMILY = "Liberation Serif";

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
		.withZone(Deadlines.VIETNAM);

	private static final Map<String, FontStyle> FONTS = new LinkedHashMap<>();

	static {
		FONTS.put("LiberationSerif-Regular.ttf", FontStyle.NORMAL);
		FONTS.put("LiberationSerif-Bold.ttf", FontStyle.NORMAL);
		FONTS.put("LiberationSerif-Italic.ttf", FontStyle.ITALIC);
	}

	private final ITemplateEngine templates;

	private final PaymentLedger ledger;

	private final Agencies agencies;

	private final Map<String, byte[]> fonts = new HashMap<>();

	ReceiptPdf(ITemplateEngine templates, PaymentLedger ledger, Agencies agencies) {
		this.templates = templates;
		this.ledger = ledger;
		this.agencies = agencies;
		for (String font : FONTS.keySet()) {
			this.fonts.put(font, resource("/fonts/" + font));
		}
	}

	/** The receipt with the given number, if the actor may see its payable. */
	public byte[] receipt(String receiptNumber, PaymentActor actor) {
		long payableId = this.ledger.payableOfReceipt(receiptNumber)
			.orElseThrow(() -> DomainException.notFound("payment.receipt-unknown", receiptNumber));
		PayableView payable = this.ledger.get(payableId, actor);
		TransactionView tx = payable.transactions()
			.stream()
			.filter((t) -> t.receiptNumber().equals(receiptNumber))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("payment.receipt-unknown", receiptNumber));
		return render(html(payable, tx));
	}

	String html(PayableView payable, TransactionView tx) {
		Map<String, Object> model = new HashMap<>();
		model.put("payable", payable);
		model.put("tx", tx);
		model.put("agency",
				this.agencies.findByCode(payable.agencyCode()).map(AgencyView::name).orElse(payable.agencyCode()));
		model.put("desk",
				this.agencies.findByCode(payable.deskAgencyCode())
					.map(AgencyView::name)
					.orElse(payable.deskAgencyCode()));
		model.put("time", TIME.format(tx.occurredAt()));
		model.put("words", AmountInWords.vietnamese(tx.amountVnd()));
		String html = this.templates.process("payment/receipt", new Context(VIETNAMESE, model));
		return Normalizer.normalize(html, Normalizer.Form.NFC);
	}

	private byte[] render(String html) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			for (Map.Entry<String, FontStyle> font : FONTS.entrySet()) {
				byte[] bytes = this.fonts.get(font.getKey());
				int weight = font.getKey().contains("Bold") ? 700 : 400;
				builder.useFont(() -> new ByteArrayInputStream(bytes), FONT_FAMILY, weight, font.getValue(), true);
			}
			builder.withProducer("Một Cửa");
			builder.withHtmlContent(html, "about:blank");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the receipt", ex);
		}
	}

	private static byte[] resource(String path) {
		try (InputStream in = ReceiptPdf.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
