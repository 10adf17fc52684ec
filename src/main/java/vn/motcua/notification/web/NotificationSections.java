package vn.motcua.notification.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.Deadlines;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierPageSection;
import vn.motcua.dossier.DossierView;
import vn.motcua.notification.internal.Deliveries;
import vn.motcua.notification.internal.NoticeChannel;
import vn.motcua.notification.internal.NoticeTemplates;
import vn.motcua.organization.Agencies;

/**
 * The notification sections of the dossier pages: on the staff and the citizen's page of
 * a dossier, every message sent about it with its delivery status (queued, sent,
 * delivered, failed, attempts and last error); on the staff page and above the work
 * queues, the legally required notices that reached nobody, with "send again" and "handed
 * over another way".
 */
@Component
class NotificationSections implements DossierPageSection {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(Deadlines.VIETNAM);

	private static final int QUEUE_LIMIT = 50;

	private final Deliveries deliveries;

	private final NoticeTemplates templates;

	private final Agencies agencies;

	NotificationSections(Deliveries deliveries, NoticeTemplates templates, Agencies agencies) {
		this.deliveries = deliveries;
		this.templates = templates;
		this.agencies = agencies;
	}

	@Override
	public int order() {
		return 100;
	}

	/** A message as a row of the table. */
	record Row(long id, String notice, boolean legal, String channel, String recipient, String status, int attempts,
			@Nullable String lastError, String createdAt, @Nullable String sentAt, @Nullable String deliveredAt,
			@Nullable String failedAt, @Nullable String readAt, @Nullable String nextAttemptAt,
			@Nullable String handled) {

	}

	/** An undelivered legal notice as a line of the alert. */
	record Alert(String eventKey, @Nullable String dossierCode, String notice, String createdAt, String errors) {

	}

	@Override
	public Optional<Content> forDossier(DossierView dossier, Audience audience, Actor actor) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Row> rows = this.deliveries.ofDossier(dossier.code())
			.stream()
			.map((d) -> new Row(d.id(), this.templates.name(d.kind(), locale), d.legal(), d.channel().name(),
					shown(d.channel(), d.recipient()), d.status().name(), d.attempts(), d.lastError(),
					time(d.createdAt()), time(d.sentAt()), time(d.deliveredAt()), time(d.failedAt()), time(d.readAt()),
					time(d.nextAttemptAt()),
					(d.handledAt() != null) ? d.handledBy() + " — " + d.handledNote() + " (" + time(d.handledAt()) + ")"
							: null))
			.toList();
		List<Alert> alerts = (audience == Audience.STAFF)
				? alerts(this.deliveries.undelivered(Set.of(), dossier.code(), QUEUE_LIMIT), locale) : List.of();
		return Optional.of(new Content("notification/sections",
				Map.of("rows", rows, "alerts", alerts, "staff", audience == Audience.STAFF, "code", dossier.code())));
	}

	@Override
	public Optional<Content> forWorkQueues(Actor actor) {
		String own = actor.agencyCode();
		if (!actor.isStaff() || own == null) {
			return Optional.empty();
		}
		Set<String> scope = actor.includesSubAgencies() ? this.agencies.withDescendants(own) : Set.of(own);
		List<Alert> alerts = alerts(this.deliveries.undelivered(scope, null, QUEUE_LIMIT),
				LocaleContextHolder.getLocale());
		if (alerts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Content("notification/queue", Map.of("alerts", alerts)));
	}

	private List<Alert> alerts(List<Deliveries.Undelivered> undelivered, Locale locale) {
		return undelivered.stream()
			.map((u) -> new Alert(u.eventKey(), u.dossierCode(), this.templates.name(u.kind(), locale),
					time(u.createdAt()), u.errors()))
			.toList();
	}

	static @Nullable String time(@Nullable Instant instant) {
		return (instant != null) ? TIME.format(instant) : null;
	}

	private static String shown(NoticeChannel channel, String recipient) {
		return (channel == NoticeChannel.IN_APP || channel == NoticeChannel.NONE) ? "" : recipient;
	}

}
