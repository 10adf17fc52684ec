package vn.motcua.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

/**
 * The official forms render to PDF with their Vietnamese wording intact (the text is
 * extracted back with PDFBox), on A5, numbered after the form set of their date, with the
 * shipped font embedded; the receipt's QR code opens the tracking page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficialFormsTests {

	private static final float MM = 72 / 25.4f;

	@Autowired
	OfficialForms forms;

	@Test
	void theReceiptCarriesItsVietnameseWordingAndData() throws Exception {
		byte[] pdf = this.forms.receipt(SampleForms.receipt());

		String text = text(pdf);
		assertThat(text).contains(upper("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"))
			.contains("Mẫu số 01 – Thông tư 03/2025/TT-VPCP")
			.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
			.contains("Độc lập - Tự do - Hạnh phúc")
			.contains("UBND TỈNH QUẢNG NINH")
			.contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
			.contains("Quảng Ninh, ngày 26 tháng 11 năm 2026")
			.contains("Mã hồ sơ: " + SampleForms.CODE)
			.contains("tiếp nhận hồ sơ của Ông (Bà): Nguyễn Thị Hường")
			.contains("Địa chỉ: Tổ 5, khu 3, Phường Hà Tu, tỉnh Quảng Ninh")
			.contains("Số điện thoại: 0912 345 678")
			.contains("Số CMND/Căn cước/Hộ chiếu: 022190001234")
			.contains("Nội dung yêu cầu giải quyết: Đăng ký khai sinh")
			.contains("Giấy chứng nhận kết hôn của cha, mẹ")
			.contains("Bản chứng thực")
			.contains("2. Số lượng hồ sơ: 1 (bộ)")
			.contains("3. Thời gian giải quyết hồ sơ theo quy định là: 03 ngày làm việc")
			.contains("4. Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 26/11/2026")
			.contains("5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 03/12/2026")
			.contains("6. Đăng ký nhận kết quả tại: Quầy số 4")
			.contains("NGƯỜI TIẾP NHẬN HỒ SƠ")
			.contains("Phạm Văn Đức")
			.contains("Mã định danh cơ quan thực hiện: H22.TTPVHCC")
			.contains("Mã thủ tục: 1.001193 – Đăng ký khai sinh");
		// a web address may wrap at its dots
		assertThat(text.replace(" ", "")).contains("dichvucong.quangninh.gov.vn,đườngdâynóng02033888888");
		assertA5Portrait(pdf);
		assertOnlyTheShippedFontIsUsed(pdf);
	}

	@Test
	void theReceiptsQrCodeOpensTheTrackingPage() throws Exception {
		byte[] pdf = this.forms.receipt(SampleForms.receipt());

		List<BufferedImage> images = images(pdf);
		assertThat(images).hasSize(1);
		assertThat(QrCodesTests.decode(images.get(0)).getText()).isEqualTo(SampleForms.TRACKING_URL);
	}

	@Test
	void formsOfDossiersReceivedBeforeJuly2025UseTheNumbersOfCircular01Of2018() throws Exception {
		Instant june2025 = Instant.parse("2025-06-30T02:00:00Z");
		String text = text(this.forms.receipt(SampleForms.receipt(june2025, june2025.plusSeconds(3 * 86400))));
		assertThat(text).contains("Mẫu số 01 – Thông tư 01/2018/TT-VPCP").doesNotContain("03/2025");

		assertThat(text(this.forms.controlSheet(SampleForms.controlSheet(LocalDate.of(2025, 6, 30)))))
			.contains("Mẫu số 05 – Thông tư 01/2018/TT-VPCP");
		assertThat(text(this.forms.controlSheet(SampleForms.controlSheet(LocalDate.of(2025, 7, 1)))))
			.contains("Mẫu số 06 – Thông tư 03/2025/TT-VPCP");
	}

	@Test
	void theSupplementRequestListsEachPaperWithItsReason() throws Exception {
		byte[] pdf = this.forms.supplementRequest(SampleForms.supplementRequest());

		assertThat(text(pdf)).contains(upper("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"))
			.contains("Mẫu số 02 – Thông tư 03/2025/TT-VPCP")
			.contains("Số: 15/PYCBS")
			.contains("Yêu cầu Ông/Bà hoàn thiện hồ sơ gồm những nội dung như sau:")
			.contains("Bản đã nộp bị tẩy xóa ở mục ngày sinh")
			.contains("Người nộp không phải cha, mẹ của trẻ")
			.contains("liên hệ cán bộ Lê Thị Thủy, số điện thoại 0203 3 888 888 (máy lẻ 104)")
			.contains("NGƯỜI HƯỚNG DẪN");
		assertA5Portrait(pdf);
	}

	@Test
	void aSupplementRequestNamesAtLeastOnePaperEachWithAReason() {
		SupplementRequestForm sample = SampleForms.supplementRequest();
		assertThatThrownBy(() -> new SupplementRequestForm(sample.header(), sample.dossierCode(), sample.applicant(),
				sample.procedureName(), List.of(), null, "Lê Thị Thủy", null))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("document.form.papers-required"));
		assertThatThrownBy(() -> new MissingPaper("Giấy chứng sinh", 1, 0, 0, " ")).isInstanceOfSatisfying(
				DomainException.class, (ex) -> assertThat(ex.code()).isEqualTo("document.form.paper-reason-required"));
	}

	@Test
	void theRefusalGivesItsReasons() throws Exception {
		byte[] pdf = this.forms.refusal(SampleForms.refusal());

		assertThat(text(pdf)).contains(upper("Phiếu từ chối tiếp nhận giải quyết hồ sơ"))
			.contains("Mẫu số 03 – Thông tư 03/2025/TT-VPCP")
			.contains("thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:")
			.contains("1. Thủ tục không thuộc thẩm quyền giải quyết của cơ quan")
			.contains("2. Trẻ đã được đăng ký khai sinh");
		assertA5Portrait(pdf);
	}

	@Test
	void aRefusalWithoutReasonsIsRefused() {
		RefusalForm sample = SampleForms.refusal();
		assertThatThrownBy(() -> new RefusalForm(sample.header(), sample.dossierCode(), sample.applicant(),
				sample.procedureName(), List.of(" "), null, "Phạm Văn Đức"))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("document.form.reasons-required");
				assertThat(ex.field()).isEqualTo("reasons");
			});
	}

	@Test
	void theRefusalAfterAppraisalGivesItsReasonsItsLegalBasisAndWhereThePapersAreReturned() throws Exception {
		byte[] pdf = this.forms.appraisalRefusal(SampleForms.appraisalRefusal());

		assertThat(text(pdf)).contains("PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ")
			.contains("Mẫu số 03 – Thông tư 03/2025/TT-VPCP")
			.contains("Kính gửi: Ông/Bà Nguyễn Thị Hường")
			// the extraction may break the line at the slash of "Ông/Bà"
			.contains("Trung tâm Phục vụ hành chính công đã tiếp nhận hồ sơ của Ông")
			.contains("vào lúc 08 giờ 30 phút, ngày 26/11/2026, đề nghị giải quyết thủ tục: Đăng ký lại khai sinh")
			.contains("Mã hồ sơ: " + SampleForms.CODE)
			.contains("Qua thẩm định, hồ sơ không đủ điều kiện giải quyết.")
			.contains("1. Việc khai sinh của người yêu cầu đã được đăng ký và Sổ hộ tịch vẫn còn lưu giữ")
			.contains("2. Người yêu cầu không xuất trình được bản chính Giấy khai sinh đã bị mất")
			.contains("Căn cứ pháp lý: Khoản 1 Điều 24 Nghị định số 123/2015/NĐ-CP")
			.contains("Hồ sơ đã nộp được trả lại kèm theo Phiếu này tại: Quầy số 4, Trung tâm Phục vụ hành chính công"
					+ " tỉnh Quảng Ninh.")
			.contains("Người thẩm định hồ sơ: Trịnh Thị Nguyệt")
			.contains("THỦ TRƯỞNG CƠ QUAN")
			.contains("Vũ Quang Hưng");
		assertA5Portrait(pdf);
		assertOnlyTheShippedFontIsUsed(pdf);
	}

	@Test
	void aRefusalAfterAppraisalWithoutReasonsOrLegalBasisIsRefused() {
		AppraisalRefusalForm s = SampleForms.appraisalRefusal();
		assertThatThrownBy(() -> new AppraisalRefusalForm(s.header(), s.dossierCode(), s.applicant(), s.procedureName(),
				s.receivedAt(), List.of(" "), s.legalBasis(), s.appraisedBy(), s.returnPlace(), s.signatory()))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("document.form.reasons-required"));
		assertThatThrownBy(() -> new AppraisalRefusalForm(s.header(), s.dossierCode(), s.applicant(), s.procedureName(),
				s.receivedAt(), s.reasons(), "  ", s.appraisedBy(), s.returnPlace(), s.signatory()))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("document.form.legal-basis-required"));
	}

	@Test
	void theApologyNamesTheLeadUnitTheReasonAndTheNewAppointment() throws Exception {
		byte[] pdf = this.forms.apology(SampleForms.apology());

		assertThat(text(pdf)).contains(upper("Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"))
			.contains("Mẫu số 04 – Thông tư 03/2025/TT-VPCP")
			.contains("Về việc xin lỗi đối với hồ sơ giải quyết quá hạn và hẹn lại thời gian trả kết quả")
			.contains("Kính gửi: Ông/Bà Nguyễn Thị Hường")
			.contains("vào lúc 08 giờ 30 phút, ngày 26/11/2026")
			.contains("Thời gian hẹn trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 03/12/2026")
			.contains(
					"Sở Tư pháp chưa trả kết quả giải quyết hồ sơ cho Ông/Bà đúng hẹn. Lý do: cần xác minh thông tin hộ"
							+ " tịch tại Ủy ban nhân dân xã Bình Liêu")
			.contains("Thời gian hẹn trả kết quả lại: 16 giờ 00 phút, ngày 08/12/2026")
			.contains("GIÁM ĐỐC")
			.contains("Vũ Quang Hưng");
		assertA5Portrait(pdf);
	}

	@Test
	void underThe2018SetTheApologyHasItsOldTitle() throws Exception {
		ApologyForm sample = SampleForms.apology();
		ApologyForm old = new ApologyForm(sample.header().withBasisDate(LocalDate.of(2024, 3, 1)), sample.dossierCode(),
				sample.recipient(), sample.procedureName(), sample.receivedAt(), sample.originalAppointmentAt(),
				sample.leadUnit(), sample.reason(), sample.newAppointmentAt(), sample.returnPlace(), sample.signatory(),
				sample.copiesTo());
		assertThat(text(this.forms.apology(old))).contains(upper("Phiếu xin lỗi và hẹn lại ngày trả kết quả"))
			.contains("Mẫu số 04 – Thông tư 01/2018/TT-VPCP");
	}

	@Test
	void anApologyNeedsAReasonAndANewDateAfterTheOriginal() {
		ApologyForm s = SampleForms.apology();
		assertThatThrownBy(() -> new ApologyForm(s.header(), s.dossierCode(), s.recipient(), s.procedureName(),
				s.receivedAt(), s.originalAppointmentAt(), s.leadUnit(), "", s.newAppointmentAt(), s.returnPlace(),
				s.signatory(), s.copiesTo()))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("document.form.reason-required"));
		assertThatThrownBy(() -> new ApologyForm(s.header(), s.dossierCode(), s.recipient(), s.procedureName(),
				s.receivedAt(), s.originalAppointmentAt(), s.leadUnit(), s.reason(), s.originalAppointmentAt(),
				s.returnPlace(), s.signatory(), s.copiesTo()))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("document.form.new-appointment-not-later"));
	}

	@Test
	void theStopNoticeIsForm05Of2025AndUnnumberedBefore() throws Exception {
		byte[] pdf = this.forms.stopNotice(SampleForms.stopNotice(LocalDate.of(2026, 11, 26)));
		assertThat(text(pdf)).contains(upper("Thông báo dừng giải quyết hồ sơ"))
			.contains("Mẫu số 05 – Thông tư 03/2025/TT-VPCP")
			.contains("Theo đề nghị của Ông/Bà")
			.contains("Lý do: Người nộp hồ sơ đề nghị rút hồ sơ để bổ sung giấy tờ")
			.contains("Thời điểm dừng giải quyết: 10 giờ 00 phút, ngày 30/11/2026");
		assertA5Portrait(pdf);

		String old = text(this.forms.stopNotice(SampleForms.stopNotice(LocalDate.of(2025, 1, 10))));
		assertThat(old).contains(upper("Thông báo dừng giải quyết hồ sơ")).doesNotContain("Mẫu số");
	}

	@Test
	void theControlSheetHasOneRowPerHandOver() throws Exception {
		byte[] pdf = this.forms.controlSheet(SampleForms.controlSheet(LocalDate.of(2026, 11, 26)));

		assertThat(text(pdf)).contains(upper("Phiếu kiểm soát quá trình giải quyết hồ sơ"))
			.contains("I. GIAO HỒ SƠ")
			.contains("II. NHẬN KẾT QUẢ")
			.contains("Đề nghị Phòng Hộ tịch, Sở Tư pháp giải quyết hồ sơ và trả kết quả về Bộ phận Một cửa chậm nhất")
			.contains("Hoàng Minh Tuấn")
			.contains("Trịnh Thị Lụa")
			.contains("15 giờ 15 phút, ngày 27/11/2026")
			.contains("Trước hạn");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDRectangle box = document.getPage(0).getMediaBox();
			assertThat(box.getWidth()).isCloseTo(210 * MM, offset(1f));
			assertThat(box.getHeight()).isCloseTo(148 * MM, offset(1f));
		}
	}

	@Test
	void decomposedInputPrintsAsPrecomposedVietnamese() throws Exception {
		ReceiptForm sample = SampleForms.receipt();
		Applicant decomposed = new Applicant(Normalizer.normalize("Trần Thị Ngọc Diệp", Normalizer.Form.NFD), null,
				null, null, null);
		ReceiptForm form = new ReceiptForm(sample.header(), sample.dossierCode(), sample.trackingUrl(), decomposed,
				sample.procedureName(), null, null, sample.papers(), 1, sample.legalProcessingTime(),
				sample.receivedAt(), sample.appointmentAt(), sample.resultPlace(), null, sample.lookupWebsite(),
				sample.hotline(), sample.receivingOfficer(), null);
		assertThat(text(this.forms.receipt(form))).contains("Ông (Bà): Trần Thị Ngọc Diệp");
	}

	@Test
	void userTextIsPrintedNotInterpreted() throws Exception {
		ReceiptForm sample = SampleForms.receipt();
		Applicant tricky = new Applicant("<b>Lý</b> & \"Co\" <img src='http://example.com/x.png'/>", null, null, null,
				null);
		ReceiptForm form = new ReceiptForm(sample.header(), sample.dossierCode(), sample.trackingUrl(), tricky,
				sample.procedureName(), null, null, sample.papers(), 1, sample.legalProcessingTime(),
				sample.receivedAt(), sample.appointmentAt(), sample.resultPlace(), null, sample.lookupWebsite(),
				sample.hotline(), sample.receivingOfficer(), null);
		byte[] pdf = this.forms.receipt(form);
		assertThat(text(pdf)).contains("<b>Lý</b> & \"Co\" <img src='http://example.com/x.png'/>");
		assertThat(images(pdf)).hasSize(1);
	}

	@Test
	void everyFormOfADossierCarriesTheQrCodeOfItsTrackingPage() throws Exception {
		List<byte[]> pdfs = List.of(this.forms.supplementRequest(SampleForms.supplementRequest()),
				this.forms.refusal(SampleForms.refusal()), this.forms.appraisalRefusal(SampleForms.appraisalRefusal()),
				this.forms.apology(SampleForms.apology()),
				this.forms.stopNotice(SampleForms.stopNotice(LocalDate.of(2026, 11, 26))),
				this.forms.controlSheet(SampleForms.controlSheet(LocalDate.of(2026, 11, 26))));
		for (byte[] pdf : pdfs) {
			List<BufferedImage> images = images(pdf);
			assertThat(images).hasSize(1);
			assertThat(QrCodesTests.decode(images.get(0)).getText()).isEqualTo(SampleForms.TRACKING_URL);
			assertThat(text(pdf)).contains("Quét mã để tra cứu hồ sơ");
		}
	}

	@Test
	void theTrackingBookListsTheDossiersOfThePeriodOnA4Landscape() throws Exception {
		byte[] pdf = this.forms
			.register(SampleForms.register(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30), 118, 3));

		assertThat(text(pdf)).contains("SỔ THEO DÕI HỒ SƠ")
			.contains("Mẫu số 07 – Thông tư 03/2025/TT-VPCP")
			.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
			.contains("Độc lập - Tự do - Hạnh phúc")
			.contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
			.contains("Quảng Ninh, ngày 02 tháng 11 năm 2026")
			.contains("Từ ngày 02/11/2026 đến ngày 30/11/2026")
			.contains("Cơ quan chủ trì giải quyết")
			.contains("Chuyển hồ sơ đến cơ quan giải quyết")
			.contains("118 H22.TTPVHCC-0118 Đăng ký khai sinh 1 Nguyễn Thị Hường")
			.contains("120 H22.TTPVHCC-0120")
			.contains("Lê Thị Ánh Tuyết")
			.contains("Chứng thực bản sao từ bản chính")
			.contains("08:00 02/11/2026")
			.contains("Đã yêu cầu bổ sung")
			.contains("Tổng số hồ sơ trong kỳ: 3")
			.contains("THỦ TRƯỞNG ĐƠN VỊ")
			.contains("Trang 1/1");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDRectangle box = document.getPage(0).getMediaBox();
			assertThat(box.getWidth()).isCloseTo(297 * MM, offset(1f));
			assertThat(box.getHeight()).isCloseTo(210 * MM, offset(1f));
		}
		assertOnlyTheShippedFontIsUsed(pdf);
	}

	@Test
	void aLongTrackingBookRepeatsItsColumnHeadsAndNumbersItsPages() throws Exception {
		byte[] pdf = this.forms
			.register(SampleForms.register(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30), 1, 60));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(1);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			String second = stripper.getText(document).replaceAll("\\s+", " ");
			assertThat(second).contains("Cơ quan chủ trì giải quyết").contains("Trang 2/" + pages);
		}
		assertThat(text(pdf)).contains("60 H22.TTPVHCC-0060").contains("Tổng số hồ sơ trong kỳ: 60");
	}

	@Test
	void theTrackingBookIsForm06Of2018AndForm07Of2025AndNeverBoth() throws Exception {
		assertThat(text(
				this.forms.register(SampleForms.register(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), 1, 1))))
			.contains("Mẫu số 06 – Thông tư 01/2018/TT-VPCP");
		assertThat(text(
				this.forms.register(SampleForms.register(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), 1, 1))))
			.contains("Mẫu số 07 – Thông tư 03/2025/TT-VPCP");
		assertThatThrownBy(() -> SampleForms.register(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 31), 1, 1))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("document.form.register.crosses-form-sets"));
		assertThatThrownBy(() -> SampleForms.register(LocalDate.of(2026, 7, 2), LocalDate.of(2026, 7, 1), 1, 1))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("document.form.register.period-reversed"));
		assertThatThrownBy(() -> SampleForms.register(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 3), 1, 1))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("document.form.register.period-too-long"));
	}

	/**
	 * Writes every form as PDF and page images to target/document-forms, for review, and
	 * checks that each page image shows ink where the header and the title are and stays
	 * mostly white paper.
	 */
	@Test
	void writesEveryFormForReview() throws Exception {
		Path directory = Files.createDirectories(Path.of("target", "document-forms"));
		Map<String, byte[]> pdfs = new LinkedHashMap<>();
		pdfs.put("01-receipt", this.forms.receipt(SampleForms.receipt()));
		pdfs.put("02-supplement-request", this.forms.supplementRequest(SampleForms.supplementRequest()));
		pdfs.put("03-refusal", this.forms.refusal(SampleForms.refusal()));
		pdfs.put("03-refusal-after-appraisal", this.forms.appraisalRefusal(SampleForms.appraisalRefusal()));
		pdfs.put("04-apology", this.forms.apology(SampleForms.apology()));
		pdfs.put("05-stop-notice", this.forms.stopNotice(SampleForms.stopNotice(LocalDate.of(2026, 11, 26))));
		pdfs.put("06-control-sheet", this.forms.controlSheet(SampleForms.controlSheet(LocalDate.of(2026, 11, 26))));
		pdfs.put("07-register", this.forms
			.register(SampleForms.register(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30), 1, 12)));
		for (Map.Entry<String, byte[]> entry : pdfs.entrySet()) {
			Files.write(directory.resolve(entry.getKey() + ".pdf"), entry.getValue());
			try (PDDocument document = Loader.loadPDF(entry.getValue())) {
				PDFRenderer renderer = new PDFRenderer(document);
				for (int page = 0; page < document.getNumberOfPages(); page++) {
					BufferedImage image = renderer.renderImageWithDPI(page, 110);
					ImageIO.write(image, "png", directory.resolve(entry.getKey() + "-" + (page + 1) + ".png").toFile());
					double ink = inkShare(image, 0, image.getHeight());
					assertThat(ink).as(entry.getKey() + " ink").isBetween(0.002, 0.25);
					assertThat(inkShare(image, 0, image.getHeight() / 5)).as(entry.getKey() + " header ink")
						.isGreaterThan(0.004);
				}
				assertThat(document.getNumberOfPages()).as(entry.getKey()).isBetween(1, 2);
			}
		}
	}

	/** The share of dark pixels in a band of rows of a page image. */
	static double inkShare(BufferedImage image, int fromRow, int toRow) {
		long dark = 0;
		for (int y = fromRow; y < toRow; y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int luminance = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
				if (luminance < 128) {
					dark++;
				}
			}
		}
		return (double) dark / ((long) image.getWidth() * (toRow - fromRow));
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			return text.replaceAll("\\s+", " ");
		}
	}

	private static String upper(String text) {
		return text.toUpperCase(Locale.forLanguageTag("vi"));
	}

	private static void assertA5Portrait(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isCloseTo(148 * MM, offset(1f));
				assertThat(page.getMediaBox().getHeight()).isCloseTo(210 * MM, offset(1f));
			}
		}
	}

	private static void assertOnlyTheShippedFontIsUsed(byte[] pdf) throws IOException {
		List<String> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					fonts.add(font.getName());
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
		}
		assertThat(fonts).isNotEmpty().allSatisfy((name) -> assertThat(name).contains("LiberationSerif"));
	}

	private static List<BufferedImage> images(byte[] pdf) throws IOException {
		List<BufferedImage> images = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getXObjectNames()) {
					if (resources.getXObject(name) instanceof PDImageXObject image) {
						images.add(image.getImage());
					}
				}
			}
		}
		return images;
	}

}
