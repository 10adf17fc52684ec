package vn.motcua.organization.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.organization.internal.AgencyDetails;
import vn.motcua.organization.internal.AgencyDraft;
import vn.motcua.organization.internal.AgencyRevision;
import vn.motcua.organization.internal.DeskDetails;
import vn.motcua.organization.internal.UnitType;

/**
 * The agency form as typed: every value is kept as text so that whatever the user entered
 * can be shown again next to its message. Code, level, unit type and parent are read only
 * when registering; an edit ignores them.
 */
record AgencyForm(@Nullable String code, @Nullable String name, @Nullable String englishName, @Nullable String level,
		@Nullable String unitType, @Nullable String parentCode, @Nullable String validFrom, @Nullable String validTo,
		@Nullable String dossierIdentifier, @Nullable String deskName, @Nullable String deskAddress,
		@Nullable String openingHours, @Nullable String hotline, @Nullable String email,
		@Nullable String feedbackAddress, @Nullable String note) {

	static AgencyForm empty() {
		return new AgencyForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null);
	}

	static AgencyForm of(AgencyDetails agency) {
		DeskDetails desk = agency.desk();
		return new AgencyForm(agency.code(), agency.name(), agency.englishName(), agency.level().name(),
				agency.unitType().name(), agency.parentCode(), text(agency.validFrom()), text(agency.validTo()),
				agency.dossierIdentifier(), desk.name(), desk.address(), desk.openingHours(), desk.hotline(),
				desk.email(), desk.feedbackAddress(), agency.note());
	}

	/**
	 * The values to register, or none when some could not be read (reported in errors).
	 */
	@Nullable AgencyDraft toDraft(BindingResult errors) {
		AgencyLevel parsedLevel = parse(this.level, AgencyLevel.class, "level", "agency.level.unknown", errors);
		UnitType parsedType = parse(this.unitType, UnitType.class, "unitType", "agency.unitType.invalid", errors);
		LocalDate from = date(this.validFrom, "validFrom", errors);
		LocalDate to = date(this.validTo, "validTo", errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new AgencyDraft(this.code, this.name, this.englishName, parsedLevel, parsedType, this.parentCode, from,
				to, this.dossierIdentifier, desk(), this.note);
	}

	/** The values to change, or none when some could not be read (reported in errors). */
	@Nullable AgencyRevision toRevision(BindingResult errors) {
		LocalDate from = date(this.validFrom, "validFrom", errors);
		LocalDate to = date(this.validTo, "validTo", errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new AgencyRevision(this.name, this.englishName, from, to, this.dossierIdentifier, desk(), this.note);
	}

	private DeskDetails desk() {
		return new DeskDetails(this.deskName, this.deskAddress, this.openingHours, this.hotline, this.email,
				this.feedbackAddress);
	}

	private static <E extends Enum<E>> @Nullable E parse(@Nullable String value, Class<E> type, String field,
			String code, BindingResult errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, "error." + code, new Object[] { value }, code);
			return null;
		}
	}

	private static @Nullable LocalDate date(@Nullable String value, String field, BindingResult errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "error.agency.date.invalid", new Object[] { value }, "agency.date.invalid");
			return null;
		}
	}

	private static @Nullable String text(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

}
