package vn.motcua.document.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import vn.motcua.shared.DomainException;

/**
 * Checks that an uploaded result is a PDF a citizen can open safely: it starts like a
 * PDF, PDFBox can read it, it is not encrypted and nothing reachable from its trailer is
 * an action that runs code or another program (JavaScript, Launch) — whatever its name
 * says.
 */
final class PdfInspection {

	private static final String FIELD = "file";

	/** Action types that run code or start programs. */
	private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
			COSName.getPDFName("ImportData"), COSName.getPDFName("RichMediaExecute"));

	private PdfInspection() {
	}

	/** Refuses anything but a readable, unencrypted PDF without active content. */
	static void check(byte[] content, String fileName) {
		if (!startsLikePdf(content)) {
			throw DomainException.invalid("document.result.not-pdf", FIELD, fileName);
		}
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.isEncrypted()) {
				throw DomainException.invalid("document.result.pdf-encrypted", FIELD, fileName);
			}
			if (hasActiveContent(document)) {
				throw DomainException.invalid("document.result.active-content", FIELD, fileName);
			}
		}
		catch (InvalidPasswordException ex) {
			throw DomainException.invalid("document.result.pdf-encrypted", FIELD, fileName);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DomainException domain) {
				throw domain;
			}
			throw DomainException.invalid("document.result.pdf-damaged", FIELD, fileName);
		}
	}

	/** "%PDF-" within the first 1024 bytes, as readers accept. */
	static boolean startsLikePdf(byte[] content) {
		int limit = Math.min(content.length - 5, 1024);
		for (int i = 0; i <= limit; i++) {
			if (content[i] == '%' && content[i + 1] == 'P' && content[i + 2] == 'D' && content[i + 3] == 'F'
					&& content[i + 4] == '-') {
				return true;
			}
		}
		return false;
	}

	/**
	 * Walks every object reachable from the trailer (iteratively: a crafted file may nest
	 * deeply) looking for a JavaScript or Launch action, a {@code /JS} entry or a
	 * document-level JavaScript name tree.
	 */
	static boolean hasActiveContent(PDDocument document) {
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSBase> pending = new ArrayDeque<>();
		pending.push(document.getDocument().getTrailer());
		while (!pending.isEmpty()) {
			COSBase base = pending.pop();
			if (base instanceof COSObject reference) {
				base = reference.getObject();
			}
			if (base == null || !seen.add(base)) {
				continue;
			}
			if (base instanceof COSDictionary dictionary) {
				COSBase type = dictionary.getDictionaryObject(COSName.S);
				if (type instanceof COSName name && ACTIVE_ACTIONS.contains(name)) {
					return true;
				}
				if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)) {
					return true;
				}
				for (COSBase value : dictionary.getValues()) {
					pending.push(value);
				}
			}
			else if (base instanceof COSArray array) {
				for (int i = 0; i < array.size(); i++) {
					pending.push(array.get(i));
				}
			}
		}
		return false;
	}

}
