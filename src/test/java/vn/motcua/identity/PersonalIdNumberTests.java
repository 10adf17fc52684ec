package vn.motcua.identity;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PersonalIdNumberTests {

	private static final int THIS_YEAR = 2026;

	@Test
	void readsAFemaleBornIn1964FromTheDocumentedExample() {
		// 010 = Lào Cai; 4th digit 1 = female, 20th century; 64 = 1964
		PersonalIdNumber number = PersonalIdNumber.of("010164003196", THIS_YEAR);

		assertThat(number.provinceCode()).isEqualTo("010");
		assertThat(number.provinceName()).isEqualTo("Lào Cai");
		assertThat(number.gender()).isEqualTo(Gender.FEMALE);
		assertThat(number.birthYear()).isEqualTo(1964);
		assertThat(number.agreesWith(1964, Gender.FEMALE)).isTrue();
		assertThat(number.agreesWith(1964, Gender.MALE)).isFalse();
		assertThat(number.agreesWith(1965, Gender.FEMALE)).isFalse();
	}

	@Test
	void readsAMaleBornIn1966() {
		PersonalIdNumber number = PersonalIdNumber.of("010066000177", THIS_YEAR);

		assertThat(number.gender()).isEqualTo(Gender.MALE);
		assertThat(number.birthYear()).isEqualTo(1966);
	}

	@ParameterizedTest
	@CsvSource({ "001200000001, MALE, 2000", "001301000001, FEMALE, 2001", "022085001234, MALE, 1985",
			"096399123456, FEMALE, 2099" })
	void readsTheCenturyAndGenderDigit(String value, Gender gender, int year) {
		PersonalIdNumber number = PersonalIdNumber.of(value, 2100);

		assertThat(number.gender()).isEqualTo(gender);
		assertThat(number.birthYear()).isEqualTo(year);
	}

	@Test
	void ignoresSpacesBetweenGroups() {
		assertThat(PersonalIdNumber.of(" 010 164 003 196 ", THIS_YEAR).value()).isEqualTo("010164003196");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "01016400319", "0101640031967", "01016400319a", "010-164-003196", "１２３４５６７８９０１２",
			"123456789" })
	void refusesAnythingButTwelveDigits(String input) {
		assertThat(PersonalIdNumber.problemWith(input, THIS_YEAR)).contains(PersonalIdNumber.FORMAT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "000164003196", "003164003196", "013164003196", "097164003196", "100164003196",
			"999164003196", "023164003196", "063164003196" })
	void refusesCodesThatAreNotProvinces(String input) {
		assertThat(PersonalIdNumber.problemWith(input, THIS_YEAR)).contains(PersonalIdNumber.PROVINCE);
	}

	@Test
	void refusesABirthYearInTheFuture() {
		// 4th digit 2 = 2000s; 27 → 2027, after this year
		assertThat(PersonalIdNumber.problemWith("001227000001", THIS_YEAR)).contains(PersonalIdNumber.BIRTH_YEAR);
		assertThat(PersonalIdNumber.problemWith("001226000001", THIS_YEAR)).isEmpty();
		// 4th digit 4 = 2100s
		assertThat(PersonalIdNumber.problemWith("001400000001", THIS_YEAR)).contains(PersonalIdNumber.BIRTH_YEAR);
	}

	@Test
	void knowsTheSixtyThreeProvinceCodesInUse() {
		int known = 0;
		for (int code = 0; code < 1000; code++) {
			if (PersonalIdNumber.isProvinceCode(String.format("%03d", code))) {
				known++;
			}
		}
		assertThat(known).isEqualTo(63);
		assertThat(PersonalIdNumber.isProvinceCode("001")).isTrue();
		assertThat(PersonalIdNumber.isProvinceCode("022")).isTrue();
		assertThat(PersonalIdNumber.isProvinceCode("096")).isTrue();
	}

	@Test
	void showsOnlyTheLastFourDigits() {
		PersonalIdNumber number = PersonalIdNumber.of("010164003196", THIS_YEAR);

		assertThat(number.masked()).isEqualTo("********3196");
		assertThat(number.toString()).doesNotContain("010164");
	}

	@Test
	void refusesToBuildAnInvalidNumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PersonalIdNumber("999164003196"));
		assertThatIllegalArgumentException().isThrownBy(() -> PersonalIdNumber.of("0101640031", THIS_YEAR));
	}

	@Test
	void everyGeneratedNumberGivesBackItsBirthYearAndGender() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		String[] provinces = { "001", "022", "031", "046", "079", "089", "096" };
		for (int i = 0; i < 2000; i++) {
			int year = 1900 + random.nextInt(THIS_YEAR - 1900 + 1);
			Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
			int centuryDigit = ((year - 1900) / 100) * 2 + (gender == Gender.FEMALE ? 1 : 0);
			String value = provinces[random.nextInt(provinces.length)] + centuryDigit
					+ String.format("%02d%06d", year % 100, random.nextInt(1_000_000));

			assertThat(PersonalIdNumber.problemWith(value, THIS_YEAR)).as("seed %d, number %s", seed, value).isEmpty();
			PersonalIdNumber number = PersonalIdNumber.of(value, THIS_YEAR);
			assertThat(number.agreesWith(year, gender)).as("seed %d, number %s", seed, value).isTrue();
			assertThat(number.agreesWith(year, (gender == Gender.MALE) ? Gender.FEMALE : Gender.MALE))
				.as("seed %d, number %s", seed, value)
				.isFalse();
		}
	}

}
