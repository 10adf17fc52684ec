package vn.motcua.catalog.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public procedure pages and the home page's featured procedures, without signing in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProcedurePagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void searchingWithoutAccentsListsBirthRegistrationFirst() throws Exception {
		String html = this.mvc.perform(get("/procedures").param("q", "dang ky khai sinh"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int first = html.indexOf("href=\"/procedures/");
		org.assertj.core.api.Assertions.assertThat(html.substring(first)).startsWith("href=\"/procedures/1.001193\"");
	}

	@Test
	void filtersKeepTheirValues() throws Exception {
		this.mvc.perform(get("/procedures").param("field", "Cư trú").param("level", "COMMUNE").param("mode", "PARTIAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Đăng ký thường trú"),
					containsString("<option value=\"Cư trú\" selected=\"selected\">"))));
	}

	@Test
	void theProcedurePageShowsEverything() throws Exception {
		this.mvc.perform(get("/procedures/1.001193"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1 class=\"h2\">Thủ tục đăng ký khai sinh</h1>"),
					containsString("60/2014/QH13"), containsString("1 ngày làm việc"),
					containsString("Tờ khai đăng ký khai sinh"), containsString("to-khai-dang-ky-khai-sinh.pdf"),
					containsString("Trực tuyến một phần"), containsString("CHƯA CHẮC CHẮN"),
					containsString("Chuyên viên"), containsString("Ủy ban nhân dân các xã, phường, đặc khu"))));
	}

	@Test
	void provincialProceduresLinkTheirAgency() throws Exception {
		this.mvc.perform(get("/procedures/1.012783"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/agencies/22.SNNMT\"")));
	}

	@Test
	void anUnknownProcedureIsA404Page() throws Exception {
		this.mvc.perform(get("/procedures/9.999999")).andExpect(status().isNotFound());
	}

	@Test
	void theHomePageFeaturesBirthRegistration() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/procedures/1.001193\"")));
	}

}
