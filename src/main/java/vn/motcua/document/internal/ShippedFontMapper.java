package vn.motcua.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.jspecify.annotations.Nullable;

/**
 * PDFBox's font mapper, replaced: for a font that is not embedded (openhtmltopdf declares
 * the standard Symbol and ZapfDingbats fonts even when unused) PDFBox would scan every
 * font installed on the machine, which takes many seconds on the first form and depends
 * on the machine. Every such request gets the shipped Liberation Serif instead, marked as
 * a fallback; the forms themselves only use embedded fonts.
 */
final class ShippedFontMapper implements FontMapper {

	private static final String FALLBACK = "/fonts/LiberationSerif-Regular.ttf";

	private @Nullable TrueTypeFont font;

	private ShippedFontMapper() {
	}

	static synchronized void install() {
		if (!(FontMappers.instance() instanceof ShippedFontMapper)) {
			FontMappers.set(new ShippedFontMapper());
		}
	}

	@Override
	public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, @Nullable PDFontDescriptor descriptor) {
		return new FontMapping<>(font(), true);
	}

	@Override
	public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, @Nullable PDFontDescriptor descriptor) {
		return new FontMapping<>(font(), true);
	}

	@Override
	public CIDFontMapping getCIDFont(String baseFont, @Nullable PDFontDescriptor descriptor,
			@Nullable PDCIDSystemInfo systemInfo) {
		return new CIDFontMapping(null, font(), true);
	}

	private synchronized TrueTypeFont font() {
		if (this.font == null) {
			try (InputStream in = ShippedFontMapper.class.getResourceAsStream(FALLBACK)) {
				if (in == null) {
					throw new IllegalStateException("Missing resource " + FALLBACK);
				}
				this.font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this.font;
	}

}
