package vn.motcua.payment.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import vn.motcua.payment.PaymentProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * VNPAY 2.1.0 signing. The canonical string is checked against the payment URL that
 * VNPAY's integration guide shows (sandbox.vnpayment.vn/apis/docs/huong-dan-tich-hop):
 * our encoding of its parameters must give its query string byte for byte. The guide does
 * not publish the secret of its example, so the HMAC-SHA512 values were computed
 * independently with {@code openssl dgst -sha512 -hmac <key>} over the same strings.
 */
class VnpayTests {

	static final String SECRET = "motcua-demo-secret-not-for-production";

	final Vnpay vnpay = new Vnpay(new VnpayProperties("MOTCUA01", SECRET,
			"https://sandbox.vnpayment.vn/paymentv2/vpcpay.html", "https://motcua.example/payments/vnpay/return", 15,
			"https://sandbox.vnpayment.vn/merchant_webapi/api/transaction", Duration.ofSeconds(10), "127.0.0.1", 20, 30,
			72));

	@Test
	void encodesTheGuidesExampleExactlyAsTheGuideDoes() {
		Map<String, String> fields = new TreeMap<>();
		fields.put("vnp_Amount", "1806000");
		fields.put("vnp_Command", "pay");
		fields.put("vnp_CreateDate", "20210801153333");
		fields.put("vnp_CurrCode", "VND");
		fields.put("vnp_IpAddr", "127.0.0.1");
		fields.put("vnp_Locale", "vn");
		fields.put("vnp_OrderInfo", "Thanh toan don hang :5");
		fields.put("vnp_OrderType", "other");
		fields.put("vnp_ReturnUrl", "https://domainmerchant.vn/ReturnUrl");
		fields.put("vnp_TmnCode", "DEMOV210");
		fields.put("vnp_TxnRef", "5");
		fields.put("vnp_Version", "2.1.0");
		String canonical = Vnpay.canonical(new TreeMap<>(fields));
		assertThat(canonical).isEqualTo("vnp_Amount=1806000&vnp_Command=pay&vnp_CreateDate=20210801153333"
				+ "&vnp_CurrCode=VND&vnp_IpAddr=127.0.0.1&vnp_Locale=vn&vnp_OrderInfo=Thanh+toan+don+hang+%3A5"
				+ "&vnp_OrderType=other&vnp_ReturnUrl=https%3A%2F%2Fdomainmerchant.vn%2FReturnUrl&vnp_TmnCode=DEMOV210"
				+ "&vnp_TxnRef=5&vnp_Version=2.1.0");
		// openssl dgst -sha512 -hmac 'VNPAYTESTSECRETKEY0123456789ABCD'
		assertThat(Vnpay.hmacSha512("VNPAYTESTSECRETKEY0123456789ABCD", canonical)).isEqualTo(
				"144abd0855a2bcb32040cdc84072339b86766fc49ce08b93962cb9323390b1ba7c7555c4c896c0c356b96de24d1d55e26ee13c9dc96c9547fac67a6450565558");
	}

	@Test
	void checkoutUrlCarriesTheOrderAndASignatureOverTheSortedQuery() {
		URI url = this.vnpay.checkoutUrl(new PaymentProvider.CheckoutOrder("42-abc", 20_000,
				"Thanh toán phí hồ sơ 06652-261125-0001", "203.0.113.7", Instant.parse("2026-11-25T03:04:05Z"), "vi"));
		assertThat(url.toString()).startsWith("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?vnp_Amount=2000000&");
		Map<String, String> query = query(url);
		assertThat(query).containsEntry("vnp_Version", "2.1.0")
			.containsEntry("vnp_Command", "pay")
			.containsEntry("vnp_TmnCode", "MOTCUA01")
			.containsEntry("vnp_CurrCode", "VND")
			.containsEntry("vnp_TxnRef", "42-abc")
			.containsEntry("vnp_Locale", "vn")
			.containsEntry("vnp_CreateDate", "20261125100405")
			.containsEntry("vnp_ExpireDate", "20261125101905")
			.containsEntry("vnp_OrderInfo", "thanh toan phi ho so 06652-261125-0001")
			.containsEntry("vnp_ReturnUrl", "https://motcua.example/payments/vnpay/return");
		String signed = url.getRawQuery().substring(0, url.getRawQuery().indexOf("&vnp_SecureHash="));
		assertThat(query.get("vnp_SecureHash")).isEqualTo(Vnpay.hmacSha512(SECRET, signed)).hasSize(128);
	}

