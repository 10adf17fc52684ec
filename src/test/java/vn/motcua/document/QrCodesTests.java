package vn.motcua.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * QR codes decode back to their text (ZXing's reader, independent of the writer's code).
 */
class QrCodesTests {

	private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

	@ParameterizedTest
	@ValueSource(strings = { "https://dichvucong.quangninh.gov.vn/tra-cuu/H22.TTPVHCC-261126-0001",
			"H22.TTPVHCC-261126-0001", "Tra cứu hồ sơ: Đăng ký khai sinh — Phường Hà Tu" })
	void aPngDecodesToItsText(String text) throws Exception {
		byte[] png = QrCodes.png(text, 240);

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(240);
		assertThat(image.getHeight()).isEqualTo(240);
		assertThat(decode(image).getText()).isEqualTo(text);
	}

	@Test
	void randomTextsOfManyLengthsRoundTrip() throws Exception {
		Random random = new Random(42);
		String alphabet = "abcdefghijklmnopqrstuvwxyzĂÂĐÊÔƠƯăâđêôơưáàảãạ0123456789-/.:?=&";
		for (int i = 0; i < 30; i++) {
			int length = 1 + random.nextInt(300);
			StringBuilder text = new StringBuilder();
			for (int j = 0; j < length; j++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			byte[] png = QrCodes.png(text.toString(), 400);
			assertThat(decode(ImageIO.read(new ByteArrayInputStream(png))).getText()).as("length %d", length)
				.isEqualTo(text.toString());
		}
	}

	@Test
	void theDataUriCarriesThePng() {
		String uri = QrCodes.pngDataUri("H22.TTPVHCC-261126-0001", 120);
		assertThat(uri).startsWith("data:image/png;base64,");
		assertThat(Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length())))
			.isEqualTo(QrCodes.png("H22.TTPVHCC-261126-0001", 120));
	}

	@Test
	void theSvgDrawsTheSameCode() throws Exception {
		String text = "https://motcua.example/tra-cuu/H22.TTPVHCC-261126-0042";
		String svg = QrCodes.svg(text);
		Matcher viewBox = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
		assertThat(viewBox.find()).isTrue();
		int modules = Integer.parseInt(viewBox.group(1));
		int scale = 8;
		BufferedImage image = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, 0xFFFFFF);
			}
		}
		Matcher module = MODULE.matcher(svg);
		while (module.find()) {
			int mx = Integer.parseInt(module.group(1));
			int my = Integer.parseInt(module.group(2));
			for (int y = my * scale; y < (my + 1) * scale; y++) {
				for (int x = mx * scale; x < (mx + 1) * scale; x++) {
					image.setRGB(x, y, 0);
				}
			}
		}
		assertThat(decode(image).getText()).isEqualTo(text);
	}

	@Test
	void refusesAnEmptyTextAnImpossibleSizeAndATextTooLong() {
		assertThatThrownBy(() -> QrCodes.png("", 200)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> QrCodes.png("x", 10)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> QrCodes.png("x".repeat(5000), 400)).isInstanceOf(IllegalArgumentException.class);
	}

	static Result decode(BufferedImage image) throws NotFoundException, IOException {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE));
		}
		catch (ChecksumException | FormatException ex) {
			throw new IOException(ex);
		}
	}

}
