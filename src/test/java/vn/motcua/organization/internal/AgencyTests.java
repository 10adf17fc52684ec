package vn.motcua.organization.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.organization.AgencyChanged;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.motcua.organization.internal.AgencyDrafts.JULY_2025;
import static vn.motcua.organization.internal.AgencyDrafts.commune;
import static vn.motcua.organization.internal.AgencyDrafts.department;
import static vn.motcua.organization.internal.AgencyDrafts.district;
import static vn.motcua.organization.internal.AgencyDrafts.province;

/** The rules the Agency aggregate enforces on itself, without Spring or a database. */
class AgencyTests {

	private AgencyDrafts.Registered registered;

	private Agency province;

	@BeforeEach
	void registerAProvince() {
		this.registered = new AgencyDrafts.Registered();
		this.province = this.registered.add(province("22"));
	}

	@Test
	void registersACommuneUnderTheProvinceAndRecordsWhoDidIt() {
		Agency commune = Agency.register(commune("06652", "22"), this.registered, "admin");

		assertThat(commune.code()).isEqualTo("06652");
		assertThat(commune.level()).isEqualTo(AgencyLevel.COMMUNE);
		assertThat(commune.parentCode()).isEqualTo("22");
		assertThat(commune.isActive()).isTrue();
		assertThat(commune.deskView()).hasValueSatisfying((desk) -> {
			assertThat(desk.name()).isEqualTo("Bộ phận Một cửa xã Thử Nghiệm");
			assertThat(desk.hotline()).isEqualTo("0203 123 456");
		});
		assertThat(commune.pendingEvents()).singleElement().isInstanceOfSatisfying(AgencyChanged.class, (event) -> {
			assertThat(event.change()).isEqualTo(AgencyChanged.Change.CREATED);
			assertThat(event.auditAction()).isEqualTo("agency.created");
			assertThat(event.auditSubject()).isEqualTo("agency:06652");
			assertThat(event.auditActor()).isEqualTo("admin");
			assertThat(event.auditDetails()).contains("06652").contains("COMMUNE");
		});
	}

	@Test
	void storesNamesInUnicodeNfcTrimmedAndWithSingleSpaces() {
		String decomposed = Normalizer.normalize("  Phường   Hiệp Hoà ", Normalizer.Form.NFD);
		AgencyDraft draft = commune("07147", "22");
		Agency commune = Agency.register(
				new AgencyDraft(draft.code(), decomposed, draft.englishName(), draft.level(), draft.unitType(),
						draft.parentCode(), draft.validFrom(), draft.validTo(), null, draft.desk(), null),
				this.registered, "admin");

		assertThat(commune.name()).isEqualTo("Phường Hiệp Hoà")
			.isEqualTo(Normalizer.normalize(commune.name(), Normalizer.Form.NFC));
	}

	@ParameterizedTest(name = "{0} code \"{1}\"")
	@CsvSource({ "COMMUNE, 6652", "COMMUNE, 066520", "COMMUNE, 0665A", "DISTRICT, 19", "DISTRICT, 1933",
			"DEPARTMENT, SNV", "DEPARTMENT, 22-SNV", "DEPARTMENT, 22.", "DEPARTMENT, 22.S", "DEPARTMENT, 22.1SNV",
			"SERVICE_CENTRE, 22.TT PV", "PROVINCE, 2", "PROVINCE, 221" })
	void refusesACodeThatDoesNotFitTheLevel(AgencyLevel level, String code) {
		AgencyDraft draft = switch (level) {
			case COMMUNE -> commune(code, "22");
			case DISTRICT -> district(code, "22", LocalDate.of(2025, 6, 30));
			case DEPARTMENT -> department(code, "22");
			case SERVICE_CENTRE -> new AgencyDraft(code, "Trung tâm", null, level, UnitType.SERVICE_CENTRE, "22", null,
					null, null, DeskDetails.NONE, null);
			case PROVINCE -> province(code);
		};

		assertViolation(() -> Agency.register(draft, this.registered, "admin"), "agency.code.invalid", "code");
	}

