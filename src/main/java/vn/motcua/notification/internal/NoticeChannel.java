package vn.motcua.notification.internal;

/** How a message travels. */
public enum NoticeChannel {

	/** E-mail over SMTP. */
	EMAIL,
	/** SMS through the {@link vn.motcua.notification.SmsProvider}. */
	SMS,
	/** A message on the citizen's account page, delivered when stored. */
	IN_APP,
	/**
	 * No way to send: a legally required notice without contact data or channel, recorded
	 * as failed so that officers see it.
	 */
	NONE

}
