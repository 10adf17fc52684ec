package vn.motcua.organization.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.organization.AgencyLevel;

/**
 * The demo province, Quảng Ninh (code 22), as agreed in the project brief and researched
 * in {@code shared/data/province-demo.md}: the province, its Public Administration
 * Service Centre, its 14 specialised agencies, its 54 commune-level units (from
 * {@code demo/quang-ninh-communes.csv}, codes of QĐ 19/2025/QĐ-TTg) and, for history, its
 * 13 former districts. Runs first among the demo loaders (identity's demo accounts need
 * the agencies) and inserts only what is missing, so it may run any number of times; what
 * an administrator has changed stays as changed.
 * <p>
 * Unverified data is never invented: the centre's street address is not confirmed, so it
 * is stored as an explicit placeholder; hotlines and e-mail addresses are left empty;
 * each agency's {@code note} says what is uncertain.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
class OrganizationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OrganizationDemoData.class);

	static final String PROVINCE = "22";

	static final String CENTRE = "22.TTPVHCC";

	static final String COMMUNES_FILE = "demo/quang-ninh-communes.csv";

	/** The first day of the two-level local government (QĐ 19/2025/QĐ-TTg). */
	static final LocalDate TWO_LEVEL_GOVERNMENT = LocalDate.of(2025, 7, 1);

	/** The last day of the district level. */
	static final LocalDate DISTRICTS_END = LocalDate.of(2025, 6, 30);

	/** The reorganised specialised agencies of the province operate from this day. */
	static final LocalDate DEPARTMENTS_REORGANISED = LocalDate.of(2025, 3, 1);

	/**
	 * Demo default, not a verified timetable: the usual office hours of Vietnamese public
	 * bodies. An administrator should replace it with the desk's published hours.
	 */
	static final String DEMO_OPENING_HOURS = "Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00";

	/**
	 * The centre's street address is not confirmed (province-demo.md §4): a placeholder.
	 */
	static final String CENTRE_ADDRESS = "Thành phố Hạ Long cũ, tỉnh Quảng Ninh (địa chỉ chưa xác minh)";

	static final String CENTRE_NAME = "Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh";

	private static final String PLACEHOLDER_IDENTIFIER = " Mã định danh dùng trong mã hồ sơ tạm lấy bằng mã cơ quan"
			+ " (dữ liệu mẫu), chưa xác minh theo Thông tư 10/2016/TT-BTTTT.";

	private static final String PROJECT_CODE = "Mã cơ quan là mã riêng của dự án, không phải mã chính thức.";

	private final AgencyStore store;

	private final TransactionTemplate transactions;

	OrganizationDemoData(AgencyStore store, PlatformTransactionManager transactionManager) {
		this.store = store;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		int added = 0;
		for (AgencyDraft draft : drafts()) {
			if (insertIfMissing(draft)) {
				added++;
			}
		}
		if (added > 0) {
			log.info("Demo data: {} agencies of Quảng Ninh added", added);
		}
	}

	private boolean insertIfMissing(AgencyDraft draft) {
		String code = draft.code();
		if (code == null || this.store.existsByCode(code)) {
			return false;
		}
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				this.store.saveAndFlush(Agency.register(draft, this.store::findByCode, CurrentActor.SYSTEM));
				return true;
			}));
		}
		catch (DataIntegrityViolationException ex) {
			if (this.store.existsByCode(code)) {
				// another node loading the demo data at the same moment inserted it first
				return false;
			}
			throw ex;
		}
	}

	/** Every demo agency, parents first. */
	static List<AgencyDraft> drafts() {
		List<AgencyDraft> drafts = new ArrayList<>();
		drafts.add(new AgencyDraft(PROVINCE, "Tỉnh Quảng Ninh", "Quang Ninh Province", AgencyLevel.PROVINCE,
				UnitType.PROVINCE, null, null, null, PROVINCE, centreDesk(),
				"Mã 22 theo QĐ 19/2025/QĐ-TTg (không sáp nhập năm 2025); ngày bắt đầu hiệu lực không ghi."
						+ " Hồ sơ được tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh."
						+ PLACEHOLDER_IDENTIFIER));
		drafts.add(new AgencyDraft(CENTRE, CENTRE_NAME, "Quang Ninh Provincial Public Administration Service Centre",
				AgencyLevel.SERVICE_CENTRE, UnitType.SERVICE_CENTRE, PROVINCE, null, null, CENTRE, centreDesk(),
				PROJECT_CODE + " Trụ sở tại Hạ Long (khánh thành 03/09/2019), địa chỉ chưa xác minh;"
						+ " giờ làm việc là mặc định của dữ liệu mẫu." + PLACEHOLDER_IDENTIFIER));
		drafts.add(department("VPUBND", "Văn phòng Ủy ban nhân dân tỉnh", "Office of the Provincial People's Committee",
				UnitType.OFFICE, null));
		drafts.add(department("SNV", "Sở Nội vụ", "Department of Home Affairs", UnitType.DEPARTMENT,
				DEPARTMENTS_REORGANISED));
		drafts.add(department("STC", "Sở Tài chính", "Department of Finance", UnitType.DEPARTMENT,
				DEPARTMENTS_REORGANISED));
		drafts.add(department("SXD", "Sở Xây dựng", "Department of Construction", UnitType.DEPARTMENT,
				DEPARTMENTS_REORGANISED));
		drafts.add(department("SKHCN", "Sở Khoa học và Công nghệ", "Department of Science and Technology",
				UnitType.DEPARTMENT, DEPARTMENTS_REORGANISED));
		drafts.add(department("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism",
				UnitType.DEPARTMENT, DEPARTMENTS_REORGANISED));
		drafts.add(department("SNNMT", "Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment",
				UnitType.DEPARTMENT, DEPARTMENTS_REORGANISED));
		drafts.add(department("SDTTG", "Sở Dân tộc và Tôn giáo", "Department of Ethnic Minorities and Religions",
				UnitType.DEPARTMENT, DEPARTMENTS_REORGANISED));
		drafts.add(department("SNGV", "Sở Ngoại vụ", "Department of Foreign Affairs", UnitType.DEPARTMENT, null));
		drafts.add(department("SYT", "Sở Y tế", "Department of Health", UnitType.DEPARTMENT, null));
		drafts.add(department("SGDDT", "Sở Giáo dục và Đào tạo", "Department of Education and Training",
				UnitType.DEPARTMENT, null));
		drafts.add(department("STP", "Sở Tư pháp", "Department of Justice", UnitType.DEPARTMENT, null));
		drafts.add(department("SCT", "Sở Công Thương", "Department of Industry and Trade", UnitType.DEPARTMENT, null));
		drafts.add(department("TTR", "Thanh tra tỉnh", "Provincial Inspectorate", UnitType.INSPECTORATE, null));
		drafts.add(district("193", "Thành phố Hạ Long", UnitType.PROVINCIAL_CITY));
		drafts.add(district("194", "Thành phố Móng Cái", UnitType.PROVINCIAL_CITY));
		drafts.add(district("195", "Thành phố Cẩm Phả", UnitType.PROVINCIAL_CITY));
		drafts.add(district("196", "Thành phố Uông Bí", UnitType.PROVINCIAL_CITY));
		drafts.add(district("198", "Huyện Bình Liêu", UnitType.RURAL_DISTRICT));
		drafts.add(district("199", "Huyện Tiên Yên", UnitType.RURAL_DISTRICT));
		drafts.add(district("200", "Huyện Đầm Hà", UnitType.RURAL_DISTRICT));
		drafts.add(district("201", "Huyện Hải Hà", UnitType.RURAL_DISTRICT));
		drafts.add(district("202", "Huyện Ba Chẽ", UnitType.RURAL_DISTRICT));
		drafts.add(district("203", "Huyện Vân Đồn", UnitType.RURAL_DISTRICT));
		// a thị xã until 31/10/2024, a thành phố from 01/11/2024 (province-demo.md §3)
		drafts.add(district("205", "Thành phố Đông Triều", UnitType.PROVINCIAL_CITY));
		drafts.add(district("206", "Thị xã Quảng Yên", UnitType.TOWN));
		drafts.add(district("207", "Huyện Cô Tô", UnitType.RURAL_DISTRICT));
		drafts.addAll(communes());
		return drafts;
	}

	/**
	 * In Quảng Ninh's one-level model the departments' dossiers are received at the
	 * provincial centre, so their desk is the centre's. Agencies kept unchanged by the
	 * 01/03/2025 reorganisation have no recorded start date.
	 */
	private static AgencyDraft department(String suffix, String name, String englishName, UnitType type,
			@Nullable LocalDate validFrom) {
		String code = PROVINCE + "." + suffix;
		String origin = (validFrom != null) ? " Tổ chức lại từ 01/03/2025 (sáp nhập)."
				: " Giữ nguyên khi sắp xếp 01/03/2025; ngày bắt đầu hiệu lực không ghi.";
		return new AgencyDraft(code, name, englishName, AgencyLevel.DEPARTMENT, type, PROVINCE, validFrom, null, code,
				centreDesk(), PROJECT_CODE + origin + " Tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh."
						+ PLACEHOLDER_IDENTIFIER);
	}

	/** A former district: history only, no desk, no dossier identifier. */
	private static AgencyDraft district(String code, String name, UnitType type) {
		return new AgencyDraft(code, name, null, AgencyLevel.DISTRICT, type, PROVINCE, null, DISTRICTS_END, null,
				DeskDetails.NONE, "Đơn vị hành chính cấp huyện cũ (mã theo QĐ 124/2004/QĐ-TTg), chấm dứt từ 01/07/2025;"
						+ " chỉ dùng cho dữ liệu lịch sử.");
	}

	private static DeskDetails centreDesk() {
		return new DeskDetails(CENTRE_NAME, CENTRE_ADDRESS, DEMO_OPENING_HOURS, null, null, null);
	}

	/**
	 * The 54 commune-level units of {@value #COMMUNES_FILE}:
	 * code,name,type,former_district.
	 */
	static List<AgencyDraft> communes() {
		List<AgencyDraft> communes = new ArrayList<>();
		ClassPathResource file = new ClassPathResource(COMMUNES_FILE);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			String header = reader.readLine();
			if (header == null || !header.equals("code,name,type,former_district")) {
				throw new IllegalStateException(COMMUNES_FILE + " has an unexpected header: " + header);
			}
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					communes.add(commune(line.split(",", -1)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return communes;
	}

	private static AgencyDraft commune(String[] columns) {
		if (columns.length != 4) {
			throw new IllegalStateException("Malformed line in " + COMMUNES_FILE + ": " + String.join(",", columns));
		}
		String code = columns[0];
		String name = columns[1];
		UnitType type = switch (columns[2]) {
			case "xã" -> UnitType.COMMUNE;
			case "phường" -> UnitType.WARD;
			case "đặc khu" -> UnitType.SPECIAL_ZONE;
			default -> throw new IllegalStateException("Unknown unit type in " + COMMUNES_FILE + ": " + columns[2]);
		};
		String formerDistricts = columns[3].replace(";", "; ");
		// The official name of each commune-level service centre and its street address
		// are
		// not confirmed: the desk is named generically and placed in the commune.
		DeskDetails desk = new DeskDetails("Bộ phận Một cửa " + lowerFirst(name), name + ", tỉnh Quảng Ninh",
				DEMO_OPENING_HOURS, null, null, null);
		return new AgencyDraft(code, name, null, AgencyLevel.COMMUNE, type, PROVINCE, TWO_LEVEL_GOVERNMENT, null, code,
				desk,
				"Mã và tên theo QĐ 19/2025/QĐ-TTg. Địa bàn cấp huyện trước 01/07/2025: " + formerDistricts
						+ " (gợi ý lịch sử, không phải ánh xạ chính xác). Tên và địa chỉ trụ sở bộ phận một cửa"
						+ " chưa xác minh; giờ làm việc là mặc định của dữ liệu mẫu." + PLACEHOLDER_IDENTIFIER);
	}

	private static String lowerFirst(String name) {
		return name.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + name.substring(1);
	}

}