	@Test
	void acceptsEachLevelsCodeFormatAndUpperCasesProjectCodes() {
		assertThat(Agency.register(department("22.snv", "22"), this.registered, "admin").code()).isEqualTo("22.SNV");
		assertThat(Agency.register(district("193", "22", LocalDate.of(2025, 6, 30)), this.registered, "admin").code())
			.isEqualTo("193");
		assertThat(Agency.register(province("01"), this.registered, "admin").code()).isEqualTo("01");
	}

	@Test
	void refusesACodeAlreadyRegistered() {
		DomainException violation = assertViolation(() -> Agency.register(province("22"), this.registered, "admin"),
				"agency.duplicate", "code");

		assertThat(violation.kind()).isEqualTo(DomainException.Kind.CONFLICT);
	}

	@Test
	void requiresAnExistingParentAtALevelThatMayHoldTheAgency() {
		assertViolation(() -> Agency.register(commune("06652", "99"), this.registered, "admin"),
				"agency.parent.unknown", "parentCode");
		assertViolation(() -> Agency.register(commune("06652", null), this.registered, "admin"),
				"agency.field.required", "parentCode");
		this.registered.add(department("22.SNV", "22"));
		assertViolation(() -> Agency.register(commune("06652", "22.SNV"), this.registered, "admin"),
				"agency.parent.invalid", "parentCode");
		assertViolation(() -> Agency.register(department("22.STP", "22.SNV"), this.registered, "admin"),
				"agency.parent.invalid", "parentCode");
	}

	@Test
	void aProvinceHasNoParent() {
		AgencyDraft withParent = new AgencyDraft("01", "Thành phố Hà Nội", null, AgencyLevel.PROVINCE,
				UnitType.MUNICIPALITY, "22", null, null, null, DeskDetails.NONE, null);

		assertViolation(() -> Agency.register(withParent, this.registered, "admin"), "agency.parent.notAllowed",
				"parentCode");
	}

	@Test
	void aCommuneMayStillBeRecordedUnderAFormerDistrictWithinItsValidity() {
		this.registered.add(district("193", "22", LocalDate.of(2025, 6, 30)));
		AgencyDraft oldWard = new AgencyDraft("06664", "Phường Hà Tu", null, AgencyLevel.COMMUNE, UnitType.WARD, "193",
				null, LocalDate.of(2025, 6, 30), null, DeskDetails.NONE, null);
		AgencyDraft outlivingItsDistrict = new AgencyDraft("06652", "Phường Hà Phong", null, AgencyLevel.COMMUNE,
				UnitType.WARD, "193", null, null, null, DeskDetails.NONE, null);

		assertThat(Agency.register(oldWard, this.registered, "admin").parentCode()).isEqualTo("193");
		assertViolation(() -> Agency.register(outlivingItsDistrict, this.registered, "admin"),
				"agency.parent.outOfValidity", "parentCode");
	}

	@Test
	void refusesADeactivatedParent() {
		Agency district = this.registered.add(district("193", "22", LocalDate.of(2025, 6, 30)));
		district.deactivate("admin");
		AgencyDraft ward = new AgencyDraft("06664", "Phường Hà Tu", null, AgencyLevel.COMMUNE, UnitType.WARD, "193",
				null, LocalDate.of(2025, 6, 30), null, DeskDetails.NONE, null);

		assertViolation(() -> Agency.register(ward, this.registered, "admin"), "agency.parent.inactive", "parentCode");
	}

	@Test
	void departmentAndCentreCodesStartWithTheirParentsCode() {
		this.registered.add(province("01"));

		assertViolation(() -> Agency.register(department("01.SNV", "22"), this.registered, "admin"),
				"agency.code.prefix", "code");
	}

