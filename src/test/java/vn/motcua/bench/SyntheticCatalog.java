package vn.motcua.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.motcua.catalog.ProcedureDetails;

/**
 * A catalog of realistic size made from the demo procedures: every synthetic procedure is
 * a demo procedure (same field, levels, cases, papers, process, applicability) under a
 * new code ({@code 9.xxxxxx}, a range no real procedure uses) and a varied name, built
 * from the actions and objects procedure names are made of, so that the names share words
 * with the real ones as a national catalog does ("cấp lại", "giấy phép", "đăng ký"...).
 */
final class SyntheticCatalog {

	static final List<String> ACTIONS = List.of("Cấp", "Cấp lại", "Cấp đổi", "Gia hạn", "Điều chỉnh", "Thu hồi",
			"Xác nhận", "Đăng ký", "Đăng ký thay đổi", "Thẩm định", "Phê duyệt", "Công nhận", "Chấp thuận", "Thông báo",
			"Hỗ trợ", "Giải quyết", "Bổ sung", "Chuyển đổi");

	static final List<String> OBJECTS = List.of("giấy phép kinh doanh rượu", "chứng chỉ hành nghề dược",
			"giấy phép lái xe", "giấy chứng nhận đủ điều kiện an toàn thực phẩm", "giấy phép khai thác khoáng sản",
			"giấy phép hoạt động cơ sở khám bệnh, chữa bệnh", "chứng chỉ hành nghề xây dựng",
			"giấy phép tổ chức biểu diễn nghệ thuật", "giấy chứng nhận đăng ký hợp tác xã", "trợ cấp xã hội hằng tháng",
			"hồ sơ người có công với cách mạng", "giấy phép môi trường", "giấy phép sử dụng vật liệu nổ công nghiệp",
			"giấy chứng nhận quyền sử dụng đất", "giấy phép thành lập trường mầm non",
			"chứng nhận cơ sở giáo dục nghề nghiệp", "giấy phép kinh doanh vận tải bằng xe ô tô",
			"giấy phép xả thải vào nguồn nước", "giấy phép hoạt động điện lực", "giấy chứng nhận đăng ký đầu tư",
			"hộ kinh doanh", "bảo hiểm y tế cho trẻ em dưới 6 tuổi", "học bổng chính sách cho học sinh", "nhà ở xã hội",
			"phương án phòng cháy, chữa cháy", "giấy phép quảng cáo", "giấy phép đào đường", "chứng thực chữ ký",
			"hợp đồng chuyển nhượng quyền sử dụng đất", "giấy phép nuôi trồng thủy sản");

	static final List<String> QUALIFIERS = List.of("", "", " cho tổ chức", " cho cá nhân", " cho doanh nghiệp",
			" có yếu tố nước ngoài", " trong trường hợp bị mất, hư hỏng", " do thay đổi thông tin",
			" đối với hộ gia đình", " tại cấp xã", " tại cấp tỉnh", " theo hình thức trực tuyến",
			" đối với người khuyết tật", " lần đầu", " khi hết thời hạn");

	private SyntheticCatalog() {
	}

	/**
	 * {@code count} procedures: one in four keeps its demo procedure's name with a
	 * qualifier (so real names have many near namesakes), the rest are action + object +
	 * qualifier.
	 */
	static List<ProcedureDetails> generate(List<ProcedureDetails> demo, int count, long seed) {
		Random random = new Random(seed);
		List<ProcedureDetails> procedures = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ProcedureDetails base = demo.get(i % demo.size());
			String qualifier = QUALIFIERS.get(random.nextInt(QUALIFIERS.size()));
			String name;
			if (i % 4 == 0) {
				name = base.name() + qualifier + " (" + (i / demo.size() + 1) + ")";
			}
			else {
				name = ACTIONS.get(random.nextInt(ACTIONS.size())) + " " + OBJECTS.get(random.nextInt(OBJECTS.size()))
						+ qualifier + " (" + (i + 1) + ")";
			}
			String code = String.format("9.%06d", i + 1);
			procedures.add(new ProcedureDetails(code, name, base.field(), base.levels(), base.competentAgency(),
					base.legalBasis(), base.cases(), base.documents(), base.result(), base.onlineMode(),
					base.returnChannels(), base.process(), base.applicability(), base.note(), base.source()));
		}
		return procedures;
	}

}
