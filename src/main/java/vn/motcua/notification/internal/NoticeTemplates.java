package vn.motcua.notification.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a notice from its templates in the bundle {@code i18n/notification}: e-mail and
 * in-app messages get a subject and a body, SMS only its short text, without diacritics
 * when {@code motcua.notification.sms.fold-accents} is on.
 */
@Component
public class NoticeTemplates {

	/** The language of e-mail and SMS: citizens are written to in Vietnamese. */
	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	private final NotificationSettings settings;

	NoticeTemplates(MessageSource messages, NotificationSettings settings) {
		this.messages = messages;
		this.settings = settings;
	}

	/** A rendered message. */
	public record Rendered(String subject, String body) {

	}

	public Rendered render(NoticeKind kind, NoticeChannel channel, List<String> params, Locale locale) {
		Object[] args = params.toArray();
		String subject = this.messages.getMessage(kind.messageKey("subject"), args, locale);
		if (channel == NoticeChannel.SMS) {
			String text = this.messages.getMessage(kind.messageKey("sms"), args, locale);
			return new Rendered(subject, this.settings.sms().foldAccents() ? withoutAccents(text) : text);
		}
		return new Rendered(subject, this.messages.getMessage(kind.messageKey("body"), args, locale));
	}

	/** The kind's short name, e.g. "Yêu cầu bổ sung hồ sơ". */
	public String name(String kindKey, Locale locale) {
		return NoticeKind.ofKey(kindKey)
			.map((kind) -> this.messages.getMessage(kind.messageKey("name"), null, locale))
			.orElse(kindKey);
	}

	/**
	 * Vietnamese text without diacritics, case and line breaks kept ("Hồ sơ Đã nhận" →
	 * "Ho so Da nhan").
	 */
	static String withoutAccents(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			out.append((c == 'đ') ? 'd' : (c == 'Đ') ? 'D' : c);
		}
		return Normalizer.normalize(out, Normalizer.Form.NFC);
	}

}
