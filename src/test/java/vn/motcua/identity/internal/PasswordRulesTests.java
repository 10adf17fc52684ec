package vn.motcua.identity.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTests {

	@ParameterizedTest
	@ValueSource(strings = { "MotCua@2026", "abcdefg1", "12345678a", "Mật khẩu 2026", "đăngnhập9" })
	void acceptsEightCharactersWithLettersAndDigits(String password) {
		assertThat(PasswordRules.problemWith(password)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "abc1, password.too-short", "abcdefgh, password.letters-and-digits",
			"12345678, password.letters-and-digits", "'!@#$%^&*()', password.letters-and-digits" })
	void refusesWeakPasswords(String password, String code) {
		assertThat(PasswordRules.problemWith(password)).contains(code);
	}

	@ParameterizedTest
	@ValueSource(ints = { 73, 100 })
	void refusesWhatBcryptWouldCut(int length) {
		assertThat(PasswordRules.problemWith("a1".repeat(length / 2) + "b".repeat(length % 2)))
			.contains("password.too-long");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ậậậậậậậậậậậậậậậậậậậậậậậậ1" })
	void countsBytesNotCharactersForTheUpperLimit(String password) {
		// 24 letters of 3 bytes each plus a digit: 73 bytes
		assertThat(PasswordRules.problemWith(password)).contains("password.too-long");
	}

}
