package vn.motcua.document;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of the dossier tracking book.
 *
 * @param number the line's number in the year's book (from 1 on the first dossier of the
 * year)
 * @param dossierCount số lượng hồ sơ (bộ)
 * @param resolvingUnit the unit in charge of resolving the dossier
 * @param transferredAt when the dossier went to the resolving unit, if it did
 * @param resultAt when the result was ready, if it is
 * @param supplementRequestedAt when a supplement was asked for, if it was
 * @param returnedAt when the applicant received the result, if they did
 * @param note ghi chú: the status, a refusal or a stop
 */
public record RegisterEntry(int number, String dossierCode, String procedureName, int dossierCount,
		String applicantName, @Nullable String address, @Nullable String phone, String resolvingUnit,
		Instant receivedAt, @Nullable Instant appointmentAt, @Nullable Instant transferredAt,
		@Nullable Instant resultAt, @Nullable Instant supplementRequestedAt, @Nullable Instant returnedAt,
		@Nullable String note) {

	public RegisterEntry {
		Forms.require(dossierCode, "dossierCode");
		Forms.require(procedureName, "procedureName");
		Forms.require(applicantName, "applicantName");
		Forms.require(resolvingUnit, "resolvingUnit");
		if (number < 1 || dossierCount < 1) {
			throw new IllegalArgumentException("number and dossierCount start at 1");
		}
	}

}
