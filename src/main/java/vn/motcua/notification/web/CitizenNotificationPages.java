package vn.motcua.notification.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.notification.internal.Deliveries;
import vn.motcua.notification.internal.NoticeChannel;
import vn.motcua.notification.internal.NoticeKind;
import vn.motcua.notification.internal.NoticeTemplates;

/**
 * The citizen's messages ({@code /account/notifications}): every in-app message about
 * their dossiers, newest first, in the language of the page. Showing a message marks it
 * read, which counts as delivery of a legally required notice.
 */
@Controller
@PreAuthorize("hasAuthority('CITIZEN')")
class CitizenNotificationPages {

	static final int LIMIT = 100;

	private final Deliveries deliveries;

	private final NoticeTemplates templates;

	private final Clock clock;

	CitizenNotificationPages(Deliveries deliveries, NoticeTemplates templates, Clock clock) {
		this.deliveries = deliveries;
		this.templates = templates;
		this.clock = clock;
	}

	/** A message as the page shows it. */
	record Shown(long id, String subject, String body, String dossierCode, String at, boolean unread) {

	}

	@GetMapping("/account/notifications")
	String inbox(@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Deliveries.InboxMessage> inbox = this.deliveries.inbox(citizen.accountId(), LIMIT);
		List<Shown> shown = inbox.stream().flatMap((m) -> NoticeKind.ofKey(m.kind()).map((kind) -> {
			NoticeTemplates.Rendered text = this.templates.render(kind, NoticeChannel.IN_APP, m.params(), locale);
			return new Shown(m.id(), text.subject(), text.body(), (m.dossierCode() != null) ? m.dossierCode() : "",
					NotificationSections.TIME.format(m.createdAt()), m.readAt() == null);
		}).stream()).toList();
		model.addAttribute("messages", shown);
		this.deliveries.markRead(citizen.accountId(), inbox.stream().map(Deliveries.InboxMessage::id).toList(),
				this.clock.instant());
		return "notification/inbox";
	}

}
