package vn.motcua.payment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What VNPAY sends back, written from its integration guide independently of the
 * production code: the {@code vnp_*} fields sorted by name, joined as
 * {@code name=urlencoded(value)}, signed by HMAC-SHA512 with the merchant's secret.
 */
public final class GatewaySimulator {

	private GatewaySimulator() {
	}

	/** A callback for an order: success ("00") or another response code. */
	public static Map<String, String> callback(String tmnCode, String txnRef, long amountVnd, String transactionNo,
			String responseCode) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("vnp_TmnCode", tmnCode);
		fields.put("vnp_Amount", Long.toString(amountVnd * 100));
		fields.put("vnp_BankCode", "NCB");
		fields.put("vnp_BankTranNo", "VNP" + transactionNo);
		fields.put("vnp_CardType", "ATM");
		fields.put("vnp_OrderInfo", "Thanh toan phi ho so");
		fields.put("vnp_PayDate", "20261125103000");
		fields.put("vnp_ResponseCode", responseCode);
		fields.put("vnp_TransactionNo", transactionNo);
		fields.put("vnp_TransactionStatus", "00".equals(responseCode) ? "00" : "02");
		fields.put("vnp_TxnRef", txnRef);
		return fields;
	}

	/** The fields with {@code vnp_SecureHash} added, signed with the given secret. */
	public static Map<String, String> signed(Map<String, String> fields, String secret) {
		StringJoiner data = new StringJoiner("&");
		new TreeMap<>(fields)
			.forEach((name, value) -> data.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
		Map<String, String> out = new LinkedHashMap<>(fields);
		try {
			Mac mac = Mac.getInstance("HmacSHA512");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
			out.put("vnp_SecureHash",
					HexFormat.of().formatHex(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8))));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return out;
	}

}
