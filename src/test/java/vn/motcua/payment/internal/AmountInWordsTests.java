package vn.motcua.payment.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountInWordsTests {

	@Test
	void writesAmountsAsReceiptsDo() {
		assertThat(AmountInWords.vietnamese(20_000)).isEqualTo("Hai mươi nghìn đồng");
		assertThat(AmountInWords.vietnamese(135_000)).isEqualTo("Một trăm ba mươi lăm nghìn đồng");
		assertThat(AmountInWords.vietnamese(1_005_000)).isEqualTo("Một triệu không trăm linh năm nghìn đồng");
		assertThat(AmountInWords.vietnamese(21_524)).isEqualTo("Hai mươi mốt nghìn năm trăm hai mươi tư đồng");
		assertThat(AmountInWords.vietnamese(15)).isEqualTo("Mười lăm đồng");
		assertThat(AmountInWords.vietnamese(2_000_000_000L)).isEqualTo("Hai tỷ đồng");
		assertThat(AmountInWords.vietnamese(0)).isEqualTo("Không đồng");
	}

}
