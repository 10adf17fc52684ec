package vn.motcua.payment;

/** Where a payable stands. */
public enum PayableStatus {

	/** Owed, not yet (fully) paid. */
	DUE,
	/** Paid in full (perhaps more, if two payments crossed). */
	PAID,
	/** Everything paid was refunded. */
	REFUNDED

}
