package vn.motcua.payment.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.motcua.catalog.Fee;
import vn.motcua.payment.ExemptionGround;
import vn.motcua.payment.FeeChoice;
import vn.motcua.payment.PayableView.LineView;
import vn.motcua.shared.DomainException;

/**
 * Fee assessment from a case's fee schedule, free of Spring. The schedule is the list of
 * fees of the procedure case; every line points at one of them. Rules: no fee outside the
 * schedule, each fee at most once; a free fee costs nothing; a scheduled amount is unit ×
 * quantity and can only be changed with a legal reason; an amount the schedule leaves to
 * the province (or does not state) must be given with its legal basis; an exemption must
 * be listed for the fee in the schedule and be justified; the total must be positive.
 */
public final class FeeAssessor {

	static final int MAX_QUANTITY = 10_000;

	static final long MAX_AMOUNT = 1_000_000_000_000L;

	private FeeAssessor() {
	}

	/** Itemised assessment. */
	public static List<LineView> assess(List<Fee> schedule, List<FeeChoice> choices) {
		if (choices.isEmpty()) {
			throw DomainException.invalid("payment.fee.none-chosen", "fees");
		}
		List<LineView> lines = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < choices.size(); i++) {
			FeeChoice choice = choices.get(i);
			String field = "fees[" + i + "]";
			if (choice.feeIndex() < 0 || choice.feeIndex() >= schedule.size()) {
				throw DomainException.unprocessable("payment.fee.not-in-schedule", field + ".feeIndex",
						choice.feeIndex());
			}
			if (!seen.add(choice.feeIndex())) {
				throw DomainException.invalid("payment.fee.twice", field + ".feeIndex", choice.feeIndex());
			}
			lines.add(line(schedule.get(choice.feeIndex()), choice, field));
		}
		return List.copyOf(lines);
	}

	/**
	 * Assessment from a total alone: the schedule's own total when it matches; otherwise
	 * the one chargeable fee set to the total, the reason recorded as legal reason.
	 */
	public static List<LineView> fromTotal(List<Fee> schedule, long amountVnd, String reason) {
		if (amountVnd <= 0 || amountVnd > MAX_AMOUNT) {
			throw DomainException.invalid("payment.fee.amount-invalid", "amountVnd", amountVnd);
		}
		List<Integer> chargeable = new ArrayList<>();
		for (int i = 0; i < schedule.size(); i++) {
			if (schedule.get(i).kind() != Fee.Kind.FREE) {
				chargeable.add(i);
			}
		}
		if (chargeable.isEmpty()) {
			throw DomainException.unprocessable("payment.fee.nothing-to-charge", "amountVnd");
		}
		boolean allScheduled = chargeable.stream().allMatch((i) -> schedule.get(i).kind() == Fee.Kind.AMOUNT);
		if (allScheduled) {
			List<FeeChoice> choices = chargeable.stream().map(FeeChoice::of).toList();
			List<LineView> lines = assess(schedule, choices);
			if (total(lines) == amountVnd) {
				return lines;
			}
		}
		if (chargeable.size() != 1) {
			throw DomainException.unprocessable("payment.fee.itemise", "fees", amountVnd);
		}
		return requirePositive(assess(schedule, List.of(new FeeChoice(chargeable.get(0), 1, amountVnd, null, reason))));
	}

	/**
	 * The schedule as it stands: every fee with a stated amount, once. A schedule that
	 * leaves an amount to the province (or does not state it) needs the amount.
	 */
	public static List<LineView> scheduled(List<Fee> schedule) {
		List<FeeChoice> choices = new ArrayList<>();
		for (int i = 0; i < schedule.size(); i++) {
			Fee.Kind kind = schedule.get(i).kind();
			if (kind == Fee.Kind.SET_BY_PROVINCE || kind == Fee.Kind.NOT_STATED) {
				throw DomainException.invalid("payment.fee.amount-required-total", "amountVnd");
			}
			if (kind == Fee.Kind.AMOUNT) {
				choices.add(FeeChoice.of(i));
			}
		}
		if (choices.isEmpty()) {
			throw DomainException.unprocessable("payment.fee.nothing-to-charge", "amountVnd");
		}
		return requirePositive(assess(schedule, choices));
	}

	public static long total(List<LineView> lines) {
		return lines.stream().mapToLong(LineView::amountVnd).sum();
	}

	private static LineView line(Fee fee, FeeChoice choice, String field) {
		int quantity = (choice.quantity() != null) ? choice.quantity() : 1;
		if (quantity < 1 || quantity > MAX_QUANTITY) {
			throw DomainException.invalid("payment.fee.quantity", field + ".quantity", quantity);
		}
		String legalReason = blankToNull(choice.legalReason());
		if (legalReason != null && legalReason.length() > 2000) {
			throw DomainException.invalid("payment.fee.reason-too-long", field + ".legalReason");
		}
		Long scheduled = (fee.kind() == Fee.Kind.AMOUNT) ? fee.amountVnd()
				: (fee.kind() == Fee.Kind.FREE) ? Long.valueOf(0) : null;
		Long given = choice.unitAmountVnd();
		long unit;
		if (given == null) {
			if (scheduled == null) {
				throw DomainException.invalid("payment.fee.amount-required", field + ".unitAmountVnd");
			}
			unit = scheduled;
		}
		else {
			if (given < 0 || given > MAX_AMOUNT) {
				throw DomainException.invalid("payment.fee.amount-invalid", field + ".unitAmountVnd", given);
			}
			if (fee.kind() == Fee.Kind.FREE && given != 0) {
				throw DomainException.unprocessable("payment.fee.free", field + ".unitAmountVnd");
			}
			if ((scheduled == null || given.longValue() != scheduled) && legalReason == null) {
				throw DomainException.invalid("payment.fee.reason-required", field + ".legalReason");
			}
			unit = given;
		}
		String exemption = null;
		long amount = Math.multiplyExact(unit, (long) quantity);
		if (choice.exemption() != null && !choice.exemption().isBlank()) {
			ExemptionGround ground = ExemptionGround.of(choice.exemption())
				.orElseThrow(() -> DomainException.invalid("payment.fee.exemption-unknown", field + ".exemption",
						choice.exemption()));
			if (fee.exemptions() == null || !ground.listedIn(fee.exemptions())) {
				throw DomainException.unprocessable("payment.fee.exemption-not-in-schedule", field + ".exemption",
						ground.name());
			}
			if (legalReason == null) {
				throw DomainException.invalid("payment.fee.reason-required", field + ".legalReason");
			}
			exemption = ground.name();
			amount = 0;
		}
		if (amount > MAX_AMOUNT) {
			throw DomainException.invalid("payment.fee.amount-invalid", field + ".quantity", amount);
		}
		return new LineView(choice.feeIndex(), fee.kind().name(), fee.description(), quantity, scheduled, unit, amount,
				exemption, legalReason);
	}

	/**
	 * The lines, if they leave something to pay: a payable of nothing is never opened (a
	 * fully exempt applicant pays nothing and needs no payment step).
	 */
	public static List<LineView> requirePositive(List<LineView> lines) {
		if (total(lines) <= 0) {
			throw DomainException.unprocessable("payment.fee.nothing-to-charge", "fees");
		}
		return lines;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
