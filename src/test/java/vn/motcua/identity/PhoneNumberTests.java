package vn.motcua.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberTests {

	@ParameterizedTest
	@CsvSource({ "0912345678, 0912345678", "+84912345678, 0912345678", "84912345678, 0912345678",
			"'0912 345 678', 0912345678", "'+84 91 234 5678', 0912345678", "091.234.5678, 0912345678",
			"0322-345-678, 0322345678", "0522345678, 0522345678", "0702345678, 0702345678", "0862345678, 0862345678" })
	void normalisesToTheNationalForm(String input, String expected) {
		assertThat(PhoneNumber.parse(input)).map(PhoneNumber::value).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "091234567", "09123456789", "0112345678", "0212345678", "0412345678", "0612345678",
			"1912345678", "+8412345678", "8491234567", "+85912345678", "09123a5678", "0084912345678", "842012345678" })
	void refusesWhatIsNotAMobileNumber(String input) {
		assertThat(PhoneNumber.parse(input)).isEmpty();
	}

}
