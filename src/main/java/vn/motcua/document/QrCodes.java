package vn.motcua.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes (ZXing), e.g. the one on the receipt that opens the public tracking page of a
 * dossier. Error correction level M (15 %), UTF-8 text, a quiet zone of four modules.
 */
public final class QrCodes {

	/** The smallest image: a version-1 code (21 modules) plus its quiet zone. */
	public static final int MIN_SIZE = 29;

	public static final int MAX_SIZE = 4096;

	private static final int QUIET_ZONE = 4;

	private static final int BLACK = 0x000000;

	private static final int WHITE = 0xFFFFFF;

	private QrCodes() {
	}

	/**
	 * A square black-on-white PNG of {@code size} × {@code size} pixels.
	 * @throws IllegalArgumentException for an empty text, a text too long for a QR code,
	 * or a size outside [{@value #MIN_SIZE}, {@value #MAX_SIZE}]
	 */
	public static byte[] png(String text, int size) {
		if (size < MIN_SIZE || size > MAX_SIZE) {
			throw new IllegalArgumentException("QR code size out of range: " + size);
		}
		BitMatrix matrix = encode(text, size);
		BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
			}
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The PNG of {@link #png} as a {@code data:image/png;base64,…} URI, for an img tag.
	 */
	public static String pngDataUri(String text, int size) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, size));
	}

	/**
	 * A scalable SVG drawing (one square per dark module, in a view box measured in
	 * modules), to inline in a web page; give it a size with CSS.
	 */
	public static String svg(String text) {
		BitMatrix matrix = encode(text, 0);
		int width = matrix.getWidth();
		int height = matrix.getHeight();
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
				+ "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
				+ "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

	/**
	 * The module matrix, scaled to {@code size} pixels (ZXing centres the code and pads
	 * it to the size), or one pixel per module when {@code size} is 0.
	 */
	private static BitMatrix encode(String text, int size) {
		if (text.isEmpty()) {
			throw new IllegalArgumentException("A QR code needs a text");
		}
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
		if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
			// an ECI header for UTF-8 only when needed: plain URLs stay readable by every
			// scanner
			hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
		}
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Text too long for a QR code (" + text.length() + " characters)", ex);
		}
	}

}
