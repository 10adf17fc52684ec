package vn.motcua.document;

import java.time.Instant;
import java.util.List;

/**
 * Phiếu từ chối giải quyết hồ sơ: the appraisal of a received dossier concluded that it
 * cannot be granted (Decree 61/2018/NĐ-CP Art. 19 as amended, DOMAIN.md §1.6 point 8);
 * the competent agency returns the dossier with this paper, entered as the dossier's
 * result, within the processing time. It is the refusal form of the set (Mẫu 03, "Phiếu
 * từ chối tiếp nhận giải quyết hồ sơ"), worded for a refusal after receipt. Its fields
 * are an INFERENCE from Mẫu 03 (reasons, mandatory) and from the decree (legal basis,
 * signed by the agency's leader): the official layout was not seen.
 *
 * @param receivedAt when the dossier was received
 * @param reasons why the dossier cannot be granted, each one a line (at least one)
 * @param legalBasis the provisions whose conditions the dossier does not meet (mandatory)
 * @param appraisedBy the officer whose appraisal concluded with the refusal
 * @param returnPlace where the applicant takes back the papers and this notice
 * @param signatory who signs for the agency
 */
public record AppraisalRefusalForm(FormHeader header, String dossierCode, Applicant applicant, String procedureName,
		Instant receivedAt, List<String> reasons, String legalBasis, String appraisedBy, String returnPlace,
		Signatory signatory) {

	public AppraisalRefusalForm {
		Forms.require(dossierCode, "dossierCode");
		Forms.require(procedureName, "procedureName");
		Forms.require(appraisedBy, "appraisedBy");
		Forms.require(returnPlace, "returnPlace");
		reasons = Forms.required(reasons.stream().filter((reason) -> !reason.isBlank()).map(String::strip).toList(),
				"document.form.reasons-required", "reasons");
		legalBasis = Forms.required(legalBasis, "document.form.legal-basis-required", "legalBasis");
	}

}
