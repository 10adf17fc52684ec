package vn.motcua.catalog;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relevance of the catalog search on the demo catalog (real procedures): queries with and
 * without diacritics, misspelt, partial, by code; the expected procedure comes first.
 */
@SpringBootTest
class ProcedureSearchTests {

	@Autowired
	Procedures procedures;

	@ParameterizedTest(name = "\"{0}\" finds {1} first")
	@CsvSource(delimiter = '|', textBlock = """
			dang ky khai sinh            | 1.001193
			đăng kí khai sinh            | 1.001193
			khai sinh                    | 1.001193
			dang ki khai sinh            | 1.001193
			Đăng ký khai sinh            | 1.001193
			THỦ TỤC ĐĂNG KÝ KHAI SINH    | 1.001193
			dang ky ket hon              | 1.000894
			ket hon                      | 1.000894
			dang ki ket hn               | 1.000894
			khai tu                      | 1.000656
			dang ky thuong tru           | 1.004222
			đăng ký tạm trú              | 1.004194
			dang ki tam tru              | 1.004194
			tach ho                      | 1.010038
			ly lich tu phap              | 3.000333
			phieu ly lich tu phap        | 3.000333
			giay phep xay dung moi       | 1.013225
			xac nhan tinh trang hon nhan | 1.004873
			xac nhan tinh trang hon nhn  | 1.004873
			cham dut ho kinh doanh       | 1.001266
			thay doi ho kinh doanh       | 2.000720
			1.001193                     | 1.001193
			dang ky khai snh             | 1.001193
			dnag ky khai sinh            | 1.001193
			đăng ký kết hôm              | 1.000894
			dang ky tam truu             | 1.004194
			giay phep xay dungg moi      | 1.013225
			ly lich tu phapp             | 3.000333
			""")
	void findsTheExpectedProcedureFirst(String query, String expectedCode) {
		ProcedurePage page = this.procedures.search(ProcedureQuery.text(query), 0, 10);
		assertThat(page.items()).as("results for %s", query).isNotEmpty();
		assertThat(page.items().get(0).code()).as("first result for \"%s\": %s", query, page.items())
			.isEqualTo(expectedCode);
	}

	@Test
	void everyQueryWordVariantFindsTheSameFamilyOfBirthProcedures() {
		List<String> codes = this.procedures.search(ProcedureQuery.text("khai sinh"), 0, 20)
			.items()
			.stream()
			.map(ProcedureSummary::code)
			.toList();
		assertThat(codes).contains("1.001193", "1.004884", "1.003583", "2.000528", "1.000689");
	}

	@Test
	void filtersNarrowTheResults() {
		ProcedurePage land = this.procedures
			.search(new ProcedureQuery(null, "Đất đai", ImplementingLevel.PROVINCE, null, null), 0, 50);
		assertThat(land.items()).isNotEmpty()
			.allSatisfy((p) -> assertThat(p.field()).isEqualTo("Đất đai"))
			.allSatisfy((p) -> assertThat(p.levels()).contains(ImplementingLevel.PROVINCE));
		ProcedurePage commune = this.procedures
			.search(new ProcedureQuery("giay phep xay dung", null, null, "06652", null), 0, 50);
		assertThat(commune.items()).extracting(ProcedureSummary::code).contains("1.013225");
		ProcedurePage inPerson = this.procedures
			.search(new ProcedureQuery(null, null, null, null, OnlineMode.IN_PERSON), 0, 50);
		assertThat(inPerson.items()).isNotEmpty()
			.allSatisfy((p) -> assertThat(p.onlineMode()).isEqualTo(OnlineMode.IN_PERSON));
	}

	@Test
	void aCommuneDoesNotApplyProvincialLandProcedures() {
		ProcedurePage commune = this.procedures.search(new ProcedureQuery(null, "Đất đai", null, "06652", null), 0, 50);
		assertThat(commune.items()).extracting(ProcedureSummary::code)
			.contains("1.013978")
			.doesNotContain("1.012783", "1.012786");
		ProcedurePage department = this.procedures.search(new ProcedureQuery(null, "Đất đai", null, "22.SNNMT", null),
				0, 50);
		assertThat(department.items()).extracting(ProcedureSummary::code).contains("1.012783");
	}

	@Test
	void nonsenseFindsNothingAndPunctuationAloneIsNoQuery() {
		assertThat(this.procedures.search(ProcedureQuery.text("zzqxw vvkjq"), 0, 10).items()).isEmpty();
		assertThat(this.procedures.search(ProcedureQuery.text("!!!"), 0, 10).total()).isZero();
	}

	@Test
	void typosInEveryWordStillFindTheProcedureAndExactWordsNeverFallBackToGuesses() {
		List<String> typos = this.procedures.search(ProcedureQuery.text("dang ki khai snh"), 0, 20)
			.items()
			.stream()
			.map(ProcedureSummary::code)
			.toList();
		assertThat(typos).first().isEqualTo("1.001193");
		List<String> exact = this.procedures.search(ProcedureQuery.text("khai sinh"), 0, 50)
			.items()
			.stream()
			.map(ProcedureSummary::code)
			.toList();
		assertThat(exact).doesNotContain("1.000656", "1.000894");
	}

	@Test
	void pagesAreCountedOverAllMatches() {
		ProcedurePage first = this.procedures.search(new ProcedureQuery(null, null, null, null, null), 0, 10);
		ProcedurePage second = this.procedures.search(new ProcedureQuery(null, null, null, null, null), 1, 10);
		assertThat(first.total()).isGreaterThanOrEqualTo(40).isEqualTo(second.total());
		assertThat(first.items()).hasSize(10).doesNotContainAnyElementsOf(second.items());
	}

}
