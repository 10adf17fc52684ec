package vn.motcua.organization.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.organization.AgencyView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Quảng Ninh demo data against the real PostgreSQL: the agreed codes, the 54 communes
 * of the CSV, the former districts kept for history, and loading it again changes
 * nothing.
 */
@SpringBootTest
class OrganizationDemoDataTests {

	private static final List<String> DEPARTMENTS = List.of("22.VPUBND", "22.SNV", "22.STC", "22.SXD", "22.SKHCN",
			"22.SVHTTDL", "22.SNNMT", "22.SDTTG", "22.SNGV", "22.SYT", "22.SGDDT", "22.STP", "22.SCT", "22.TTR");

	private static final List<String> DISTRICTS = List.of("193", "194", "195", "196", "198", "199", "200", "201", "202",
			"203", "205", "206", "207");

	@Autowired
	OrganizationDemoData demoData;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadingTheDemoDataAgainChangesNothing() {
		List<Map<String, Object>> before = demoRows();

		this.demoData.run(new DefaultApplicationArguments());
		this.demoData.run(new DefaultApplicationArguments());

		assertThat(demoRows()).isEqualTo(before).hasSize(1 + 1 + 14 + 13 + 54);
	}

	@Test
	void insertsOnlyWhatIsMissingAndKeepsTheRest() {
		List<Map<String, Object>> before = demoRows();
		this.jdbc.sql("DELETE FROM organization_agency WHERE code = '07192'").update();

		this.demoData.run(new DefaultApplicationArguments());

		assertThat(demoRows()).isEqualTo(before);
	}

	@Test
	void holdsTheAgreedProvinceCentreAndDepartments() {
		assertThat(this.agencies.findByCode("22"))
			.contains(new AgencyView("22", "Tỉnh Quảng Ninh", AgencyLevel.PROVINCE, null));
		assertThat(this.agencies.findByCode("22.TTPVHCC")).contains(new AgencyView("22.TTPVHCC",
				"Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh", AgencyLevel.SERVICE_CENTRE, "22"));
		assertThat(DEPARTMENTS)
			.allSatisfy((code) -> assertThat(this.agencies.findByCode(code)).hasValueSatisfying((agency) -> {
				assertThat(agency.level()).isEqualTo(AgencyLevel.DEPARTMENT);
				assertThat(agency.parentCode()).isEqualTo("22");
			}));
		assertThat(this.agencies.findByCode("22.SVHTTDL")).map(AgencyView::name)
			.contains("Sở Văn hóa, Thể thao và Du lịch");
		assertThat(this.jdbc.sql("SELECT note FROM organization_agency WHERE code = '22.SNV'")
			.query(String.class)
			.single()).contains("không phải mã chính thức");
	}

	@Test
	void holdsAllFiftyFourCommunesOfTheCsvWithTheirOfficialNames() throws IOException {
		Map<String, String> csv = communesOfTheCsv();
		assertThat(csv).hasSize(54).containsEntry("06652", "Phường Hà Tu").containsEntry("06970", "Xã Ba Chẽ");

		csv.forEach((code, name) -> assertThat(this.agencies.findByCode(code))
			.contains(new AgencyView(code, name, AgencyLevel.COMMUNE, "22")));
		List<AgencyView> communesOf22 = this.agencies.all()
			.stream()
			.filter((agency) -> agency.level() == AgencyLevel.COMMUNE && csv.containsKey(agency.code()))
			.toList();
		assertThat(communesOf22).hasSize(54)
			.allSatisfy((commune) -> assertThat(Normalizer.isNormalized(commune.name(), Normalizer.Form.NFC)).isTrue());
	}

