package vn.motcua.feedback;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.feedback.internal.PersonalDataMask;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal data is masked before a question or an answer is published. */
class PersonalDataMaskTests {

	@Test
	void masksPhoneNumbersInEveryUsualForm() {
		String masked = PersonalDataMask.mask("Gọi 0912345678, 0912 345 678, +84 912 345 678 hoặc 84912345678.",
				List.of());
		assertThat(masked).doesNotContainPattern("\\d{3}").contains("***");
	}

	@Test
	void masksEmailAddressesAndIdentityNumbers() {
		String masked = PersonalDataMask.mask("Thư: an.nguyen@example.com; CCCD 022085001234; CMND 123456789.",
				List.of());
		assertThat(masked).doesNotContain("example.com")
			.doesNotContain("022085001234")
			.doesNotContain("123456789")
			.contains("Thư: ***")
			.contains("CCCD ***");
	}

	@Test
	void masksTheSendersNameWithOrWithoutAccentsInAnyCase() {
		String masked = PersonalDataMask.mask("Toi la NGUYEN VAN AN, nguyen van an o Ha Tu; Nguyễn Văn An ký tên.",
				List.of("Nguyễn Văn An"));
		assertThat(masked).doesNotContainIgnoringCase("nguyen van an").doesNotContain("Nguyễn Văn An");
		assertThat(masked).contains("ký tên");
	}

	@Test
	void masksNamesAfterAFormOfAddressAndNamesWithACommonFamilyName() {
		String masked = PersonalDataMask.mask(
				"Cán bộ Lê Thị Thu yêu cầu nộp thêm giấy; anh Tuấn ở bộ phận một cửa; ong Tran Van Binh cung biet.",
				List.of());
		assertThat(masked).doesNotContain("Lê Thị Thu")
			.doesNotContain("Tuấn")
			.doesNotContain("Tran Van Binh")
			.contains("yêu cầu nộp thêm giấy")
			.contains("bộ phận một cửa");
	}

	@Test
	void leavesOrdinaryTextAndLegalReferencesAlone() {
		String text = "Nghị định 20/2008/NĐ-CP, Điều 9: chuyển trong 05 ngày làm việc. Hồ sơ tại Phường Hà Tu.";
		assertThat(PersonalDataMask.mask(text, List.of("Trần Thị Bình"))).isEqualTo(text);
	}

}
