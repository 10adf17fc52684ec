package vn.motcua.catalog.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.catalog.ProcedureDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo catalog file: enough real procedures, every one valid, uncertainties noted.
 */
class CatalogDemoDataTests {

	final List<ProcedureDetails> procedures = CatalogDemoData.read(JsonMapper.builder().build());

	@Test
	void atLeastFortyProceduresWithDistinctRealCodes() {
		Set<String> codes = this.procedures.stream().map(ProcedureDetails::code).collect(Collectors.toSet());
		assertThat(codes).hasSize(this.procedures.size()).hasSizeGreaterThanOrEqualTo(40);
		assertThat(codes).contains("1.001193", "1.000894", "1.000656", "1.004222", "1.013225", "1.013978");
	}

	@Test
	void coversTheFieldsCitizensAskForMost() {
		assertThat(this.procedures.stream().map(ProcedureDetails::field).distinct()).contains("Hộ tịch", "Cư trú",
				"Đất đai", "Xây dựng", "Hộ kinh doanh", "Giảm nghèo", "Chứng thực");
	}

	@Test
	void birthRegistrationIsAsRecordedWithItsUncertainUnitNoted() {
		ProcedureDetails birth = this.procedures.stream()
			.filter((p) -> p.code().equals("1.001193"))
			.findFirst()
			.orElseThrow();
		assertThat(birth.name()).isEqualTo("Thủ tục đăng ký khai sinh");
		assertThat(birth.cases()).singleElement().satisfies((c) -> assertThat(c.time().amount()).isEqualTo(1));
		assertThat(birth.legalBasis()).extracting((l) -> l.number()).contains("60/2014/QH13", "123/2015/NĐ-CP");
		assertThat(birth.note()).contains("CHƯA CHẮC CHẮN");
		assertThat(birth.process().demoDefault()).isTrue();
	}

	@Test
	void everyProcessIsADemoDefaultWithFourSteps() {
		assertThat(this.procedures).allSatisfy((p) -> {
			assertThat(p.process().demoDefault()).isTrue();
			assertThat(p.process().steps()).hasSize(4);
			assertThat(p.note()).isNotBlank();
		});
	}

}
