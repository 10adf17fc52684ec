package vn.motcua.document;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (fields after DOMAIN.md §2.2).
 *
 * @param dossierCode mã hồ sơ
 * @param trackingUrl the public tracking page of the dossier, printed as a QR code
 * @param applicant who submitted the dossier
 * @param procedureName the requested procedure (nội dung yêu cầu giải quyết)
 * @param procedureCode mã thủ tục, printed in the machine block
 * @param owner chủ hồ sơ, when not the applicant
 * @param papers the papers received
 * @param dossierCount số lượng hồ sơ (bộ)
 * @param legalProcessingTime the legal processing time as text ("05 ngày làm việc")
 * @param receivedAt when the dossier was received
 * @param appointmentAt when the result will be returned
 * @param resultPlace where the result is collected
 * @param feePaymentMethod how the fees are paid, if any
 * @param lookupWebsite the website to look the dossier up
 * @param hotline the hotline
 * @param receivingOfficer the officer who received the dossier
 * @param agencyIdentifier mã định danh of the receiving agency, printed in the machine
 * block
 */
public record ReceiptForm(FormHeader header, String dossierCode, String trackingUrl, Applicant applicant,
		String procedureName, @Nullable String procedureCode, @Nullable Applicant owner, List<Paper> papers,
		int dossierCount, String legalProcessingTime, Instant receivedAt, Instant appointmentAt, String resultPlace,
		@Nullable String feePaymentMethod, String lookupWebsite, String hotline, String receivingOfficer,
		@Nullable String agencyIdentifier) {

	public ReceiptForm {
		Forms.require(dossierCode, "dossierCode");
		Forms.require(trackingUrl, "trackingUrl");
		Forms.require(procedureName, "procedureName");
		Forms.require(legalProcessingTime, "legalProcessingTime");
		Forms.require(resultPlace, "resultPlace");
		Forms.require(receivingOfficer, "receivingOfficer");
		papers = List.copyOf(papers);
		if (dossierCount < 1) {
			throw new IllegalArgumentException("dossierCount must be at least 1");
		}
		if (appointmentAt.isBefore(receivedAt)) {
			throw new IllegalArgumentException("The appointment precedes the receipt");
		}
	}

}
