package vn.motcua.catalog;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules one version of a procedure obeys on its own. */
class ProcedureDetailsTests {

	@Test
	void sharesAddingUpToTheLegalTimeAreAccepted() {
		assertThatCode(() -> SampleProcedures.details("1.000001", "A", TimeLimit.workingDays(1), new BigDecimal("0.1"),
				new BigDecimal("0.6"), new BigDecimal("0.25"), new BigDecimal("0.05")))
			.doesNotThrowAnyException();
	}

	@Test
	void sharesAddingUpToMoreThanTheLegalTimeAreRefusedNamingTheSteps() {
		assertThatThrownBy(() -> SampleProcedures.details("1.000001", "A", TimeLimit.workingDays(5),
				new BigDecimal("2"), new BigDecimal("3.01")))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("procedure.process.exceeds-legal-time");
				assertThat(ex.field()).isEqualTo("process.steps");
				assertThat(ex.kind()).isEqualTo(DomainException.Kind.INVALID);
			});
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 7, 42, 2026 })
	void randomSplitsAreAcceptedExactlyWhenTheyFitTheLegalTime(long seed) {
		Random random = new Random(seed);
		for (int round = 0; round < 200; round++) {
			int legal = 1 + random.nextInt(30);
			int steps = 1 + random.nextInt(6);
			BigDecimal[] shares = new BigDecimal[steps];
			BigDecimal sum = BigDecimal.ZERO;
			for (int i = 0; i < steps; i++) {
				shares[i] = BigDecimal.valueOf(random.nextInt(1000), 2);
				sum = sum.add(shares[i]);
			}
			boolean fits = sum.compareTo(BigDecimal.valueOf(legal)) <= 0;
			String context = "seed " + seed + " round " + round + ": " + sum + " of " + legal;
			if (fits) {
				assertThatCode(() -> SampleProcedures.details("1.000001", "A", TimeLimit.calendarDays(legal), shares))
					.as(context)
					.doesNotThrowAnyException();
			}
			else {
				assertThatThrownBy(
						() -> SampleProcedures.details("1.000001", "A", TimeLimit.calendarDays(legal), shares))
					.as(context)
					.isInstanceOf(DomainException.class);
			}
		}
	}

	@Test
	void aMalformedCodeIsRefusedNamingTheCode() {
		assertThatThrownBy(() -> SampleProcedures.details("1001193", "A")).isInstanceOfSatisfying(DomainException.class,
				(ex) -> assertThat(ex.field()).isEqualTo("code"));
	}

	@Test
	void aNegativeFeeIsRefusedNamingTheFee() {
		ProcedureDetails valid = SampleProcedures.details("1.000001", "A");
		ProcedureCase negative = new ProcedureCase("Chung", TimeLimit.workingDays(5),
				java.util.List.of(new Fee(Fee.Kind.AMOUNT, -1L, "Lệ phí", null)));
		assertThatThrownBy(() -> new ProcedureDetails(valid.code(), valid.name(), valid.field(), valid.levels(),
				valid.competentAgency(), valid.legalBasis(), java.util.List.of(negative), valid.documents(),
				valid.result(), valid.onlineMode(), valid.returnChannels(), valid.process(), valid.applicability(),
				null, null))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("cases[0].fees[0].amountVnd"));
	}

	@Test
	void aProcessInAUnitNoCaseUsesIsRefused() {
		ProcedureDetails valid = SampleProcedures.details("1.000001", "A");
		InternalProcess hours = new InternalProcess(TimeLimit.Unit.WORKING_HOURS, false, valid.process().steps());
		assertThatThrownBy(() -> new ProcedureDetails(valid.code(), valid.name(), valid.field(), valid.levels(),
				valid.competentAgency(), valid.legalBasis(), valid.cases(), valid.documents(), valid.result(),
				valid.onlineMode(), valid.returnChannels(), hours, valid.applicability(), null, null))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> assertThat(ex.field()).isEqualTo("process.unit"));
	}

}
