package vn.motcua.document;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05 of 2018, Mẫu 06 of 2025): the
 * dossier's header, its papers and one row per hand-over: I. the dossier going through
 * the units, II. the result coming back.
 *
 * @param owner chủ hồ sơ, when not the submitter
 * @param resultDueAtDesk when the resolving unit must return the result to the one-stop
 * desk, if set
 * @param resolvingUnit the unit asked to resolve the dossier, if known
 */
public record ControlSheetForm(FormHeader header, String dossierCode, String procedureName, Applicant submitter,
		@Nullable Applicant owner, Instant receivedAt, String legalProcessingTime, Instant appointmentAt,
		@Nullable String resolvingUnit, @Nullable Instant resultDueAtDesk, List<Paper> papers, List<HandOver> handOvers,
		List<HandOver> resultHandOvers) {

	public ControlSheetForm {
		Forms.require(dossierCode, "dossierCode");
		Forms.require(procedureName, "procedureName");
		Forms.require(legalProcessingTime, "legalProcessingTime");
		papers = List.copyOf(papers);
		handOvers = List.copyOf(handOvers);
		resultHandOvers = List.copyOf(resultHandOvers);
	}

}
