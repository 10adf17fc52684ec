package vn.motcua.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Real files of each type, made on the fly by the libraries that write them. */
public final class SampleFiles {

	private SampleFiles() {
	}

	/** A one-page A5 PDF written by PDFBox. */
	public static byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage(PDRectangle.A5));
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] jpeg() {
		return image("jpeg");
	}

	/** A minimal Word document: the parts of Office Open XML a .docx needs. */
	public static byte[] docx() {
		return zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "_rels/.rels", "<Relationships/>", "word/document.xml",
				"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
						+ "<w:body><w:p><w:r><w:t>Đơn đề nghị</w:t></w:r></w:p></w:body></w:document>"));
	}

	/** A minimal Excel workbook. */
	public static byte[] xlsx() {
		return zip(Map.of("[Content_Types].xml", CONTENT_TYPES, "xl/workbook.xml", "<workbook/>"));
	}

	/** A ZIP archive with a document inside, which is no Office document. */
	public static byte[] plainZip() {
		return zip(Map.of("giay-to/don.txt", "Đơn đề nghị", "word/readme.txt", "not a docx"));
	}

	public static byte[] zip(Map<String, String> entries) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, 40, 30);
		graphics.setColor(Color.RED);
		graphics.fillOval(5, 5, 20, 20);
		graphics.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No ImageIO writer for " + format);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
			+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

}
