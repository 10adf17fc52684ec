package vn.motcua.notification.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Dossiers;
import vn.motcua.notification.internal.Deliveries;
import vn.motcua.shared.DomainException;

/**
 * What an officer does about a legally required notice that reached nobody: send it again
 * (e.g. after the citizen gave a correct e-mail by phone, or once the SMTP server is
 * back), or record how it was handed over instead (paper at the counter, by post, by
 * phone). Allowed to the staff who may see the dossier.
 */
@Controller
@RequestMapping("/workspace/notifications")
@PreAuthorize("hasAuthority('STAFF')")
class StaffNotificationActions {

	static final int MAX_NOTE = 500;

	private final Deliveries deliveries;

	private final Dossiers dossiers;

	private final MessageSource messages;

	private final Clock clock;

	StaffNotificationActions(Deliveries deliveries, Dossiers dossiers, MessageSource messages, Clock clock) {
		this.deliveries = deliveries;
		this.dossiers = dossiers;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/retry")
	String retry(@RequestParam String event, Authentication authentication, HttpServletRequest request,
			RedirectAttributes redirect) {
		String code = allowedDossier(event, NotificationActors.of(authentication, request));
		int queued = this.deliveries.retry(event, this.clock.instant());
		redirect.addFlashAttribute("flash",
				message((queued > 0) ? "notification.retry.done" : "notification.retry.none"));
		return back(code);
	}

	@PostMapping("/handled")
	String handled(@RequestParam String event, @RequestParam(required = false) @Nullable String note,
			Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
		Actor actor = NotificationActors.of(authentication, request);
		String code = allowedDossier(event, actor);
		String text = (note != null) ? note.strip() : "";
		if (text.isEmpty() || text.length() > MAX_NOTE) {
			redirect.addFlashAttribute("notificationError", message("notification.handled.note-required"));
			redirect.addFlashAttribute("notificationEvent", event);
			return back(code);
		}
		this.deliveries.handled(event, actor.username(), text, this.clock.instant());
		redirect.addFlashAttribute("flash", message("notification.handled.done"));
		return back(code);
	}

	/** The event's dossier, if the officer may see it (refused otherwise). */
	private String allowedDossier(String event, Actor actor) {
		String code = this.deliveries.dossierOf(event)
			.orElseThrow(() -> DomainException.notFound("notification.unknown", event));
		this.dossiers.find(code, actor).orElseThrow(() -> DomainException.notFound("notification.unknown", event));
		return code;
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static String back(String code) {
		return "redirect:/workspace/dossiers/" + UriUtils.encodePathSegment(code, "UTF-8") + "#notifications";
	}

}
