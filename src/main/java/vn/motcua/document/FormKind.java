package vn.motcua.document;

/** The official forms of the one-stop mechanism that the system prints. */
public enum FormKind {

	/** Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
	RECEIPT,

	/** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
	SUPPLEMENT_REQUEST,

	/** Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
	REFUSAL,

	/**
	 * Phiếu xin lỗi và hẹn lại ngày trả kết quả (2025: văn bản xin lỗi và đề nghị gia
	 * hạn).
	 */
	APOLOGY,

	/** Thông báo dừng giải quyết hồ sơ (new in the 2025 set). */
	STOP_NOTICE,

	/** Phiếu kiểm soát quá trình giải quyết hồ sơ. */
	CONTROL_SHEET,

	/** Sổ theo dõi hồ sơ (A4). */
	REGISTER

}
