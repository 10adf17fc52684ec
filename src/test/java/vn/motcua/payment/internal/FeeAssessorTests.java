package vn.motcua.payment.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.catalog.Fee;
import vn.motcua.payment.FeeChoice;
import vn.motcua.payment.PayableView.LineView;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Fee assessment against a schedule: nothing outside it, no changed amount without a
 * reason.
 */
class FeeAssessorTests {

	static final Fee COPY = new Fee(Fee.Kind.AMOUNT, 8_000L, "Lệ phí cấp bản sao trích lục (mỗi bản)",
			"trẻ em dưới 6 tuổi; người thuộc hộ nghèo");

	static final Fee REGISTRATION = new Fee(Fee.Kind.SET_BY_PROVINCE, null,
			"Lệ phí theo mức do Hội đồng nhân dân tỉnh quy định",
			"gia đình người có công với cách mạng, người thuộc hộ nghèo, người khuyết tật");

	static final Fee FREE = new Fee(Fee.Kind.FREE, 0L, "Miễn lệ phí", null);

	static final List<Fee> SCHEDULE = List.of(COPY, REGISTRATION, FREE);

	@Test
	void scheduledAmountTimesQuantity() {
		List<LineView> lines = FeeAssessor.assess(SCHEDULE, List.of(new FeeChoice(0, 3, null, null, null)));
		assertThat(lines).singleElement().satisfies((line) -> {
			assertThat(line.unitVnd()).isEqualTo(8_000);
			assertThat(line.amountVnd()).isEqualTo(24_000);
			assertThat(line.scheduledUnitVnd()).isEqualTo(8_000L);
			assertThat(line.legalReason()).isNull();
		});
	}

