package vn.motcua.feedback;

/** Where a feedback stands. */
public enum FeedbackStatus {

	/** Entered in the register, not yet classified and routed. */
	RECEIVED,

	/** With the competent agency, being answered. */
	IN_PROGRESS,

	/** Answer drafted, waiting for a leader's approval. */
	ANSWERED,

	/** Answer approved, sent to the sender and published. */
	PUBLISHED,

	/** Not accepted: the formal requirements were not met (không tiếp nhận). */
	REJECTED;

	/** Whether the case is closed. */
	public boolean closed() {
		return this == PUBLISHED || this == REJECTED;
	}

}
