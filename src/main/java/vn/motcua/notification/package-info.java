/**
 * Notification: tells citizens what happens to their dossiers, their fee payments and
 * refunds, and their feedback (phản ánh, kiến nghị) by e-mail (SMTP), SMS (through an
 * {@link vn.motcua.notification.SmsProvider}) and in-app messages on their account page,
 * in Vietnamese (the bundle {@code i18n/notification} also has English), and keeps the
 * delivery status of every message.
 * <h2>Reliability</h2> The listeners are {@code @ApplicationModuleListener}s: they run
 * after the dossier's transaction committed, from the event publication registry, and
 * insert one row per message into {@code notification_message} in their own transaction;
 * the row is unique per (event, channel, recipient), so an event delivered twice (after a
 * crash, on restart) adds nothing. The sender claims due rows with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, sends, and records sent / failed; a node
 * that dies after claiming leaves rows whose lease runs out, and another node sends them.
 * Failures are retried with exponential backoff up to a limit, then the row is
 * {@code FAILED} — never deleted.
 * <h2>Who is told</h2>
 * <ul>
 * <li>E-mail and SMS go to the contact data <b>written on the dossier</b> (the
 * applicant's e-mail and mobile number): online, the citizen typed (or confirmed) them in
 * the form; at the counter or by post, the officer copied them from the application. The
 * applicant is the person the administration answers, so notices follow the dossier, not
 * whoever is signed in.</li>
 * <li>The in-app message goes to the citizen <b>account that submitted the dossier
 * online</b> (its owner). A dossier an officer filed on the citizen's behalf (counter,
 * post) has no owner account, so it has no in-app message: the system never guesses an
 * account from the name or the ID number, which would show one person's dossier to
 * another who registered with that number.</li>
 * <li>The officer who acts or who filed the dossier is never a recipient.</li>
 * <li>No contact data and no account: nothing can be sent; for a legally required notice
 * a row {@code NONE / FAILED} says so, and the notice appears in the officers' work
 * queues to be handed over on paper.</li>
 * </ul>
 * <h2>Legally required notices</h2> Supplement request, refusal (at intake; after
 * appraisal when the refusal paper is ready, not while it awaits a leader's approval),
 * apology with a new date, stop of processing, and the receipt of an online dossier. Such
 * a notice counts as delivered when an e-mail or SMS was accepted, or the citizen read
 * the in-app message; when every e-mail / SMS attempt failed (or none was possible) and
 * no in-app message was read, the work queues of the agencies concerned list it until an
 * officer retries it or records how it was handed over.
 * <h2>Adding a source</h2> One {@code @ApplicationModuleListener} that turns the event
 * into a {@code Notice} (kind, event key, dossier code, parameters, recipients) and calls
 * {@code NoticeOutbox.enqueue}, plus the kind's templates
 * {@code notification.notice.<kind>.name/subject/body/sms} in both bundles. Sources:
 * {@code DossierNotices} (dossier), {@code PaymentNotices} (payment: the payable's
 * reference is the dossier code, so the dossier's recipients are told),
 * {@code FeedbackNotices} (feedback: the sender's e-mail and phone carried by the events;
 * {@code FeedbackDeadlineReached} is the agencies' warning and gives no notice),
 * {@code SatisfactionNotices} (satisfaction: the rating link of a returned dossier to the
 * dossier's recipients on {@code RatingInvited}; a survey campaign's invitation and
 * reminders to each sampled person's contact on {@code SurveyInvitationsIssued}, reading
 * who is in the round from {@code SurveyInvitations}; survey notices are not shown on the
 * dossier's pages, but counted per round, channel and status on the campaign's page
 * through {@code satisfaction.CampaignPageSection}, with a warning when neither e-mail
 * nor SMS is configured).
 */
@ApplicationModule(allowedDependencies = { "shared", "calendar", "organization", "identity", "dossier", "payment",
		"feedback", "satisfaction" })
@NullMarked
package vn.motcua.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
