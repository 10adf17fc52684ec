package vn.motcua.notification.internal;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of notice has its name, subject, body and SMS text in Vietnamese and
 * English, and they render with the arguments in place.
 */
class NoticeTemplatesTests {

	static final List<String> PARAMS = List.of("Nguyễn Văn An", "06652-261125-0001", "Đăng ký khai sinh",
			"17:00 01/12/2026", "Tờ khai: thiếu chữ ký", "https://motcua.example.vn/track?code=06652-261125-0001",
			"Phường Hà Tu", "06652-2026-000123", "Nộp trùng");

	static NoticeTemplates templates(boolean fold) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/notification");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		NotificationSettings settings = new NotificationSettings("http://localhost",
				new NotificationSettings.Mail(true, "x@example.vn"),
				new NotificationSettings.Sms(null, null, "MOTCUA", fold, java.time.Duration.ofSeconds(1)),
				new NotificationSettings.Sender(false, 20, java.time.Duration.ofMinutes(2), 8,
						java.time.Duration.ofMinutes(1), java.time.Duration.ofHours(1), java.time.Duration.ofDays(2)));
		return new NoticeTemplates(messages, settings);
	}

	@Test
	void everyKindRendersInBothLanguagesWithItsArguments() {
		NoticeTemplates templates = templates(false);
		for (NoticeKind kind : NoticeKind.values()) {
			for (Locale locale : List.of(NoticeTemplates.VIETNAMESE, Locale.ENGLISH)) {
				assertThat(templates.name(kind.key(), locale)).as("%s name %s", kind, locale).isNotBlank();
				NoticeTemplates.Rendered mail = templates.render(kind, NoticeChannel.EMAIL, PARAMS, locale);
				assertThat(mail.subject()).as("%s subject", kind).contains("06652-261125-0001").doesNotContain("{");
				assertThat(mail.body()).as("%s body %s", kind, locale)
					.contains("Nguyễn Văn An")
					.contains("06652-261125-0001")
					.doesNotContain("{");
				NoticeTemplates.Rendered sms = templates.render(kind, NoticeChannel.SMS, PARAMS, locale);
				assertThat(sms.body()).as("%s sms", kind).contains("06652-261125-0001").doesNotContain("{");
			}
		}
		assertThat(templates
			.render(NoticeKind.SUPPLEMENT_REQUESTED, NoticeChannel.EMAIL, PARAMS, NoticeTemplates.VIETNAMESE)
			.body()).contains("Tờ khai: thiếu chữ ký");
		assertThat(
				templates.render(NoticeKind.RECEIVED, NoticeChannel.IN_APP, PARAMS, NoticeTemplates.VIETNAMESE).body())
			.contains("Ngày hẹn trả kết quả: 17:00 01/12/2026.");
	}

	@Test
	void smsTextLosesItsDiacriticsButKeepsCaseAndLines() {
		assertThat(NoticeTemplates.withoutAccents("Hồ sơ Đã tiếp nhận\nĐƯỢC ở Phường Hà Tu"))
			.isEqualTo("Ho so Da tiep nhan\nDUOC o Phuong Ha Tu");
		assertThat(templates(true).render(NoticeKind.REFUSED, NoticeChannel.SMS, PARAMS, NoticeTemplates.VIETNAMESE)
			.body()).isEqualTo("Ho so 06652-261125-0001 khong duoc tiep nhan. Ly do: To khai: thieu chu ky");
		assertThat(templates(false).render(NoticeKind.REFUSED, NoticeChannel.SMS, PARAMS, NoticeTemplates.VIETNAMESE)
			.body()).isEqualTo("Hồ sơ 06652-261125-0001 không được tiếp nhận. Lý do: Tờ khai: thiếu chữ ký");
	}

	@Test
	void theSenderUsesTheInternationalFormOfAMobileNumber() {
		assertThat(NoticeSender.international("0912345678")).isEqualTo("+84912345678");
	}

}
