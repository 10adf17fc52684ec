package vn.motcua.catalog.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agency's public page lists the procedures it handles (the catalog's section on the
 * organization's page), paged, with an accent-insensitive filter, beside its desk's
 * address, hours, hotline and feedback address.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgencyProceduresSectionTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aCommunePageListsItsProceduresBesideItsDesk() throws Exception {
		this.mvc.perform(get("/agencies/06652"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Phường Hà Tu"), containsString("Địa chỉ tiếp nhận phản ánh, kiến nghị"),
						containsString("Thủ tục hành chính thực hiện tại cơ quan"),
						containsString("href=\"/procedures/1.001193\""),
						not(containsString("href=\"/procedures/1.012783\"")),
						containsString("href=\"/agencies/06652?q=&amp;page=1#procedures\""))));
	}

	@Test
	void theFilterIgnoresAccentsAndPagesKeepIt() throws Exception {
		this.mvc.perform(get("/agencies/06652").param("q", "KET HON"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/procedures/1.000894\""),
					not(containsString("href=\"/procedures/1.001193\"")), containsString("value=\"KET HON\""))));
		this.mvc.perform(get("/agencies/06652").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trang 2/")));
	}

	@Test
	void aDepartmentListsWhatItHandlesAndOddParametersAreForgiven() throws Exception {
		this.mvc.perform(get("/agencies/22.SNNMT").param("page", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/procedures/1.012783\""),
					not(containsString("href=\"/procedures/1.001193\"")))));
		this.mvc.perform(get("/agencies/06652").param("page", "999").param("q", "x".repeat(500)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không có thủ tục nào phù hợp.")));
	}

}
