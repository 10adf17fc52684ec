package vn.motcua.document;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: exactly which papers are missing or
 * faulty and why (at least one, each with its reason), and whom to contact.
 *
 * @param dossierCode mã hồ sơ, if the dossier has one
 * @param rulesReference where the applicant can read the procedure's rules (a web page or
 * a legal reference), if given
 * @param contactOfficer the officer who gives the guidance and signs the form
 * @param contactPhone the officer's phone or extension
 */
public record SupplementRequestForm(FormHeader header, @Nullable String dossierCode, Applicant applicant,
		String procedureName, List<MissingPaper> papers, @Nullable String rulesReference, String contactOfficer,
		@Nullable String contactPhone) {

	public SupplementRequestForm {
		Forms.require(procedureName, "procedureName");
		Forms.require(contactOfficer, "contactOfficer");
		papers = Forms.required(papers, "document.form.papers-required", "papers");
	}

}
