package vn.motcua.payment.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The merchant's VNPAY settings: terminal code and hash secret (issued by VNPAY), the
 * payment URL (sandbox by default) and the public address of our return page; the
 * merchant API ({@code querydr}, {@code refund}): its URL, how long to wait for it and
 * the address of this server as VNPAY records it; and when an order whose IPN never came
 * is asked about.
 *
 * @param tmnCode the terminal code ({@code vnp_TmnCode})
 * @param hashSecret the secret of the HMAC-SHA512 signatures
 * @param payUrl the payment page
 * @param returnUrl our return page
 * @param expiresInMinutes how long the payer has to pay
 * @param apiUrl the merchant API ({@code merchant_webapi/api/transaction})
 * @param apiTimeout how long to wait for the merchant API
 * @param serverIp this server's address, sent as {@code vnp_IpAddr}
 * @param queryAfterMinutes an order still pending this long after it was made is asked
 * about
 * @param queryEveryMinutes the same order is asked about at most this often
 * @param queryMaxAgeHours orders older than this are no longer asked about (they stay
 * unconfirmed in the reconciliation)
 */
@ConfigurationProperties("motcua.payment.vnpay")
public record VnpayProperties(String tmnCode, String hashSecret, String payUrl, String returnUrl, int expiresInMinutes,
		String apiUrl, Duration apiTimeout, String serverIp, int queryAfterMinutes, int queryEveryMinutes,
		int queryMaxAgeHours) {

}
