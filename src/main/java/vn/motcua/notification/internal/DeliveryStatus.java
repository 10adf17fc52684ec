package vn.motcua.notification.internal;

/** Where a message is on its way. */
public enum DeliveryStatus {

	/** Waiting for the sender. */
	QUEUED,
	/** Claimed by a sender node (until its lease runs out). */
	SENDING,
	/** An attempt failed; another is due at {@code next_attempt_at}. */
	RETRYING,
	/** Accepted by the SMTP server or the SMS gateway. */
	SENT,
	/** Known to have arrived: SMS delivery report, or an in-app message stored. */
	DELIVERED,
	/** Given up: attempts exhausted, refused for good, or no way to send. */
	FAILED

}
