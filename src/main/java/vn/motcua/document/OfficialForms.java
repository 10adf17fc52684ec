package vn.motcua.document;

/**
 * The official forms of the one-stop mechanism as PDF (A5, the register A4), in
 * Vietnamese, numbered after the legal form set in force on the header's basis date
 * ({@link FormSet}). Each method returns the bytes of a complete PDF file.
 */
public interface OfficialForms {

	/**
	 * Mẫu 01: the receipt with the appointment date and a QR code to the tracking page.
	 */
	byte[] receipt(ReceiptForm form);

	/** Mẫu 02: the request to supplement or complete the dossier. */
	byte[] supplementRequest(SupplementRequestForm form);

	/** Mẫu 03: the refusal with its reasons. */
	byte[] refusal(RefusalForm form);

	/**
	 * The refusal to grant a received dossier after its appraisal (Phiếu từ chối giải
	 * quyết hồ sơ; the refusal form of the set), with its reasons, legal basis and the QR
	 * code of the tracking page.
	 */
	byte[] appraisalRefusal(AppraisalRefusalForm form);

	/** Mẫu 04: the apology with the new appointment. */
	byte[] apology(ApologyForm form);

	/**
	 * Mẫu 05 of 2025: the notice that processing stopped. Dossiers under the 2018 set get
	 * the same notice without a form number (that set has no such form).
	 */
	byte[] stopNotice(StopNoticeForm form);

	/** The control sheet of the hand-overs (Mẫu 05 of 2018, 06 of 2025). */
	byte[] controlSheet(ControlSheetForm form);

	/**
	 * The dossier tracking book for a period (Mẫu 06 of 2018, 07 of 2025), on A4
	 * landscape, its table header repeated on every page and its pages numbered.
	 */
	byte[] register(RegisterForm form);

}
