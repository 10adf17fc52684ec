package vn.motcua.identity.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agencies;
import vn.motcua.shared.DomainException;

/**
 * The demo accounts (docs/demo-accounts.md), all with the password {@value #PASSWORD}.
 * Only in demo mode: outside it nothing creates an account with a known password.
 * Idempotent (existing usernames are kept as they are) and skips accounts whose agency
 * does not exist, so it runs safely on every start and in every test context; ordered
 * after the demo agencies.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "MotCua@2026";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	record DemoStaff(String username, String fullName, String agencyCode, boolean includesSubAgencies, Role role) {
	}

	record DemoCitizen(String username, String fullName, String email, @Nullable String personalId) {
	}

	static final List<DemoStaff> STAFF = List.of(
			new DemoStaff("admin", "Trần Quốc Hùng", "22", true, Role.SYSTEM_ADMIN),
			new DemoStaff("thanhtra", "Hoàng Văn Bình", "22", true, Role.INSPECTOR),
			new DemoStaff("tiepnhan.tinh", "Nguyễn Thị Lan", "22.TTPVHCC", false, Role.ONE_STOP_OFFICER),
			new DemoStaff("chuyenvien.stp", "Phạm Minh Tuấn", "22.STP", false, Role.SPECIALIST),
			new DemoStaff("truongphong.stp", "Lê Thị Hồng", "22.STP", false, Role.DEPARTMENT_LEADER),
			new DemoStaff("lanhdao.stp", "Đỗ Văn Thành", "22.STP", false, Role.AGENCY_LEADER),
			new DemoStaff("khaosat.snv", "Vũ Thị Mai", "22.SNV", false, Role.SURVEY_MANAGER),
			new DemoStaff("quantri.hatu", "Bùi Đức Long", "06652", false, Role.SYSTEM_ADMIN),
			new DemoStaff("tiepnhan.hatu", "Đặng Thị Thu", "06652", false, Role.ONE_STOP_OFFICER),
			new DemoStaff("chuyenvien.hatu", "Ngô Văn Hải", "06652", false, Role.SPECIALIST),
			new DemoStaff("lanhdao.hatu", "Phan Thị Ngọc", "06652", false, Role.AGENCY_LEADER),
			new DemoStaff("tiepnhan.binhlieu", "Lục Văn Sơn", "06838", false, Role.ONE_STOP_OFFICER));

	/**
	 * congdan: male, born 1985, birth registered in Quảng Ninh (022); congdan2 gave no
	 * number.
	 */
	static final List<DemoCitizen> CITIZENS = List.of(
			new DemoCitizen("congdan", "Nguyễn Văn An", "congdan@motcua.example", "022085001234"),
			new DemoCitizen("congdan2", "Trần Thị Bình", "congdan2@motcua.example", null));

	private final StaffAccounts staff;

	private final CitizenRegistration citizens;

	private final AccountDirectory directory;

	private final Agencies agencies;

	DemoAccounts(StaffAccounts staff, CitizenRegistration citizens, AccountDirectory directory, Agencies agencies) {
		this.staff = staff;
		this.citizens = citizens;
		this.directory = directory;
		this.agencies = agencies;
	}

	@Override
	public void run(ApplicationArguments args) {
		int created = 0;
		for (DemoStaff demo : STAFF) {
			if (this.directory.byUsername(demo.username()).isPresent()) {
				continue;
			}
			if (!this.agencies.exists(demo.agencyCode())) {
				log.warn("Demo account {} skipped: agency {} does not exist", demo.username(), demo.agencyCode());
				continue;
			}
			try {
				Set<Role> roles = EnumSet.of(demo.role());
				this.staff.createAsSystem(demo.agencyCode(),
						new StaffAccounts.NewStaff(demo.username(), demo.fullName(),
								demo.username() + "@motcua.example", null, PASSWORD, roles,
								demo.includesSubAgencies()));
				created++;
			}
			catch (DomainException ex) {
				// created meanwhile by another node or context
				log.debug("Demo account {} not created: {}", demo.username(), ex.getMessage());
			}
		}
		for (DemoCitizen demo : CITIZENS) {
			try {
				if (this.citizens.createDemo(demo.username(), demo.fullName(), demo.email(), demo.personalId(),
						PASSWORD)) {
					created++;
				}
			}
			catch (DataIntegrityViolationException ex) {
				log.debug("Demo account {} not created: {}", demo.username(), ex.getMessage());
			}
		}
		if (created > 0) {
			log.info("Created {} demo accounts (password {})", created, PASSWORD);
		}
	}

}
