package vn.motcua.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.VietnameseText;

/**
 * The rules an agency's values obey, shared by registration and revision. Each check
 * normalises its value (Unicode NFC, trimmed, blanks become absent) and records what is
 * wrong instead of stopping at the first problem, so that a form can show every message
 * at once.
 */
final class AgencyRules {

	// Column lengths of organization_agency (V202611242000); the database enforces them
	// too.
	static final int CODE_MAX = 20;

	static final int NAME_MAX = 200;

	static final int DOSSIER_IDENTIFIER_MAX = 40;

	static final int DESK_NAME_MAX = 200;

	static final int ADDRESS_MAX = 300;

	static final int OPENING_HOURS_MAX = 200;

	static final int HOTLINE_MAX = 30;

	static final int EMAIL_MAX = 254;

	static final int NOTE_MAX = 500;

	private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");

	private static final Pattern DISTRICT_CODE = Pattern.compile("\\d{3}");

	private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");

	/**
	 * Project-local codes of departments and centres: the province's code, a dot,
	 * letters.
	 */
	private static final Pattern PROJECT_CODE = Pattern.compile("\\d{2}\\.[A-Z][A-Z0-9]{1,15}");

	private static final Pattern HOTLINE = Pattern.compile("\\+?[0-9(][0-9 .()\\-]*[0-9]");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final Pattern DOSSIER_IDENTIFIER = Pattern.compile("[A-Z0-9]+([.\\-][A-Z0-9]+)*");

	private AgencyRules() {
	}

	static Set<AgencyLevel> parentLevelsOf(AgencyLevel level) {
		return switch (level) {
			case PROVINCE -> EnumSet.noneOf(AgencyLevel.class);
			case DEPARTMENT, SERVICE_CENTRE, DISTRICT -> EnumSet.of(AgencyLevel.PROVINCE);
			case COMMUNE -> EnumSet.of(AgencyLevel.PROVINCE, AgencyLevel.DISTRICT);
		};
	}

	/** NFC, trimmed, inner whitespace collapsed; a blank value is absent. */
	static @Nullable String text(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		return VietnameseText.normalize(raw);
	}

	static @Nullable String required(@Nullable String raw, String field, int max, Violations violations) {
		String value = text(raw);
		if (value == null) {
			violations.invalid("agency.field.required", field);
			return null;
		}
		return withinLength(value, field, max, violations);
	}

	static @Nullable String optional(@Nullable String raw, String field, int max, Violations violations) {
		String value = text(raw);
		return (value != null) ? withinLength(value, field, max, violations) : null;
	}

	private static @Nullable String withinLength(String value, String field, int max, Violations violations) {
		if (value.codePointCount(0, value.length()) > max) {
			violations.invalid("agency.field.tooLong", field, max);
			return null;
		}
		return value;
	}

	/**
	 * The code in its canonical form (upper case), checked against the level's format.
	 */
	static @Nullable String code(@Nullable String raw, @Nullable AgencyLevel level, Violations violations) {
		String code = required(raw, "code", CODE_MAX, violations);
		if (code == null) {
			return null;
		}
		String canonical = code.toUpperCase(Locale.ROOT);
		if (level != null && !formatOf(level).matcher(canonical).matches()) {
			// the message quotes the code as typed
			violations.invalid("agency.code.invalid", "code", code);
			return null;
		}
		return canonical;
	}

	private static Pattern formatOf(AgencyLevel level) {
		return switch (level) {
			case PROVINCE -> PROVINCE_CODE;
			case DISTRICT -> DISTRICT_CODE;
			case COMMUNE -> COMMUNE_CODE;
			case DEPARTMENT, SERVICE_CENTRE -> PROJECT_CODE;
		};
	}

	static void unitType(@Nullable AgencyLevel level, @Nullable UnitType unitType, Violations violations) {
		if (level == null) {
			violations.invalid("agency.field.required", "level");
		}
		if (unitType == null) {
			violations.invalid("agency.field.required", "unitType");
		}
		else if (level != null && unitType.level() != level) {
			violations.invalid("agency.unitType.invalid", "unitType");
		}
	}

