package vn.motcua.document;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ. The reasons are mandatory.
 *
 * @param contact whom the applicant may contact about the refusal, if given
 * @param receivingOfficer the officer who refuses and signs
 */
public record RefusalForm(FormHeader header, @Nullable String dossierCode, Applicant applicant, String procedureName,
		List<String> reasons, @Nullable String contact, String receivingOfficer) {

	public RefusalForm {
		Forms.require(procedureName, "procedureName");
		Forms.require(receivingOfficer, "receivingOfficer");
		reasons = Forms.required(reasons.stream().filter((reason) -> !reason.isBlank()).map(String::strip).toList(),
				"document.form.reasons-required", "reasons");
	}

}
