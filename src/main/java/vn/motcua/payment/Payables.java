package vn.motcua.payment;

import java.util.List;
import java.util.Optional;

import vn.motcua.catalog.Fee;

/** Payables as other modules use them. */
public interface Payables {

	/**
	 * Opens a payable assessed from the fee schedule (in the caller's transaction). With
	 * itemised {@code fees}, each line is checked against the schedule. Without them, the
	 * schedule's own total is taken when it equals {@code amountVnd}; otherwise the
	 * single chargeable fee of the schedule is set to {@code amountVnd} with
	 * {@code reason} as its recorded legal reason. A schedule with nothing to charge, an
	 * unknown fee, a changed amount without a legal reason or an exemption the schedule
	 * does not list are refused ({@link vn.motcua.shared.DomainException}, code
	 * {@code payment.fee.*}); a reference with a payable still due is a conflict.
	 */
	PayableView open(PayableRequest request);

	/** The latest payable of a reference. */
	Optional<PayableView> find(String reference);

	/** The fee schedule of a procedure case, to show it to the officer. */
	List<Fee> schedule(String procedureCode, int procedureVersion, int caseIndex);

	/** The assessment alone, to show it before anything is stored. */
	List<PayableView.LineView> assess(String procedureCode, int procedureVersion, int caseIndex, List<FeeChoice> fees);

}
