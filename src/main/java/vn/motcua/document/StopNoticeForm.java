package vn.motcua.document;

import java.time.Instant;

/**
 * Mẫu 05 (Circular 03/2025) — Thông báo dừng giải quyết hồ sơ: processing of a dossier is
 * stopped, at the applicant's request (withdrawal) or for a legal reason. The fields are
 * an INFERENCE (DOMAIN.md §2.2): the official layout was not seen.
 *
 * @param atApplicantsRequest whether the applicant asked for the stop (rút hồ sơ)
 * @param reason why processing stops (mandatory)
 * @param stoppedAt when processing stopped
 */
public record StopNoticeForm(FormHeader header, String dossierCode, Applicant applicant, String procedureName,
		Instant receivedAt, boolean atApplicantsRequest, String reason, Instant stoppedAt, Signatory signatory) {

	public StopNoticeForm {
		Forms.require(dossierCode, "dossierCode");
		Forms.require(procedureName, "procedureName");
		reason = Forms.required(reason, "document.form.reason-required", "reason");
	}

}