	/**
	 * The parent exists, sits at a level that may hold this one, is active and in force
	 * over the whole validity of the child. A province has no parent. Department and
	 * centre codes start with their parent's code.
	 */
	static void parent(@Nullable String code, @Nullable AgencyLevel level, @Nullable String parentCode,
			@Nullable Agency parent, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
			Violations violations) {
		if (level == null) {
			return;
		}
		if (level == AgencyLevel.PROVINCE) {
			if (parentCode != null) {
				violations.invalid("agency.parent.notAllowed", "parentCode");
			}
			return;
		}
		if (parentCode == null) {
			violations.invalid("agency.field.required", "parentCode");
			return;
		}
		if (parent == null) {
			violations.invalid("agency.parent.unknown", "parentCode", parentCode);
			return;
		}
		if (!parentLevelsOf(level).contains(parent.level())) {
			violations.invalid("agency.parent.invalid", "parentCode", parentCode);
			return;
		}
		if (!parent.isActive()) {
			violations.invalid("agency.parent.inactive", "parentCode", parentCode);
			return;
		}
		if (!parent.covers(validFrom, validTo)) {
			violations.invalid("agency.parent.outOfValidity", "parentCode", parentCode);
		}
		if (code != null && (level == AgencyLevel.DEPARTMENT || level == AgencyLevel.SERVICE_CENTRE)
				&& !code.startsWith(parent.code() + ".")) {
			violations.invalid("agency.code.prefix", "code", code, parent.code());
		}
	}

	static void validity(@Nullable LocalDate validFrom, @Nullable LocalDate validTo, Violations violations) {
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			violations.invalid("agency.validity.invalid", "validTo");
		}
	}

	static @Nullable String dossierIdentifier(@Nullable String raw, Violations violations) {
		String value = optional(raw, "dossierIdentifier", DOSSIER_IDENTIFIER_MAX, violations);
		if (value == null) {
			return null;
		}
		value = value.toUpperCase(Locale.ROOT);
		if (!DOSSIER_IDENTIFIER.matcher(value).matches()) {
			violations.invalid("agency.dossierIdentifier.invalid", "dossierIdentifier", value);
			return null;
		}
		return value;
	}

	static DeskDetails desk(DeskDetails raw, Violations violations) {
		String name = optional(raw.name(), "deskName", DESK_NAME_MAX, violations);
		String address = optional(raw.address(), "deskAddress", ADDRESS_MAX, violations);
		String hours = optional(raw.openingHours(), "openingHours", OPENING_HOURS_MAX, violations);
		String hotline = optional(raw.hotline(), "hotline", HOTLINE_MAX, violations);
		if (hotline != null && !validHotline(hotline)) {
			violations.invalid("agency.hotline.invalid", "hotline", hotline);
			hotline = null;
		}
		String email = optional(raw.email(), "email", EMAIL_MAX, violations);
		if (email != null && !EMAIL.matcher(email).matches()) {
			violations.invalid("agency.email.invalid", "email", email);
			email = null;
		}
		String feedback = optional(raw.feedbackAddress(), "feedbackAddress", ADDRESS_MAX, violations);
		DeskDetails desk = new DeskDetails(name, address, hours, hotline, email, feedback);
		boolean otherValuesGiven = text(raw.address()) != null || text(raw.openingHours()) != null
				|| text(raw.hotline()) != null || text(raw.email()) != null || text(raw.feedbackAddress()) != null;
		if (name == null && otherValuesGiven && !violations.has("deskName")) {
			violations.invalid("agency.deskName.required", "deskName");
		}
		return desk;
	}

	private static boolean validHotline(String hotline) {
		long digits = hotline.chars().filter(Character::isDigit).count();
		return HOTLINE.matcher(hotline).matches() && digits >= 3 && digits <= 15;
	}

	/** Collects what is wrong with one input. */
	static final class Violations {

		private final List<DomainException> found = new ArrayList<>();

		void invalid(String code, String field, Object... arguments) {
			this.found.add(DomainException.invalid(code, field, arguments));
		}

		void add(DomainException violation) {
			this.found.add(violation);
		}

		boolean has(String field) {
			return this.found.stream().anyMatch((violation) -> field.equals(violation.field()));
		}

		boolean isEmpty() {
			return this.found.isEmpty();
		}

		/** Throws the one violation found, or all of them as an {@link AgencyInvalid}. */
		void throwIfAny() {
			if (this.found.size() == 1) {
				throw this.found.get(0);
			}
			if (!this.found.isEmpty()) {
				throw new AgencyInvalid(this.found);
			}
		}

	}

}
