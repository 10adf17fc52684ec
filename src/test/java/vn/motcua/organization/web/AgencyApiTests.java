package vn.motcua.organization.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/agencies}: the exact shape of the public list, its filters, and a
 * 400 problem naming the field for a bad filter. (A mock user signs in because, until the
 * identity module's security configuration is merged, every route needs one; the route is
 * public in the agreed security rules.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser
class AgencyApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsAgenciesInForceWithExactlyCodeNameLevelAndParentCode() throws Exception {
		this.mvc.perform(get("/api/v1/agencies"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[0].code").value("22"))
			.andExpect(jsonPath("$[0].name").value("Tỉnh Quảng Ninh"))
			.andExpect(jsonPath("$[0].level").value("PROVINCE"))
			.andExpect(jsonPath("$[0].parentCode", nullValue()))
			.andExpect(jsonPath("$[0].keys()", contains("code", "name", "level", "parentCode")))
			.andExpect(jsonPath("$[?(@.code == '06652')].name", contains("Phường Hà Tu")))
			.andExpect(jsonPath("$[?(@.code == '06652')].parentCode", contains("22")))
			.andExpect(jsonPath("$[*].code", hasItems("22.TTPVHCC", "22.SNV", "06994")))
			// the former districts are history, not in force
			.andExpect(jsonPath("$[*].code", not(hasItem("193"))));
	}

	@Test
	void everyEntryHasTheSameFourFields() throws Exception {
		this.mvc.perform(get("/api/v1/agencies"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].keys()", everyItem(contains("code", "name", "level", "parentCode"))));
	}

	@Test
	void filtersByLevelInAnyCase() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").param("level", "commune"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(greaterThanOrEqualTo(54))))
			.andExpect(jsonPath("$[*].level", everyItem(is("COMMUNE"))))
			.andExpect(jsonPath("$[*].code", hasItems("06652", "06970", "07192")));
		this.mvc.perform(get("/api/v1/agencies").param("level", "DEPARTMENT"))
			.andExpect(jsonPath("$[*].level", everyItem(is("DEPARTMENT"))))
			.andExpect(jsonPath("$[*].code", hasItems("22.VPUBND", "22.TTR")));
	}

	@Test
	void filtersByParentCode() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").param("parentCode", "22").param("level", "SERVICE_CENTRE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", contains("22.TTPVHCC")));
		this.mvc.perform(get("/api/v1/agencies").param("parentCode", "22"))
			.andExpect(jsonPath("$[*].parentCode", everyItem(is("22"))))
			.andExpect(jsonPath("$[*].code", not(hasItem("22"))));
		this.mvc.perform(get("/api/v1/agencies").param("parentCode", "06652"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void anUnknownLevelIsA400ProblemNamingTheLevelField() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").param("level", "VILLAGE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.code").value("agency.level.unknown"))
			.andExpect(jsonPath("$.field").value("level"))
			.andExpect(jsonPath("$.detail", containsString("Cấp \"VILLAGE\" không tồn tại")));
	}

	@Test
	void anUnknownParentCodeIsA400ProblemNamingTheParentCodeField() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").param("parentCode", "99999"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("agency.unknown"))
			.andExpect(jsonPath("$.field").value("parentCode"))
			.andExpect(jsonPath("$.detail", containsString("99999")));
	}

	@Test
	void theProblemDetailIsInEnglishWhenEnglishIsChosen() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").param("level", "VILLAGE").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("There is no level \"VILLAGE\"")));
	}

}
