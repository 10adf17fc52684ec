package vn.motcua.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Filled forms for a dossier of the demo province (Quảng Ninh), for tests and previews.
 */
public final class SampleForms {

	public static final ZoneId ZONE = FormHeader.VIETNAM;

	public static final String CODE = "H22.TTPVHCC-261126-0007";

	public static final String TRACKING_URL = "https://motcua.quangninh.example/tra-cuu/" + CODE;

	/** 26/11/2026 08:30 in Vietnam. */
	public static final Instant RECEIVED = Instant.parse("2026-11-26T01:30:00Z");

	/** 03/12/2026 16:00 in Vietnam. */
	public static final Instant APPOINTMENT = Instant.parse("2026-12-03T09:00:00Z");

	private SampleForms() {
	}

	public static FormHeader header(Instant issuedAt) {
		return FormHeader.of("UBND tỉnh Quảng Ninh", "Trung tâm Phục vụ hành chính công", "Quảng Ninh", issuedAt)
			.withTrackingUrl(TRACKING_URL);
	}

	public static Applicant applicant() {
		return new Applicant("Nguyễn Thị Hường", "Tổ 5, khu 3, Phường Hà Tu, tỉnh Quảng Ninh", "0912 345 678",
				"huong.nt@example.vn", "022190001234");
	}

	public static ReceiptForm receipt(Instant receivedAt, Instant appointmentAt) {
		return new ReceiptForm(header(receivedAt), CODE, TRACKING_URL, applicant(), "Đăng ký khai sinh", "1.001193",
				null,
				List.of(new Paper("Tờ khai đăng ký khai sinh theo mẫu", 1, 0, 0), new Paper("Giấy chứng sinh", 1, 0, 0),
						new Paper("Giấy chứng nhận kết hôn của cha, mẹ", 0, 1, 0)),
				1, "03 ngày làm việc", receivedAt, appointmentAt,
				"Quầy số 4, Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh", "Nộp trực tiếp tại quầy",
				"dichvucong.quangninh.gov.vn", "0203 3 888 888", "Phạm Văn Đức", "H22.TTPVHCC");
	}

	public static ReceiptForm receipt() {
		return receipt(RECEIVED, APPOINTMENT);
	}

	public static SupplementRequestForm supplementRequest() {
		return new SupplementRequestForm(header(RECEIVED).withNumber("15/PYCBS"), CODE, applicant(),
				"Đăng ký khai sinh",
				List.of(new MissingPaper("Giấy chứng sinh", 1, 0, 0, "Bản đã nộp bị tẩy xóa ở mục ngày sinh"),
						new MissingPaper("Giấy ủy quyền", 0, 1, 0, "Người nộp không phải cha, mẹ của trẻ")),
				"Cổng Dịch vụ công quốc gia, thủ tục 1.001193", "Lê Thị Thủy", "0203 3 888 888 (máy lẻ 104)");
	}

	public static RefusalForm refusal() {
		return new RefusalForm(header(RECEIVED), CODE, applicant(), "Đăng ký khai sinh",
				List.of("Thủ tục không thuộc thẩm quyền giải quyết của cơ quan", "Trẻ đã được đăng ký khai sinh"),
				"Bộ phận Một cửa, số điện thoại 0203 3 888 888", "Phạm Văn Đức");
	}

	/** A refusal to grant after appraisal, signed by the agency's leader. */
	public static AppraisalRefusalForm appraisalRefusal() {
		return new AppraisalRefusalForm(header(Instant.parse("2026-12-01T03:00:00Z")), CODE, applicant(),
				"Đăng ký lại khai sinh", RECEIVED,
				List.of("Việc khai sinh của người yêu cầu đã được đăng ký và Sổ hộ tịch vẫn còn lưu giữ",
						"Người yêu cầu không xuất trình được bản chính Giấy khai sinh đã bị mất"),
				"Khoản 1 Điều 24 Nghị định số 123/2015/NĐ-CP", "Trịnh Thị Nguyệt",
				"Quầy số 4, Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh",
				new Signatory("Thủ trưởng cơ quan", "Vũ Quang Hưng"));
	}