	@Test
	void acceptsACallbackSignedWithTheSecretAndReadsIt() {
		Map<String, String> callback = callback();
		// openssl dgst -sha512 -hmac 'motcua-demo-secret-not-for-production' over the
		// sorted vnp_ fields below
		callback.put("vnp_SecureHash",
				"232b663ed3d4fa6e97ce03d2dfc5b53ae9266f29fd5d79d82382ed034c545e574a5846c3296301953094bd503129e3cf819fc37c3ded10703eaf1b26723585d0");
		PaymentProvider.Callback read = this.vnpay.read(callback);
		assertThat(read.signatureValid()).isTrue();
		assertThat(read.txnRef()).isEqualTo("42-abc");
		assertThat(read.amountVnd()).isEqualTo(20_000L);
		assertThat(read.providerRef()).isEqualTo("14012345");
		assertThat(read.success()).isTrue();
		assertThat(read.bankCode()).isEqualTo("NCB");
		// the gateway may send the hash in upper case
		callback.put("vnp_SecureHash", callback.get("vnp_SecureHash").toUpperCase());
		assertThat(this.vnpay.read(callback).signatureValid()).isTrue();
	}

	@Test
	void refusesForgedTamperedAndUnsignedCallbacks() {
		Map<String, String> callback = callback();
		callback.put("vnp_SecureHash", Vnpay.hmacSha512(SECRET, Vnpay.canonical(new TreeMap<>(callback))));
		assertThat(this.vnpay.read(callback).signatureValid()).isTrue();
		Map<String, String> tampered = new LinkedHashMap<>(callback);
		tampered.put("vnp_Amount", "200000000");
		assertThat(this.vnpay.read(tampered).signatureValid()).isFalse();
		Map<String, String> otherKey = callback();
		otherKey.put("vnp_SecureHash", Vnpay.hmacSha512("guessed", Vnpay.canonical(new TreeMap<>(callback()))));
		assertThat(this.vnpay.read(otherKey).signatureValid()).isFalse();
		Map<String, String> unsigned = callback();
		assertThat(this.vnpay.read(unsigned).signatureValid()).isFalse();
		Map<String, String> otherMerchant = callback();
		otherMerchant.put("vnp_TmnCode", "OTHER001");
		otherMerchant.put("vnp_SecureHash", Vnpay.hmacSha512(SECRET, Vnpay.canonical(new TreeMap<>(otherMerchant))));
		assertThat(this.vnpay.read(otherMerchant).signatureValid()).isFalse();
		assertThat(this.vnpay.read(Map.of()).signatureValid()).isFalse();
	}

	@Test
	void aFailedPaymentIsReadAsNotSuccessful() {
		Map<String, String> callback = callback();
		callback.put("vnp_ResponseCode", "24");
		callback.put("vnp_TransactionStatus", "02");
		callback.put("vnp_SecureHash", Vnpay.hmacSha512(SECRET, Vnpay.canonical(new TreeMap<>(callback))));
		PaymentProvider.Callback read = this.vnpay.read(callback);
		assertThat(read.signatureValid()).isTrue();
		assertThat(read.success()).isFalse();
		assertThat(read.responseCode()).isEqualTo("24");
	}

	static Map<String, String> callback() {
		Map<String, String> callback = new LinkedHashMap<>();
		callback.put("vnp_TmnCode", "MOTCUA01");
		callback.put("vnp_Amount", "2000000");
		callback.put("vnp_BankCode", "NCB");
		callback.put("vnp_ResponseCode", "00");
		callback.put("vnp_TransactionNo", "14012345");
		callback.put("vnp_TransactionStatus", "00");
		callback.put("vnp_TxnRef", "42-abc");
		return callback;
	}

	static Map<String, String> query(URI url) {
		Map<String, String> query = new LinkedHashMap<>();
		for (String pair : url.getRawQuery().split("&")) {
			int eq = pair.indexOf('=');
			query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return query;
	}

}
