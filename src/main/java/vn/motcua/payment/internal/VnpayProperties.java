package vn.motcua.payment.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The merchant's VNPAY settings: terminal code and hash secret (issued by VNPAY), the
 * payment URL (sandbox by default) and the public address of our return page.
 */
@ConfigurationProperties("motcua.payment.vnpay")
public record VnpayProperties(String tmnCode, String hashSecret, String payUrl, String returnUrl,
		int expiresInMinutes) {

}
