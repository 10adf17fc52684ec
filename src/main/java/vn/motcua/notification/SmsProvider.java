package vn.motcua.notification;

import org.jspecify.annotations.Nullable;

/**
 * Sends text messages through an SMS gateway. One implementation speaks the HTTP/JSON
 * protocol documented on {@code HttpSmsProvider} (set
 * {@code motcua.notification.sms.url}); a deployment with another gateway provides its
 * own bean.
 */
public interface SmsProvider {

	/**
	 * Hands one message to the gateway.
	 * @param phone the mobile number in international form, e.g. {@code +84912345678}
	 * @param text the text
	 * @param reference our message's reference, the same on every attempt, so that a
	 * gateway that deduplicates by it sends a retried message once
	 * @return what the gateway answered
	 * @throws SmsException when the gateway refused or could not be reached
	 */
	Receipt send(String phone, String text, String reference) throws SmsException;

	/**
	 * Asks the gateway what became of a message it accepted (its delivery report).
	 * @param providerId the gateway's id of the message
	 * @return the state as the gateway knows it now
	 * @throws SmsException when the gateway could not answer
	 */
	Receipt status(String providerId) throws SmsException;

	/** The state of a message at the gateway. */
	enum State {

		/** Accepted, not yet known to be delivered. */
		ACCEPTED,
		/** Delivered to the handset. */
		DELIVERED,
		/** The gateway gave up on it. */
		FAILED

	}

	/**
	 * The gateway's answer.
	 *
	 * @param providerId the gateway's id of the message
	 * @param state its state
	 * @param error the gateway's reason when it failed
	 */
	record Receipt(String providerId, State state, @Nullable String error) {

	}

	/** The gateway refused a message or could not be reached. */
	class SmsException extends Exception {

		private static final long serialVersionUID = 1L;

		private final boolean permanent;

		public SmsException(String message, boolean permanent, @Nullable Throwable cause) {
			super(message, cause);
			this.permanent = permanent;
		}

		/**
		 * Whether sending the same message again cannot help (a malformed number, a
		 * refused sender name); transient errors (timeouts, 5xx, 429) are retried.
		 */
		public boolean permanent() {
			return this.permanent;
		}

	}

}
