package vn.motcua.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.motcua.calendar.Deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With the provincial folding configured, columns (7) and (9) of the page include the
 * withdrawn and stopped dossiers, their lists too, and the footnote says so; the API
 * keeps its stable, unfolded figures.
 */
@SpringBootTest(properties = "motcua.reporting.fold-withdrawn=true")
@AutoConfigureMockMvc
class ReportFoldingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	static long cell(String html, String measure) {
		Matcher m = Pattern.compile("data-measure=\"" + Pattern.quote(measure) + "\"[^>]*>([0-9.]+)<").matcher(html);
		assertThat(m.find()).as(measure).isTrue();
		return Long.parseLong(m.group(1).replace(".", ""));
	}

	@Test
	@WithUserDetails("lanhdao.hatu")
	void withdrawnAndStoppedDossiersAreFoldedIntoTheResolvedColumnsOfTheForm() throws Exception {
		LocalDate to = LocalDate.now(this.clock.withZone(Deadlines.VIETNAM)).minusDays(1);
		LocalDate from = to.minusMonths(6);
		String query = "agency=06652&from=" + from + "&to=" + to;
		String html = this.mvc.perform(get("/workspace/reports?" + query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String json = this.mvc.perform(get("/api/v1/reports/processing?" + query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long withdrawn = ((Number) JsonPath.read(json, "$.withdrawn")).longValue()
				+ ((Number) JsonPath.read(json, "$.stopped")).longValue();
		assertThat(withdrawn).isPositive();
		long onTime = ((Number) JsonPath.read(json, "$.resolved.onTime")).longValue();
		assertThat(cell(html, "resolved.onTimeFolded")).isEqualTo(onTime + withdrawn);
		assertThat(cell(html, "resolved.totalFolded"))
			.isEqualTo(((Number) JsonPath.read(json, "$.resolved.total")).longValue() + withdrawn);
		assertThat(html).contains("gồm cả hồ sơ rút");
		String list = this.mvc
			.perform(get("/api/v1/reports/processing/dossiers?" + query + "&measure=resolved.onTimeFolded"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(((Number) JsonPath.read(list, "$.total")).longValue()).isEqualTo(onTime + withdrawn);
	}

}