	@Test
	void keepsTheFormerDistrictsForHistoryOnly() {
		assertThat(DISTRICTS).allSatisfy((code) -> {
			assertThat(this.agencies.findByCode(code))
				.hasValueSatisfying((district) -> assertThat(district.level()).isEqualTo(AgencyLevel.DISTRICT));
			assertThat(this.jdbc.sql("SELECT valid_to FROM organization_agency WHERE code = ?")
				.param(code)
				.query(LocalDate.class)
				.single()).isEqualTo(LocalDate.of(2025, 6, 30));
		});
		assertThat(this.agencies.all()).extracting(AgencyView::code).doesNotContainAnyElementsOf(DISTRICTS);
		assertThat(this.agencies.findByCode("205")).map(AgencyView::name).contains("Thành phố Đông Triều");
	}

	@Test
	void theDescendantsOfTheProvinceIncludeEveryCommuneDepartmentAndFormerDistrict() throws IOException {
		assertThat(this.agencies.withDescendants("22")).contains("22", "22.TTPVHCC")
			.containsAll(DEPARTMENTS)
			.containsAll(DISTRICTS)
			.containsAll(communesOfTheCsv().keySet());
		assertThat(this.agencies.withDescendants("06652")).containsExactly("06652");
		assertThat(this.agencies.withDescendants("no-such-agency")).isEmpty();
	}

	@Test
	void listsParentsBeforeChildren() {
		List<AgencyView> all = this.agencies.all();
		Map<String, Integer> position = new HashMap<>();
		for (int i = 0; i < all.size(); i++) {
			position.put(all.get(i).code(), i);
		}

		assertThat(all.get(0).code()).isEqualTo("22");
		assertThat(all).filteredOn((agency) -> agency.parentCode() != null && position.containsKey(agency.parentCode()))
			.allSatisfy(
					(agency) -> assertThat(position.get(agency.parentCode())).isLessThan(position.get(agency.code())));
	}

	@Test
	void theMainDeskIsTheProvincialCentresWithItsUnverifiedAddressMarked() {
		assertThat(this.agencies.mainDesk()).hasValueSatisfying((desk) -> {
			assertThat(desk.agencyCode()).isEqualTo("22.TTPVHCC");
			assertThat(desk.name()).isEqualTo("Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh");
			assertThat(desk.address()).contains("chưa xác minh");
			assertThat(desk.openingHours()).isEqualTo("Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00");
			assertThat(desk.hotline()).isNull();
			assertThat(desk.email()).isNull();
		});
	}

	@Test
	void eachCommuneHasItsOwnDeskInTheCommune() {
		assertThat(this.agencies.deskOf("06994")).hasValueSatisfying((desk) -> {
			assertThat(desk.name()).isEqualTo("Bộ phận Một cửa đặc khu Vân Đồn");
			assertThat(desk.address()).isEqualTo("Đặc khu Vân Đồn, tỉnh Quảng Ninh");
		});
		assertThat(this.agencies.deskOf("193")).isEmpty();
		assertThat(this.agencies.dossierIdentifierOf("06994")).contains("06994");
	}

	private List<Map<String, Object>> demoRows() {
		return this.jdbc.sql("""
				SELECT code, name, english_name, level, unit_type, parent_code, valid_from, valid_to, active,
					dossier_identifier, desk_name, desk_address, desk_opening_hours, desk_hotline, desk_email,
					desk_feedback_address, note, version
				FROM organization_agency
				WHERE code = '22' OR (parent_code = '22' AND code IN (:codes))
				ORDER BY code
				""").param("codes", demoCodes()).query().listOfRows();
	}

	private static List<String> demoCodes() {
		return OrganizationDemoData.drafts().stream().map(AgencyDraft::code).toList();
	}

	private static Map<String, String> communesOfTheCsv() throws IOException {
		Map<String, String> communes = new HashMap<>();
		String csv = new ClassPathResource("demo/quang-ninh-communes.csv").getContentAsString(StandardCharsets.UTF_8);
		csv.lines().skip(1).filter((line) -> !line.isBlank()).forEach((line) -> {
			String[] columns = line.split(",");
			communes.put(columns[0], columns[1]);
		});
		return communes;
	}

}
