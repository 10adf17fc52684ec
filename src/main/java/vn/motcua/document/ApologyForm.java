package vn.motcua.document;

import java.time.Instant;
import java.util.List;

import vn.motcua.shared.DomainException;

/**
 * Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả (2025: văn bản xin lỗi và đề nghị
 * gia hạn thời gian giải quyết): the one apology of a late dossier, with the reason for
 * the delay naming the lead unit, and the new date and place of return.
 *
 * @param recipient the applicant (Kính gửi)
 * @param leadUnit the unit in charge that did not deliver on time
 * @param reason why the dossier is late (mandatory)
 * @param newAppointmentAt the new return time, after the original one
 * @param returnPlace where the result will be returned
 * @param signatory the head of the unit who signs
 * @param copiesTo nơi nhận, besides the applicant
 */
public record ApologyForm(FormHeader header, String dossierCode, Applicant recipient, String procedureName,
		Instant receivedAt, Instant originalAppointmentAt, String leadUnit, String reason, Instant newAppointmentAt,
		String returnPlace, Signatory signatory, List<String> copiesTo) {

	public ApologyForm {
		Forms.require(dossierCode, "dossierCode");
		Forms.require(procedureName, "procedureName");
		Forms.require(leadUnit, "leadUnit");
		Forms.require(returnPlace, "returnPlace");
		reason = Forms.required(reason, "document.form.reason-required", "reason");
		if (!newAppointmentAt.isAfter(originalAppointmentAt)) {
			throw DomainException.invalid("document.form.new-appointment-not-later", "newAppointmentAt");
		}
		copiesTo = List.copyOf(copiesTo);
	}

}
