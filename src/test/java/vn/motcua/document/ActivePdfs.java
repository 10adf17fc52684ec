package vn.motcua.document;

import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Sample PDFs with active content, for tests of other packages. */
public final class ActivePdfs {

	private ActivePdfs() {
	}

	/** A one-page PDF that runs JavaScript when opened. */
	public static byte[] javaScriptPdf() {
		return ResultDocumentsTests.pdf((document) -> document.getDocumentCatalog()
			.setOpenAction(new PDActionJavaScript("app.alert('Xin chào');")));
	}

}
