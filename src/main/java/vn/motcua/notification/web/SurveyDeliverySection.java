package vn.motcua.notification.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.motcua.notification.internal.Channels;
import vn.motcua.notification.internal.Deliveries;
import vn.motcua.notification.internal.NoticeChannel;
import vn.motcua.satisfaction.CampaignPageSection;

/**
 * On a survey campaign's page, how its invitation and reminders were delivered (messages
 * per round, channel and status), and a warning when this node can send neither e-mail
 * nor SMS, in which case the invitations reach nobody and the manager uses the links
 * list.
 */
@Component
class SurveyDeliverySection implements CampaignPageSection {

	private final Deliveries deliveries;

	private final Channels channels;

	SurveyDeliverySection(Deliveries deliveries, Channels channels) {
		this.deliveries = deliveries;
		this.channels = channels;
	}

	@Override
	public Optional<Content> forCampaign(long campaignId) {
		List<Deliveries.SurveyRoundCount> rows = this.deliveries.ofSurvey(campaignId);
		boolean off = !this.channels.enabled(NoticeChannel.EMAIL) && !this.channels.enabled(NoticeChannel.SMS);
		if (rows.isEmpty() && !off) {
			return Optional.empty();
		}
		return Optional.of(new Content("notification/campaign", Map.of("rows", rows, "off", off)));
	}

}
