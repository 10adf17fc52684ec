package vn.motcua.organization.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The public pages {@code /agencies} and {@code /agencies/{code}}, and the provincial
 * desk on the home page. (A mock user signs in only because the identity module's
 * security configuration, which makes these routes public, is not merged yet.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser
class AgencyPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsTheAgenciesGroupedByLevel() throws Exception {
		this.mvc.perform(get("/agencies"))
			.andExpect(status().isOk())
			.andExpect(view().name("organization/list"))
			.andExpect(content().string(allOf(containsString("<h1"), containsString("Tỉnh, thành phố"),
					containsString("Trung tâm Phục vụ hành chính công"), containsString("Sở, ban, ngành"),
					containsString("Xã, phường, đặc khu"), containsString("Phường Hà Tu"),
					containsString("href=\"/agencies/22.SNV\""), containsString("Đơn vị không còn hoạt động"),
					containsString("Huyện Cô Tô"))));
	}

	@Test
	void filtersWithoutAccentsAndWithoutCase() throws Exception {
		this.mvc.perform(get("/agencies").param("q", "HA TU"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Phường Hà Tu"), not(containsString("Phường Cao Xanh")),
					not(containsString("Sở Nội vụ")), containsString("value=\"HA TU\""))));
		this.mvc.perform(get("/agencies").param("q", "so noi vu"))
			.andExpect(content().string(allOf(containsString("Sở Nội vụ"), not(containsString("Phường Hà Tu")))));
		this.mvc.perform(get("/agencies").param("q", "đặc khu"))
			.andExpect(content().string(allOf(containsString("Đặc khu Vân Đồn"), containsString("Đặc khu Cô Tô"),
					not(containsString("Xã Ba Chẽ")))));
		this.mvc.perform(get("/agencies").param("q", "06970")).andExpect(content().string(containsString("Xã Ba Chẽ")));
	}

	@Test
	void saysSoWhenNothingMatches() throws Exception {
		this.mvc.perform(get("/agencies").param("q", "không có nơi nào như thế"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Không có cơ quan, đơn vị nào khớp với &quot;không có nơi nào như thế&quot;")));
	}

	@Test
	void showsAnAgencyWithItsOneStopDesk() throws Exception {
		this.mvc.perform(get("/agencies/22.TTPVHCC"))
			.andExpect(status().isOk())
			.andExpect(view().name("organization/detail"))
			.andExpect(content().string(allOf(containsString("Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh"),
					containsString("Bộ phận một cửa"), containsString("(địa chỉ chưa xác minh)"),
					containsString("Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00"),
					containsString("Địa chỉ tiếp nhận phản ánh, kiến nghị"), containsString("Tỉnh Quảng Ninh"))));
		this.mvc.perform(get("/agencies/06652"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bộ phận Một cửa phường Hà Tu"),
					containsString("Phường Hà Tu, tỉnh Quảng Ninh"), containsString("01/07/2025"))));
	}

	@Test
	void showsAFormerDistrictAsNoLongerInService() throws Exception {
		this.mvc.perform(get("/agencies/193"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Thành phố Hạ Long"), containsString("30/06/2025"),
					containsString("không còn hoạt động"), containsString("Chưa có thông tin về bộ phận một cửa"))));
	}

	@Test
	void anUnknownAgencyIsNotFound() throws Exception {
		this.mvc.perform(get("/agencies/99999"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không có cơ quan, đơn vị nào mang mã &quot;99999&quot;")));
	}

	@Test
	void speaksEnglishWhenChosen() throws Exception {
		this.mvc.perform(get("/agencies/22.SNV").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("One-stop desk"),
					containsString("Department of Home Affairs"), containsString("Parent agency"))));
	}

	@Test
	void theHomePageShowsTheProvincialCentresDesk() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh"),
					containsString("Thành phố Hạ Long cũ, tỉnh Quảng Ninh (địa chỉ chưa xác minh)"),
					containsString("Thứ Hai – Thứ Sáu: 07:30–11:30, 13:30–17:00"), not(containsString("tel:")))));
	}

}
