package vn.motcua.catalog.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public procedure API, called without signing in: ranked pages, the full record, 404
 * and 400 problems naming the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProcedureApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void searchGivesARankedPageWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/api/v1/procedures").param("q", "dang ki khai sinh"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.keys()", contains("items", "page", "size", "total")))
			.andExpect(jsonPath("$.items[0].code").value("1.001193"))
			.andExpect(jsonPath("$.items[0].name").value("Thủ tục đăng ký khai sinh"))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.total", greaterThanOrEqualTo(5)));
	}

	@Test
	void filtersByFieldLevelAndAgency() throws Exception {
		this.mvc.perform(get("/api/v1/procedures").param("field", "Cư trú").param("level", "commune"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", hasItem("1.004222")))
			.andExpect(jsonPath("$.items[?(@.field != 'Cư trú')]", hasSize(0)));
		this.mvc.perform(get("/api/v1/procedures").param("agency", "22.SNNMT").param("q", "cap doi giay chung nhan"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].code").value("1.012783"));
	}

	@Test
	void theFullPublishedRecord() throws Exception {
		this.mvc.perform(get("/api/v1/procedures/1.001193"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("1.001193"))
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.details.legalBasis[0].number").value("60/2014/QH13"))
			.andExpect(jsonPath("$.details.cases[0].time.unit").value("WORKING_DAYS"))
			.andExpect(jsonPath("$.details.documents[0].formTemplate").value("to-khai-dang-ky-khai-sinh.pdf"))
			.andExpect(jsonPath("$.details.process.steps", hasSize(4)))
			.andExpect(jsonPath("$.details.applicability.agencyLevels", contains("COMMUNE")));
	}

	@Test
	void anUnknownCodeIsA404Problem() throws Exception {
		this.mvc.perform(get("/api/v1/procedures/9.999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("procedure.unknown"));
	}

	@Test
	void badParametersAre400ProblemsNamingTheField() throws Exception {
		this.mvc.perform(get("/api/v1/procedures").param("level", "galaxy"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("level"));
		this.mvc.perform(get("/api/v1/procedures").param("page", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("page"));
		this.mvc.perform(get("/api/v1/procedures").param("page", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("page"));
		this.mvc.perform(get("/api/v1/procedures").param("agency", "NOWHERE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("agency"));
		this.mvc.perform(get("/api/v1/procedures").param("mode", "teleport"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("mode"));
		this.mvc.perform(get("/api/v1/procedures").param("q", "x".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("q"));
	}

	@Test
	void theOpenApiDescriptionDocumentsTheFields() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/procedures'].get.summary").value("Search published procedures"))
			.andExpect(jsonPath("$.components.schemas.ProcedurePage.properties.total.description")
				.value("Number of matching procedures"));
	}

}