	@Test
	void theUnitTypeBelongsToTheLevel() {
		AgencyDraft wardAsDepartment = new AgencyDraft("22.SNV", "Sở Nội vụ", null, AgencyLevel.DEPARTMENT,
				UnitType.WARD, "22", null, null, null, DeskDetails.NONE, null);

		assertViolation(() -> Agency.register(wardAsDepartment, this.registered, "admin"), "agency.unitType.invalid",
				"unitType");
	}

	@Test
	void refusesOverLongValuesAndAcceptsTheLongestAllowed() {
		AgencyDraft draft = commune("06652", "22");
		AgencyDraft longest = withName(draft, "X".repeat(AgencyRules.NAME_MAX));
		AgencyDraft tooLong = withName(draft, "X".repeat(AgencyRules.NAME_MAX + 1));

		assertThat(Agency.register(longest, this.registered, "admin").name()).hasSize(200);
		DomainException violation = assertViolation(() -> Agency.register(tooLong, this.registered, "admin"),
				"agency.field.tooLong", "name");
		assertThat(violation.arguments()).containsExactly(200);
	}

	@Test
	void reportsEveryBrokenRuleAtOnce() {
		AgencyDraft draft = new AgencyDraft("abc", " ", "E".repeat(201), AgencyLevel.COMMUNE, UnitType.COMMUNE, "22",
				JULY_2025, LocalDate.of(2025, 1, 1), "mã sai",
				new DeskDetails(null, "A".repeat(301), null, "gọi ngay", "not-an-email", null), "N".repeat(501));

		AgencyInvalid invalid = catchThrowableOfType(AgencyInvalid.class,
				() -> Agency.register(draft, this.registered, "admin"));

		assertThat(invalid.violations()).extracting(DomainException::field)
			.containsExactlyInAnyOrder("code", "name", "englishName", "validTo", "dossierIdentifier", "deskAddress",
					"hotline", "email", "deskName", "note");
		assertThat(invalid.code()).isEqualTo(invalid.violations().get(0).code());
	}

	@Test
	void requiresADeskNameOnceAnyDeskValueIsGiven() {
		AgencyDraft draft = commune("06652", "22");
		AgencyDraft nameless = new AgencyDraft(draft.code(), draft.name(), null, draft.level(), draft.unitType(),
				draft.parentCode(), draft.validFrom(), null, null,
				new DeskDetails(" ", null, null, "0203 3 835 555", null, null), null);

		assertViolation(() -> Agency.register(nameless, this.registered, "admin"), "agency.deskName.required",
				"deskName");
	}

	@ParameterizedTest
	@CsvSource({ "12", "0203-ABC-456", "++84 203", "0203 123 456 789 123 456" })
	void refusesAMalformedHotline(String hotline) {
		assertViolation(() -> Agency.register(withHotline(hotline), this.registered, "admin"), "agency.hotline.invalid",
				"hotline");
	}

	@ParameterizedTest
	@CsvSource({ "1900 1234", "+84 203 3835 555", "(0203) 3.835.555", "0912-345-678" })
	void acceptsUsualHotlineNotations(String hotline) {
		assertThat(Agency.register(withHotline(hotline), this.registered, "admin").deskView())
			.hasValueSatisfying((desk) -> assertThat(desk.hotline()).isEqualTo(hotline));
	}

	@Test
	void theLastDayOfValidityIsIncluded() {
		Agency district = this.registered.add(district("193", "22", LocalDate.of(2025, 6, 30)));

		assertThat(district.inForceOn(LocalDate.of(2025, 6, 30))).isTrue();
		assertThat(district.inForceOn(LocalDate.of(2025, 7, 1))).isFalse();
		Agency commune = this.registered.add(commune("06652", "22"));
		assertThat(commune.inForceOn(LocalDate.of(2025, 6, 30))).isFalse();
		assertThat(commune.inForceOn(JULY_2025)).isTrue();
	}

