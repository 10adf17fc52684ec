package vn.motcua.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Dossiers;
import vn.motcua.identity.EmailAddress;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.satisfaction.RatingInvited;
import vn.motcua.satisfaction.SurveyInvitations;
import vn.motcua.satisfaction.SurveyInvitationsIssued;

/**
 * Sends the satisfaction module's invitations.
 * <ul>
 * <li>The rating invitation of a returned dossier (Circular 01/2018 Art. 12): the rating
 * link to the dossier's recipients ({@link DossierNotices#recipients}: its e-mail, its
 * mobile number, the owner account's in-app message). One per dossier.</li>
 * <li>A SIPAS campaign's invitation and reminders: the one-time survey link to each
 * sampled person's contact (the e-mail address or mobile number copied from the dossier
 * when it was sampled), reminders only to those who have not answered when the reminder
 * is sent. Survey notices name no dossier in {@code dossier_code}: they do not appear on
 * the dossier's pages, so the officers who handled it do not learn who was surveyed.</li>
 * </ul>
 * Each message's event key names what it is ({@code rating:<dossier>:invited},
 * {@code survey:<campaign>:<sample>:invitation} or
 * {@code survey:<campaign>:<sample>:reminder:<n>}), so an event delivered again adds
 * nothing.
 */
@Component
class SatisfactionNotices {

	private final Dossiers dossiers;

	private final SurveyInvitations surveys;

	private final Agencies agencies;

	private final NoticeOutbox outbox;

	private final NotificationSettings settings;

	private final Clock clock;

	SatisfactionNotices(Dossiers dossiers, SurveyInvitations surveys, Agencies agencies, NoticeOutbox outbox,
			NotificationSettings settings, Clock clock) {
		this.dossiers = dossiers;
		this.surveys = surveys;
		this.agencies = agencies;
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(RatingInvited event) {
		if (!event.expiresAt().isAfter(this.clock.instant())) {
			// delivered late (after a long outage): a link that no longer works is not
			// sent
			return;
		}
		this.dossiers.contact(event.dossierCode()).ifPresent((contact) -> {
			List<String> params = List.of(contact.applicant().name(), contact.code(), contact.procedureName(),
					DossierNotices.DATE.format(event.expiresAt()), "", this.settings.publicUrl() + event.ratingPath(),
					agencyName(contact.agencyCode()));
			this.outbox.enqueue(new Notice("rating:" + contact.code() + ":invited", NoticeKind.RATING_INVITED,
					"dossier:" + contact.code(), contact.code(), contact.agencyCode(), contact.deskAgencyCode(), false,
					params, DossierNotices.recipients(contact)), this.clock.instant());
		});
	}

	@ApplicationModuleListener
	void on(SurveyInvitationsIssued event) {
		String what = event.reminder() ? "reminder:" + event.round() : "invitation";
		NoticeKind kind = event.reminder() ? NoticeKind.SURVEY_REMINDER : NoticeKind.SURVEY_INVITED;
		Map<String, String> names = new HashMap<>();
		Instant now = this.clock.instant();
		for (SurveyInvitations.Invitee invitee : this.surveys.round(event.campaignId(), event.round())) {
			List<Notice.Recipient> recipients = recipients(invitee.contact());
			if (recipients.isEmpty()) {
				continue;
			}
			String agency = names.computeIfAbsent(invitee.agencyCode(), this::agencyName);
			List<String> params = List.of(FeedbackNotices.ADDRESSEE, invitee.dossierCode(), event.campaignName(), "",
					"", this.settings.publicUrl() + invitee.surveyPath(), agency);
			this.outbox.enqueue(new Notice("survey:" + event.campaignId() + ":" + invitee.sampleId() + ":" + what, kind,
					"survey:" + event.campaignId(), null, invitee.agencyCode(), null, false, params, recipients), now);
		}
	}

	/** The sample keeps one contact: an e-mail address, else a mobile number. */
	static List<Notice.Recipient> recipients(String contact) {
		return EmailAddress.parse(contact).isPresent() ? FeedbackNotices.recipients(contact, null)
				: FeedbackNotices.recipients(null, contact);
	}

	private String agencyName(String code) {
		return this.agencies.findByCode(code).map(AgencyView::name).orElse(code);
	}

}
