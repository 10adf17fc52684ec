package vn.motcua.dossier.web;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.document.FormHeader;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Submission;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The official forms of a dossier come out as PDF with the dossier's data in Vietnamese;
 * a form not issued for the dossier is a 404, and another commune's staff get none.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierFormPdfsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Dossiers dossiers;

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	static Actor officer() {
		return new Actor(Actor.Kind.STAFF, "tiepnhan.hatu", "Cán bộ một cửa Hà Tu", Set.of(Role.ONE_STOP_OFFICER),
				"06652", false, null, "127.0.0.1");
	}

	String text(String url) throws Exception {
		byte[] pdf = this.mvc.perform(get(url).with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void theReceiptAndTheSlipsCarryTheDossier() throws Exception {
		DossierView d = this.dossiers.register(
				new Submission("1.004884", 0, "06652",
						new Applicant("Phạm Thị Thu", null, "0944444444", null, "Tổ 5, Hà Tu"), null, null, null),
				Channel.COUNTER, officer());
		String base = "/workspace/dossiers/" + d.code() + "/forms/";
		assertThat(text(base + "receipt")).contains(d.code()).contains("Phạm Thị Thu").contains("5 ngày làm việc");
		assertThat(text(base + "control-sheet")).contains(d.code());
		this.mvc.perform(get(base + "apology").with(as("tiepnhan.hatu"))).andExpect(status().isNotFound());
		this.mvc.perform(get(base + "nonsense").with(as("tiepnhan.hatu"))).andExpect(status().isNotFound());
		this.mvc.perform(get(base + "receipt").with(as("tiepnhan.binhlieu"))).andExpect(status().isForbidden());

		this.dossiers.act(d.code(), DossierAction.STOP, ActionInput.reason("Người nộp đề nghị dừng"),
				new Actor(Actor.Kind.STAFF, "lanhdao.hatu", "Lãnh đạo Hà Tu", Set.of(Role.AGENCY_LEADER), "06652",
						false, null, "127.0.0.1"));
		assertThat(text(base + "stop-notice")).contains("Người nộp đề nghị dừng");
	}

	@Test
	void eachFormOfTheDossierCarriesTheQrCodeOfItsTrackingPage() throws Exception {
		DossierView d = this.dossiers.register(
				new Submission("1.004884", 0, "06652",
						new Applicant("Đoàn Thị Quỳnh", null, "0955555555", null, "Tổ 7, Hà Tu"), null, null, null),
				Channel.COUNTER, officer());
		for (String form : new String[] { "receipt", "control-sheet" }) {
			byte[] pdf = pdf("/workspace/dossiers/" + d.code() + "/forms/" + form, "tiepnhan.hatu");
			assertThat(qrTexts(pdf)).as(form).containsExactly("http://localhost/track/" + d.code());
		}
	}

	@Test
	void theTrackingBookListsTheDossiersTheDeskReceivedInThePeriod() throws Exception {
		DossierView d = this.dossiers.register(
				new Submission("1.004884", 0, "06652",
						new Applicant("Vương Thị Ngọc Ánh", null, "0966666666", null, "Tổ 9, Hà Tu"), null, null, null),
				Channel.COUNTER, officer());
		LocalDate today = d.receivedAt().atZone(FormHeader.VIETNAM).toLocalDate();
		String url = "/workspace/dossiers/tracking-book?agency=06652&from=" + today.withDayOfMonth(1) + "&to=" + today;
		byte[] pdf = pdf(url, "tiepnhan.hatu");
		String text = text(pdf);
		assertThat(text).contains("SỔ THEO DÕI HỒ SƠ")
			.contains("Mẫu số 07 – Thông tư 03/2025/TT-VPCP")
			.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
			.contains("PHƯỜNG HÀ TU")
			.contains(d.code())
			.contains("Vương Thị Ngọc Ánh")
			.contains("Tổ 9, Hà Tu");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getPage(0).getMediaBox().getWidth())
				.isGreaterThan(document.getPage(0).getMediaBox().getHeight());
		}
		// another commune's desk did not receive it
		this.mvc.perform(get(url.replace("06652", "06653")).with(as("tiepnhan.hatu")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Bạn chỉ in được sổ của cơ quan mình phụ trách.")));
		this.mvc.perform(get(url).with(as("congdan"))).andExpect(status().isForbidden());
	}

	@Test
	void theTrackingBookPageOffersThePeriodAndExplainsAWrongOne() throws Exception {
		this.mvc.perform(get("/workspace/dossiers/tracking-book").with(as("tiepnhan.hatu")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"book-from\"")));
		this.mvc
			.perform(get("/workspace/dossiers/tracking-book?agency=06652&from=2026-11-30&to=2026-11-01")
				.with(as("tiepnhan.hatu")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ngày cuối của kỳ phải từ ngày đầu trở đi.")))
			.andExpect(content().string(containsString("value=\"2026-11-30\"")));
		this.mvc
			.perform(get("/workspace/dossiers/tracking-book?agency=06652&from=2025-06-01&to=2025-07-31")
				.with(as("tiepnhan.hatu")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("hãy in hai sổ")));
		this.mvc
			.perform(get("/workspace/dossiers/tracking-book?agency=06652&from=2026-13-01&to=2026-11-01")
				.with(as("tiepnhan.hatu")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"book-from-error\"")));
		String old = text(
				pdf("/workspace/dossiers/tracking-book?agency=06652&from=2025-01-01&to=2025-06-30", "tiepnhan.hatu"));
		assertThat(old).contains("Mẫu số 06 – Thông tư 01/2018/TT-VPCP");
	}

	@Test
	void aDossierReceivedBeforeJuly2025KeepsThe2018FormSetForItsLaterForms() throws Exception {
		String code = "06652-250310-0042";
		String line = "{\"procedureCode\":\"1.004884\",\"agencyCode\":\"06652\",\"channel\":\"COUNTER\","
				+ "\"code\":\"" + code + "\",\"applicant\":{\"name\":\"Lý Thị Xuân\",\"phone\":\"0912000111\"},"
				+ "\"receivedAt\":\"2025-03-10T08:00:00+07:00\",\"dueAt\":\"2025-03-17T08:00:00+07:00\","
				+ "\"finalStatus\":4}";
		this.mvc
			.perform(post("/api/v1/admin/dossiers/import").contentType("application/x-ndjson")
				.content(line.getBytes(java.nio.charset.StandardCharsets.UTF_8))
				.with(csrf())
				.with(as("admin")))
			.andExpect(status().isOk());
		this.dossiers.act(code, DossierAction.STOP, ActionInput.reason("Hồ sơ được giải quyết theo thủ tục khác"),
				new Actor(Actor.Kind.STAFF, "lanhdao.hatu", "Lãnh đạo Hà Tu", Set.of(Role.AGENCY_LEADER), "06652",
						false, null, "127.0.0.1"));

		String base = "/workspace/dossiers/" + code + "/forms/";
		// stopped today, but received under Circular 01/2018, which has no stop notice
		// form
		assertThat(text(base + "stop-notice")).contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ")
			.contains("Hồ sơ được giải quyết theo thủ tục khác")
			.doesNotContain("Mẫu số");
		assertThat(text(base + "control-sheet")).contains("Mẫu số 05 – Thông tư 01/2018/TT-VPCP");
		String book = text(
				pdf("/workspace/dossiers/tracking-book?agency=06652&from=2025-03-01&to=2025-03-31", "tiepnhan.hatu"));
		assertThat(book).contains("Mẫu số 06 – Thông tư 01/2018/TT-VPCP").contains(code).contains("Lý Thị Xuân");
	}

	@Test
	void theRefusalAfterAppraisalIsAPaperWithItsReasonsLegalBasisAndTrackingQrTheApplicantGetsWithTheResult()
			throws Exception {
		CitizenPrincipal principal = (CitizenPrincipal) this.users.loadUserByUsername("congdan");
		Actor citizen = new Actor(Actor.Kind.CITIZEN, "congdan", principal.fullName(), Set.of(), null, false,
				principal.accountId(), "127.0.0.1");
		String code = this.dossiers
			.submit(new Submission("1.004884", 0, "06652",
					new Applicant("Nguyễn Văn An", null, "0988777001", null, "Tổ 1, Hà Tu"), null, null, null), citizen,
					null)
			.dossier()
			.code();
		Actor specialist = new Actor(Actor.Kind.STAFF, "chuyenvien.hatu", "Trịnh Thị Nguyệt", Set.of(Role.SPECIALIST),
				"06652", false, null, "127.0.0.1");
		Actor leader = new Actor(Actor.Kind.STAFF, "lanhdao.hatu", "Vũ Quang Hưng", Set.of(Role.AGENCY_LEADER), "06652",
				false, null, "127.0.0.1");
		this.dossiers.act(code, DossierAction.RECEIVE, ActionInput.none(), officer());
		this.dossiers.act(code, DossierAction.FORWARD, ActionInput.none(), officer());
		this.dossiers.act(code, DossierAction.REFUSE,
				ActionInput.refusal(
						"Việc khai sinh đã được đăng ký tại Ủy ban nhân dân phường Hà Tu và Sổ hộ tịch còn lưu giữ\n"
								+ "Người yêu cầu chưa xuất trình giấy tờ chứng minh nơi cư trú",
						"Khoản 1 Điều 24 Nghị định số 123/2015/NĐ-CP"),
				specialist);
		String staffUrl = "/workspace/dossiers/" + code + "/forms/refusal";
		String citizenUrl = "/account/dossiers/" + code + "/forms/refusal";
		// not issued before a leader approves it
		this.mvc.perform(get(staffUrl).with(as("tiepnhan.hatu"))).andExpect(status().isNotFound());
		this.dossiers.act(code, DossierAction.APPROVE, ActionInput.none(), leader);

		byte[] pdf = pdf(staffUrl, "tiepnhan.hatu");
		assertThat(text(pdf)).contains("PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ")
			.contains("Mẫu số 03 – Thông tư 03/2025/TT-VPCP")
			.contains("PHƯỜNG HÀ TU")
			.contains("Kính gửi: Ông/Bà Nguyễn Văn An")
			.contains("Mã hồ sơ: " + code)
			.contains("Qua thẩm định, hồ sơ không đủ điều kiện giải quyết.")
			.contains("1. Việc khai sinh đã được đăng ký tại Ủy ban nhân dân phường Hà Tu và Sổ hộ tịch còn lưu giữ")
			.contains("2. Người yêu cầu chưa xuất trình giấy tờ chứng minh nơi cư trú")
			.contains("Căn cứ pháp lý: Khoản 1 Điều 24 Nghị định số 123/2015/NĐ-CP")
			.contains("Người thẩm định hồ sơ: Trịnh Thị Nguyệt")
			.contains("THỦ TRƯỞNG CƠ QUAN")
			.contains("Vũ Quang Hưng");
		assertThat(qrTexts(pdf)).containsExactly("http://localhost/track/" + code);
		// the applicant gets it as the result, once it is ready
		this.mvc.perform(get(citizenUrl).with(as("congdan"))).andExpect(status().isNotFound());
		this.dossiers.act(code, DossierAction.RESULT_READY, ActionInput.none(), officer());
		assertThat(text(pdf(citizenUrl, "congdan"))).contains("PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ")
			.contains("Khoản 1 Điều 24 Nghị định số 123/2015/NĐ-CP");
		this.mvc.perform(get(citizenUrl).with(as("congdan2"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/account/dossiers/" + code).with(as("congdan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kết quả: từ chối giải quyết hồ sơ")))
			.andExpect(content().string(containsString("Phiếu từ chối giải quyết hồ sơ")))
			.andExpect(content().string(containsString("Sổ hộ tịch còn lưu giữ")));
	}

	byte[] pdf(String url, String username) throws Exception {
		return this.mvc.perform(get(url).with(as(username)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	static List<String> qrTexts(byte[] pdf) throws Exception {
		List<String> texts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getXObjectNames()) {
					if (resources.getXObject(name) instanceof PDImageXObject image) {
						BufferedImage picture = image.getImage();
						int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0,
								picture.getWidth());
						BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
								new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels)));
						texts.add(new QRCodeReader().decode(bitmap).getText());
					}
				}
			}
		}
		return texts;
	}

}
