package vn.motcua.feedback;

/** How a feedback reached the system (Decree 20/2008 Art. 6–7). */
public enum FeedbackChannel {

	/** Written on the portal (a data message). */
	WEB,

	/** Handed in at the counter, entered by staff. */
	COUNTER,

	/** Phoned in to the published hotline, written down by staff. */
	PHONE,

	/** Sent through the open API. */
	API,

	/** Sent by an Open311 GeoReport v2 client. */
	OPEN311

}
