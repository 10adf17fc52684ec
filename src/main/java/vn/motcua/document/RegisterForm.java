package vn.motcua.document;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.shared.DomainException;

/**
 * Sổ theo dõi hồ sơ (Mẫu 06 of 2018, Mẫu 07 of 2025) for a period: one line per dossier
 * the one-stop desk received, numbered from 1 for the whole year (Circular 01/2018 Art.
 * 10), printed on A4 landscape. The columns are an INFERENCE from the 2018 template as
 * commonly reproduced (DOMAIN.md §2.2).
 *
 * <p>
 * A book belongs to one form set: a period that crosses 01/07/2025, the day the set
 * changed, is refused ({@code document.form.register.crosses-form-sets}); the header's
 * basis date is the period's first day.
 *
 * @param from the first day of the period
 * @param to the last day of the period (inclusive)
 */
public record RegisterForm(FormHeader header, LocalDate from, LocalDate to, List<RegisterEntry> entries) {

	/** The longest period one book covers: a year. */
	public static final int MAX_DAYS = 366;

	public RegisterForm {
		if (to.isBefore(from)) {
			throw DomainException.invalid("document.form.register.period-reversed", "to");
		}
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw DomainException.invalid("document.form.register.period-too-long", "to");
		}
		if (FormSet.on(from) != FormSet.on(to)) {
			throw DomainException.invalid("document.form.register.crosses-form-sets", "to");
		}
		header = header.withBasisDate(from);
		entries = List.copyOf(entries);
	}

}