	public static ApologyForm apology() {
		return new ApologyForm(header(Instant.parse("2026-12-02T02:00:00Z")).withNumber("03/XL-TTPVHCC"), CODE,
				applicant(), "Đăng ký khai sinh", RECEIVED, APPOINTMENT, "Sở Tư pháp",
				"cần xác minh thông tin hộ tịch tại Ủy ban nhân dân xã Bình Liêu",
				Instant.parse("2026-12-08T09:00:00Z"), "Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh",
				new Signatory("GIÁM ĐỐC", "Vũ Quang Hưng"), List.of("Sở Tư pháp", "Lưu: VT"));
	}

	public static StopNoticeForm stopNotice(LocalDate basisDate) {
		return new StopNoticeForm(header(Instant.parse("2026-11-30T03:00:00Z")).withBasisDate(basisDate), CODE,
				applicant(), "Đăng ký khai sinh", RECEIVED, true,
				"Người nộp hồ sơ đề nghị rút hồ sơ để bổ sung giấy tờ", Instant.parse("2026-11-30T03:00:00Z"),
				new Signatory("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Đỗ Thị Ngọc"));
	}

	public static ControlSheetForm controlSheet(LocalDate basisDate) {
		return new ControlSheetForm(header(RECEIVED).withBasisDate(basisDate), CODE, "Đăng ký khai sinh", applicant(),
				null, RECEIVED, "03 ngày làm việc", APPOINTMENT, "Phòng Hộ tịch, Sở Tư pháp",
				Instant.parse("2026-12-03T02:00:00Z"), List.of(new Paper("Giấy chứng sinh", 1, 0, 0)),
				List.of(new HandOver("Bộ phận Một cửa → Sở Tư pháp", RECEIVED, "Phạm Văn Đức", "Hoàng Minh Tuấn",
						"Đã chuyển", null),
						new HandOver("Sở Tư pháp → Lãnh đạo Sở", Instant.parse("2026-11-27T08:15:00Z"),
								"Hoàng Minh Tuấn", "Trịnh Thị Lụa", "Trình ký", "Đúng hạn")),
				List.of(new HandOver("Sở Tư pháp → Bộ phận Một cửa", Instant.parse("2026-12-02T07:45:00Z"),
						"Trịnh Thị Lụa", "Phạm Văn Đức", "Đã có kết quả", "Trước hạn")));
	}

	/**
	 * A tracking book of {@code count} dossiers received one per working hour from
	 * {@code from}, numbered from {@code firstNumber}.
	 */
	public static RegisterForm register(LocalDate from, LocalDate to, int firstNumber, int count) {
		List<RegisterEntry> entries = new java.util.ArrayList<>();
		Instant start = from.atTime(8, 0).atZone(ZONE).toInstant();
		String[] names = { "Nguyễn Thị Hường", "Trần Văn Đức", "Lê Thị Ánh Tuyết", "Phạm Quốc Việt" };
		for (int i = 0; i < count; i++) {
			Instant received = start.plusSeconds(3600L * i);
			entries.add(new RegisterEntry(firstNumber + i, "H22.TTPVHCC-" + String.format("%04d", firstNumber + i),
					(i % 2 == 0) ? "Đăng ký khai sinh" : "Chứng thực bản sao từ bản chính", 1, names[i % names.length],
					"Tổ " + (i + 1) + ", khu 3, Phường Hà Tu", (i % 3 == 0) ? "0912 345 678" : null,
					"UBND phường Hà Tu", received, received.plusSeconds(3 * 86400), received.plusSeconds(1800),
					(i % 2 == 0) ? received.plusSeconds(2 * 86400) : null,
					(i % 2 == 1) ? received.plusSeconds(86400) : null, null, (i == 1) ? "Đã yêu cầu bổ sung" : null));
		}
		return new RegisterForm(header(start), from, to, entries);
	}

}
