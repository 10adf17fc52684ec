package vn.motcua.organization.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;
import vn.motcua.organization.AgencyChanged;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OneStopDeskView;
import vn.motcua.shared.DomainException;

/**
 * An agency (cơ quan, đơn vị): a province, a department, a public administration service
 * centre, a commune-level unit or, for history, a district, with its one-stop desk. It
 * checks its own values (see {@link AgencyRules}) and registers an {@link AgencyChanged}
 * event on every change. Its code, level, unit type and parent never change; an agency
 * that ends is given a last day of validity or deactivated, never deleted.
 */
@Entity
@Table(name = "organization_agency")
class Agency extends AbstractAggregateRoot<Agency> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, updatable = false, length = AgencyRules.CODE_MAX)
	private String code;

	@Column(nullable = false, length = AgencyRules.NAME_MAX)
	private String name;

	@Column(length = AgencyRules.NAME_MAX)
	private @Nullable String englishName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AgencyLevel level;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private UnitType unitType;

	@Column(updatable = false, length = AgencyRules.CODE_MAX)
	private @Nullable String parentCode;

	/** First day in force; absent when it lies before the records begin. */
	private @Nullable LocalDate validFrom;

	/** Last day in force (inclusive); absent while the agency lasts. */
	private @Nullable LocalDate validTo;

	private boolean active;

	@Column(length = AgencyRules.DOSSIER_IDENTIFIER_MAX)
	private @Nullable String dossierIdentifier;

	@Embedded
	private @Nullable OneStopDesk desk;

	@Column(length = AgencyRules.NOTE_MAX)
	private @Nullable String note;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Agency() {
		// for JPA
	}

	private Agency(String code, String name, @Nullable String englishName, AgencyLevel level, UnitType unitType,
			@Nullable String parentCode) {
		this.code = code;
		this.name = name;
		this.englishName = englishName;
		this.level = level;
		this.unitType = unitType;
		this.parentCode = parentCode;
		this.active = true;
	}

	/**
	 * Registers a new agency.
	 * @param draft the values entered
	 * @param existing the agencies already registered, by code: to refuse a duplicate
	 * code and to find the parent
	 * @param actor who registers it
	 * @throws DomainException the first broken rule ({@link AgencyInvalid} with all of
	 * them when there are several)
	 */
	static Agency register(AgencyDraft draft, Function<String, Optional<Agency>> existing, String actor) {
		AgencyRules.Violations violations = new AgencyRules.Violations();
		AgencyLevel level = draft.level();
		String code = AgencyRules.code(draft.code(), level, violations);
		if (code != null && existing.apply(code).isPresent()) {
			violations.add(DomainException.conflict("agency.duplicate", "code", code));
			code = null;
		}
		String name = AgencyRules.required(draft.name(), "name", AgencyRules.NAME_MAX, violations);
		String englishName = AgencyRules.optional(draft.englishName(), "englishName", AgencyRules.NAME_MAX, violations);
		AgencyRules.unitType(level, draft.unitType(), violations);
		String parentCode = AgencyRules.text(draft.parentCode());
		if (parentCode != null) {
			parentCode = parentCode.toUpperCase(Locale.ROOT);
		}
		Agency parent = (parentCode != null) ? existing.apply(parentCode).orElse(null) : null;
		AgencyRules.validity(draft.validFrom(), draft.validTo(), violations);
		AgencyRules.parent(code, level, parentCode, parent, draft.validFrom(), draft.validTo(), violations);
		String dossierIdentifier = AgencyRules.dossierIdentifier(draft.dossierIdentifier(), violations);
		DeskDetails desk = AgencyRules.desk(draft.desk(), violations);
		String note = AgencyRules.optional(draft.note(), "note", AgencyRules.NOTE_MAX, violations);
		violations.throwIfAny();

		Agency agency = new Agency(required(code), required(name), englishName, required(level),
				required(draft.unitType()), parentCode);
		agency.validFrom = draft.validFrom();
		agency.validTo = draft.validTo();
		agency.dossierIdentifier = dossierIdentifier;
		agency.desk = new OneStopDesk(desk);
		agency.note = note;
		agency.registerEvent(new AgencyChanged(agency.code, AgencyChanged.Change.CREATED, actor, agency.summary()));
		return agency;
	}

	/**
	 * Changes the values an administrator may change.
	 * @param revision the new values
	 * @param parent this agency's parent, to check that it still covers the validity
	 * @param actor who changes it
	 */
	void revise(AgencyRevision revision, @Nullable Agency parent, String actor) {
		AgencyRules.Violations violations = new AgencyRules.Violations();
		String name = AgencyRules.required(revision.name(), "name", AgencyRules.NAME_MAX, violations);
		String englishName = AgencyRules.optional(revision.englishName(), "englishName", AgencyRules.NAME_MAX,
				violations);
		AgencyRules.validity(revision.validFrom(), revision.validTo(), violations);
		if (parent != null && !parent.covers(revision.validFrom(), revision.validTo())) {
			violations.invalid("agency.parent.outOfValidity", "validFrom", parent.code());
		}
		String dossierIdentifier = AgencyRules.dossierIdentifier(revision.dossierIdentifier(), violations);
		DeskDetails desk = AgencyRules.desk(revision.desk(), violations);
		String note = AgencyRules.optional(revision.note(), "note", AgencyRules.NOTE_MAX, violations);
		violations.throwIfAny();

		this.name = required(name);
		this.englishName = englishName;
		this.validFrom = revision.validFrom();
		this.validTo = revision.validTo();
		this.dossierIdentifier = dossierIdentifier;
		this.desk = new OneStopDesk(desk);
		this.note = note;
		registerEvent(new AgencyChanged(this.code, AgencyChanged.Change.UPDATED, actor, summary()));
	}

	/**
	 * Takes the agency out of service: it no longer appears among the agencies in force.
	 * Its record stays for history.
	 */
	void deactivate(String actor) {
		if (!this.active) {
			throw DomainException.conflict("agency.inactive", null, this.code);
		}
		this.active = false;
		registerEvent(new AgencyChanged(this.code, AgencyChanged.Change.DEACTIVATED, actor, summary()));
	}

	/** Active, started on or before the day and not ended before it. */
	boolean inForceOn(LocalDate day) {
		return this.active && (this.validFrom == null || !this.validFrom.isAfter(day))
				&& (this.validTo == null || !this.validTo.isBefore(day));
	}

	/** This agency is in force over the whole of the given period. */
	boolean covers(@Nullable LocalDate from, @Nullable LocalDate to) {
		boolean startsInTime = this.validFrom == null || (from != null && !from.isBefore(this.validFrom));
		boolean lastsLongEnough = this.validTo == null || (to != null && !to.isAfter(this.validTo));
		return startsInTime && lastsLongEnough;
	}

	AgencyView toView() {
		return new AgencyView(this.code, this.name, this.level, this.parentCode);
	}

	DeskDetails deskDetails() {
		return (this.desk != null) ? this.desk.details() : DeskDetails.NONE;
	}

	/** The desk as the public sees it; none unless it has at least a name. */
	Optional<OneStopDeskView> deskView() {
		DeskDetails details = deskDetails();
		if (details.name() == null) {
			return Optional.empty();
		}
		return Optional.of(new OneStopDeskView(this.code, details.name(), details.address(), details.openingHours(),
				details.hotline(), details.email(), details.feedbackAddress()));
	}

	/** The events registered and not yet published (they are published when saved). */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	private String summary() {
		return "code=" + this.code + "; name=" + this.name + "; level=" + this.level + "; unitType=" + this.unitType
				+ "; parent=" + this.parentCode + "; validFrom=" + this.validFrom + "; validTo=" + this.validTo
				+ "; active=" + this.active + "; dossierIdentifier=" + this.dossierIdentifier + "; desk="
				+ deskDetails().name();
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("checked above");
		}
		return value;
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	@Nullable String englishName() {
		return this.englishName;
	}

	AgencyLevel level() {
		return this.level;
	}

	UnitType unitType() {
		return this.unitType;
	}

	@Nullable String parentCode() {
		return this.parentCode;
	}

	@Nullable LocalDate validFrom() {
		return this.validFrom;
	}

	@Nullable LocalDate validTo() {
		return this.validTo;
	}

	boolean isActive() {
		return this.active;
	}

	@Nullable String dossierIdentifier() {
		return this.dossierIdentifier;
	}

	@Nullable String note() {
		return this.note;
	}

}
