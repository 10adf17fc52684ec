package vn.motcua.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTests {

	@ParameterizedTest
	@ValueSource(strings = { "an@example.vn", "nguyen.van.an@quangninh.gov.vn", "a+tag@sub.example.com",
			"x_y-z@a-b.example.org" })
	void acceptsUsualAddresses(String input) {
		assertThat(EmailAddress.parse(input)).isPresent();
	}

	@Test
	void keepsAddressesInLowerCaseWithoutSpaces() {
		assertThat(EmailAddress.parse("  An.Nguyen@Example.VN ")).map(EmailAddress::value)
			.contains("an.nguyen@example.vn");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "an", "an@", "@example.vn", "an@example", "an@@example.vn", "an@example..vn",
			".an@example.vn", "an.@example.vn", "a..n@example.vn", "an example@example.vn", "an@-example.vn",
			"an@example.v", "nguyễn@example.vn", "an@example.123" })
	void refusesMalformedAddresses(String input) {
		assertThat(EmailAddress.parse(input)).isEmpty();
	}

	@Test
	void refusesOverLongAddresses() {
		String local = "a".repeat(65);
		assertThat(EmailAddress.parse(local + "@example.vn")).isEmpty();
		String domain = "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + "." + "g".repeat(60) + "."
				+ "h".repeat(10) + ".vn";
		assertThat(EmailAddress.parse("an@" + domain)).isEmpty();
	}

}
