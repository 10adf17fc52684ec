package vn.motcua.dossier;

/**
 * How a dossier was handed in (Decree 61/2018 Art. 16), with the national channel code
 * ({@code KenhThucHien}: 1 direct, 2 online, 3 public postal service).
 */
public enum Channel {

	/** Trực tiếp tại Bộ phận một cửa. */
	COUNTER(1),

	/** Trực tuyến. */
	ONLINE(2),

	/** Qua dịch vụ bưu chính công ích. */
	POST(3);

	private final int code;

	Channel(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

}