	@Test
	void aFeeOutsideTheScheduleIsRefused() {
		assertThatThrownBy(() -> FeeAssessor.assess(SCHEDULE, List.of(FeeChoice.of(3))))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("payment.fee.not-in-schedule");
				assertThat(ex.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
				assertThat(ex.field()).isEqualTo("fees[0].feeIndex");
			});
		assertThatThrownBy(() -> FeeAssessor.assess(SCHEDULE, List.of(FeeChoice.of(-1))))
			.hasMessageContaining("payment.fee.not-in-schedule");
		assertThatThrownBy(() -> FeeAssessor.assess(SCHEDULE, List.of(FeeChoice.of(0), FeeChoice.of(0))))
			.hasMessageContaining("payment.fee.twice");
	}

	@Test
	void aChangedAmountNeedsALegalReasonWhichIsRecorded() {
		assertThatThrownBy(() -> FeeAssessor.assess(SCHEDULE, List.of(new FeeChoice(0, 1, 10_000L, null, " "))))
			.isInstanceOfSatisfying(DomainException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("fees[0].legalReason"))
			.hasMessageContaining("payment.fee.reason-required");
		List<LineView> lines = FeeAssessor.assess(SCHEDULE,
				List.of(new FeeChoice(0, 1, 10_000L, null, "Thông tư 106/2021/TT-BTC sửa đổi mức thu")));
		assertThat(lines.get(0).amountVnd()).isEqualTo(10_000);
		assertThat(lines.get(0).legalReason()).isEqualTo("Thông tư 106/2021/TT-BTC sửa đổi mức thu");
		// the scheduled amount restated needs nothing
		assertThat(FeeAssessor.assess(SCHEDULE, List.of(new FeeChoice(0, 1, 8_000L, null, null))).get(0).amountVnd())
			.isEqualTo(8_000);
	}

	@Test
	void aProvincialAmountMustBeGivenWithItsBasis() {
		assertThatThrownBy(() -> FeeAssessor.assess(SCHEDULE, List.of(FeeChoice.of(1))))
			.hasMessageContaining("payment.fee.amount-required");
		assertThatThrownBy(() -> FeeAssessor.assess(SCHEDULE, List.of(new FeeChoice(1, 1, 15_000L, null, null))))
			.hasMessageContaining("payment.fee.reason-required");
		LineView line = FeeAssessor
			.assess(SCHEDULE, List.of(new FeeChoice(1, 1, 15_000L, null, "Nghị quyết 12/2024/NQ-HĐND tỉnh Quảng Ninh")))
			.get(0);
		assertThat(line.amountVnd()).isEqualTo(15_000);
		assertThat(line.scheduledUnitVnd()).isNull();
	}

	@Test
	void exemptionsOnlyForGroundsTheScheduleLists() {
		List<LineView> lines = FeeAssessor.assess(SCHEDULE, List.of(new FeeChoice(0, 2, null, null, null),
				new FeeChoice(1, 1, 15_000L, "POOR_HOUSEHOLD", "Sổ hộ nghèo số 123/2026")));
		assertThat(lines.get(1).amountVnd()).isZero();
		assertThat(lines.get(1).exemption()).isEqualTo("POOR_HOUSEHOLD");
		assertThat(FeeAssessor.total(lines)).isEqualTo(16_000);
		// children are exempt from the copy fee, not from the registration fee
		List<LineView> child = FeeAssessor.assess(SCHEDULE,
				List.of(new FeeChoice(0, 1, null, "CHILD", "Giấy khai sinh: 3 tuổi"),
						new FeeChoice(1, 1, 15_000L, null, "NQ 12/2024")));
		assertThat(child).extracting(LineView::amountVnd).containsExactly(0L, 15_000L);
		assertThatThrownBy(() -> FeeAssessor.assess(SCHEDULE,
				List.of(new FeeChoice(1, 1, 15_000L, "CHILD", "Giấy khai sinh: 3 tuổi"))))
			.hasMessageContaining("payment.fee.exemption-not-in-schedule");
		assertThatThrownBy(
				() -> FeeAssessor.assess(SCHEDULE, List.of(new FeeChoice(0, 1, null, "POOR_HOUSEHOLD", null))))
			.hasMessageContaining("payment.fee.reason-required");
		assertThatThrownBy(() -> FeeAssessor.assess(SCHEDULE, List.of(new FeeChoice(0, 1, null, "VIP", "x"))))
			.hasMessageContaining("payment.fee.exemption-unknown");
	}

	@Test
	void nothingToChargeAndBadQuantitiesAreRefused() {
		// a free fee assesses to nothing, and nothing is not a payable
		List<LineView> free = FeeAssessor.assess(SCHEDULE, List.of(FeeChoice.of(2)));
		assertThat(FeeAssessor.total(free)).isZero();
		assertThatThrownBy(() -> FeeAssessor.requirePositive(free))
			.hasMessageContaining("payment.fee.nothing-to-charge");
		assertThatThrownBy(() -> FeeAssessor.assess(SCHEDULE, List.of(new FeeChoice(2, 1, 5_000L, null, "x"))))
			.hasMessageContaining("payment.fee.free");
		assertThatThrownBy(() -> FeeAssessor.assess(SCHEDULE, List.of(new FeeChoice(0, 0, null, null, null))))
			.hasMessageContaining("payment.fee.quantity");
		assertThatThrownBy(() -> FeeAssessor.assess(SCHEDULE, List.of()))
			.hasMessageContaining("payment.fee.none-chosen");
		assertThatThrownBy(() -> FeeAssessor.scheduled(List.of(FREE)))
			.hasMessageContaining("payment.fee.nothing-to-charge");
	}

	@Test
	void fromATotalTheScheduleMustExplainIt() {
		List<Fee> fixed = List.of(new Fee(Fee.Kind.AMOUNT, 20_000L, "Lệ phí", null), FREE);
		assertThat(FeeAssessor.fromTotal(fixed, 20_000, "Lệ phí đăng ký")).singleElement()
			.satisfies((line) -> assertThat(line.legalReason()).isNull());
		// a different total is the one fee changed, the reason recorded as its basis
		assertThat(FeeAssessor.fromTotal(fixed, 30_000, "Nghị quyết 5/2026").get(0).legalReason())
			.isEqualTo("Nghị quyết 5/2026");
		assertThat(FeeAssessor.scheduled(fixed)).extracting(LineView::amountVnd).containsExactly(20_000L);
		// two chargeable fees: a bare total cannot say which is which
		assertThatThrownBy(() -> FeeAssessor.fromTotal(SCHEDULE, 30_000, "x"))
			.hasMessageContaining("payment.fee.itemise");
		assertThatThrownBy(() -> FeeAssessor.fromTotal(List.of(FREE), 30_000, "x"))
			.hasMessageContaining("payment.fee.nothing-to-charge");
		assertThatThrownBy(() -> FeeAssessor.scheduled(SCHEDULE))
			.hasMessageContaining("payment.fee.amount-required-total");
	}

}