	@Test
	void refusesAValidityThatEndsBeforeItStarts() {
		AgencyDraft draft = commune("06652", "22");
		AgencyDraft backwards = new AgencyDraft(draft.code(), draft.name(), null, draft.level(), draft.unitType(),
				draft.parentCode(), JULY_2025, JULY_2025.minusDays(1), null, draft.desk(), null);

		assertViolation(() -> Agency.register(backwards, this.registered, "admin"), "agency.validity.invalid",
				"validTo");
	}

	@Test
	void aRevisionChangesNameDeskAndValidityAndIsRecorded() {
		Agency commune = this.registered.add(commune("06652", "22"));

		commune.revise(new AgencyRevision("Phường Hà Tu", "Ha Tu Ward", JULY_2025, null, "06652",
				AgencyDrafts.desk("Bộ phận Một cửa phường Hà Tu"), "đã xác minh"), this.province, "admin");

		assertThat(commune.name()).isEqualTo("Phường Hà Tu");
		assertThat(commune.englishName()).isEqualTo("Ha Tu Ward");
		assertThat(commune.dossierIdentifier()).isEqualTo("06652");
		assertThat(commune.deskDetails().name()).isEqualTo("Bộ phận Một cửa phường Hà Tu");
		assertThat(commune.pendingEvents()).last()
			.isInstanceOfSatisfying(AgencyChanged.class,
					(event) -> assertThat(event.change()).isEqualTo(AgencyChanged.Change.UPDATED));
	}

	@Test
	void aRefusedRevisionChangesNothing() {
		Agency commune = this.registered.add(commune("06652", "22"));
		List<Object> eventsBefore = commune.pendingEvents();

		assertViolation(
				() -> commune.revise(new AgencyRevision("X".repeat(201), null, JULY_2025, null, null,
						AgencyDrafts.desk("Bộ phận mới"), null), this.province, "admin"),
				"agency.field.tooLong", "name");

		assertThat(commune.name()).isEqualTo("Xã Thử Nghiệm");
		assertThat(commune.deskDetails().name()).isEqualTo("Bộ phận Một cửa xã Thử Nghiệm");
		assertThat(commune.pendingEvents()).isEqualTo(eventsBefore);
	}

	@Test
	void aDeactivatedAgencyIsNoLongerInForceAndCannotBeDeactivatedTwice() {
		Agency commune = this.registered.add(commune("06652", "22"));

		commune.deactivate("admin");

		assertThat(commune.inForceOn(LocalDate.of(2026, 1, 1))).isFalse();
		assertThat(commune.pendingEvents()).last().isInstanceOfSatisfying(AgencyChanged.class, (event) -> {
			assertThat(event.change()).isEqualTo(AgencyChanged.Change.DEACTIVATED);
			assertThat(event.auditAction()).isEqualTo("agency.deactivated");
		});
		assertThatThrownBy(() -> commune.deactivate("admin")).isInstanceOf(DomainException.class)
			.extracting("code")
			.isEqualTo("agency.inactive");
	}

	private AgencyDraft withHotline(String hotline) {
		AgencyDraft draft = commune("06652", "22");
		return new AgencyDraft(draft.code(), draft.name(), null, draft.level(), draft.unitType(), draft.parentCode(),
				draft.validFrom(), null, null, new DeskDetails("Bộ phận Một cửa", null, null, hotline, null, null),
				null);
	}

	private static AgencyDraft withName(AgencyDraft draft, String name) {
		return new AgencyDraft(draft.code(), name, draft.englishName(), draft.level(), draft.unitType(),
				draft.parentCode(), draft.validFrom(), draft.validTo(), draft.dossierIdentifier(), draft.desk(),
				draft.note());
	}

	private static DomainException assertViolation(Runnable action, String code, String field) {
		DomainException violation = catchThrowableOfType(DomainException.class, action::run);
		assertThat(violation).as("a DomainException %s on %s", code, field).isNotNull();
		List<DomainException> all = (violation instanceof AgencyInvalid invalid) ? invalid.violations()
				: List.of(violation);
		return all.stream()
			.filter((each) -> code.equals(each.code()) && field.equals(each.field()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("expected " + code + " on " + field + " but got " + all));
	}

}
