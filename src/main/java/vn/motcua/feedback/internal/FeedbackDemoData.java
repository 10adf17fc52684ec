package vn.motcua.feedback.internal;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackTopic;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;

/**
 * A few answered and published feedback items for the demo: two for the commune of Hà Tu,
 * two for the Department of Justice, each with a legal basis, approved by the agency's
 * leader. Made up; the names and numbers in them show the masking. Runs under the demo
 * data lock after the other loaders, and only once.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
class FeedbackDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FeedbackDemoData.class);

	static final String MARK = "demo-data";

	private final FeedbackDesk desk;

	private final JdbcClient jdbc;

	FeedbackDemoData(FeedbackDesk desk, JdbcClient jdbc) {
		this.desk = desk;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean loaded = this.jdbc.sql("select exists (select 1 from feedback_item where source_key = :mark)")
			.param("mark", MARK)
			.query(Boolean.class)
			.single();
		if (loaded) {
			return;
		}
		for (Sample sample : samples()) {
			load(sample);
		}
		log.info("Demo data: {} published feedback items", samples().size());
	}

	private void load(Sample sample) {
		FeedbackItem item = this.desk.submit(new Intake(FeedbackChannel.WEB, sample.topic(), sample.title(),
				sample.content(), sample.sender(), "Tổ 3, khu 5, phường Hà Tu", sample.phone(), null, null, null,
				sample.agency(), null, null, null, null, null, null, List.of()), "system");
		this.jdbc.sql("update feedback_item set source_key = :mark where id = :id")
			.param("mark", MARK)
			.param("id", item.id())
			.update();
		StaffPrincipal handler = staff(sample.writer(), sample.agency(), Role.SPECIALIST);
		StaffPrincipal leader = staff(sample.leader(), sample.agency(), Role.AGENCY_LEADER);
		item = this.desk.route(item.code(), sample.topic(), sample.agency(), null, null, handler,
				this.desk.find(item.code()).orElseThrow().version());
		item = this.desk.answer(item.code(), sample.basis(), sample.answer(), handler, item.version());
		this.desk.approve(item.code(), leader, item.version());
	}

	private static StaffPrincipal staff(String username, String agency, Role role) {
		return new StaffPrincipal(0, username, username, null, true, agency, false, Set.of(role));
	}

	static List<Sample> samples() {
		return List.of(new Sample("06652", FeedbackTopic.CONDUCT, "Bị yêu cầu nộp thêm bản sao giấy tờ",
				"Tôi là Phạm Văn Hùng, khi đăng ký khai sinh cho con tại phường, cán bộ Lê Thị Thu yêu cầu tôi nộp thêm"
						+ " bản sao sổ hộ khẩu có chứng thực. Số điện thoại của tôi là 0912 345 678.",
				"Phạm Văn Hùng", "0912345678", "chuyenvien.hatu", "lanhdao.hatu",
				"Luật Hộ tịch 2014, Điều 16; Nghị định 123/2015/NĐ-CP, Điều 9",
				"Hồ sơ đăng ký khai sinh gồm tờ khai và giấy chứng sinh; không yêu cầu sổ hộ khẩu. Phường đã nhắc nhở"
						+ " cán bộ tiếp nhận và xin lỗi ông về sự phiền hà."),
				new Sample("06652", FeedbackTopic.IMPLEMENTATION, "Chậm trả kết quả chứng thực",
						"Hồ sơ chứng thực bản sao của tôi hẹn trả trong ngày nhưng hai ngày sau mới có. Liên hệ:"
								+ " hung.pv@example.com.",
						"Đỗ Minh Tuấn", "0987654321", "chuyenvien.hatu", "lanhdao.hatu",
						"Nghị định 23/2015/NĐ-CP, Điều 7 (thời hạn chứng thực)",
						"Việc chậm do máy quét hỏng ngày 03/11; phường đã bổ sung thiết bị và gửi thư xin lỗi."
								+ " Thời hạn chứng thực bản sao là trong ngày làm việc."),
				new Sample("22.STP", FeedbackTopic.REGULATION, "Đề nghị bỏ yêu cầu xác nhận nơi cư trú",
						"Đề nghị Sở xem xét bỏ yêu cầu giấy xác nhận nơi cư trú khi đã có dữ liệu dân cư. CCCD của tôi"
								+ " 022085001234.",
						"Trần Thị Lan", "0905111222", "chuyenvien.stp", "lanhdao.stp",
						"Luật Cư trú 2020, Điều 37; Nghị định 104/2022/NĐ-CP",
						"Từ 01/01/2023 cơ quan giải quyết tự khai thác Cơ sở dữ liệu quốc gia về dân cư, không yêu cầu"
								+ " người dân nộp giấy xác nhận. Sở đã hướng dẫn các xã, phường thực hiện."),
				new Sample("22.STP", FeedbackTopic.REGULATION, "Biểu mẫu tờ khai chưa có bản điện tử",
						"Tờ khai đăng ký kết hôn trên Cổng chưa có bản điền được trực tuyến.", "Vũ Quang Huy",
						"0977333444", "chuyenvien.stp", "lanhdao.stp", "Thông tư 04/2020/TT-BTP, Phụ lục",
						"Sở đã đề nghị đơn vị vận hành Cổng bổ sung biểu mẫu điện tử; dự kiến hoàn thành trong quý."));
	}

	record Sample(String agency, FeedbackTopic topic, String title, String content, String sender, String phone,
			String writer, String leader, String basis, String answer) {

	}

}
