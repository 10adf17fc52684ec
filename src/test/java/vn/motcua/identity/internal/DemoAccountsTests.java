package vn.motcua.identity.internal;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.organization.Agencies;

import static org.assertj.core.api.Assertions.assertThat;

// same context configuration as the other integration tests, so that it is reused
@SpringBootTest
@AutoConfigureMockMvc
class DemoAccountsTests {

	@Autowired
	DemoAccounts demo;

	@Autowired
	AccountDirectory directory;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsEveryDemoAccountWithTheDemoPassword() {
		for (DemoAccounts.DemoStaff staff : DemoAccounts.STAFF) {
			StaffPrincipal principal = (StaffPrincipal) this.directory.loadUserByUsername(staff.username());
			assertThat(principal.agencyCode()).as(staff.username()).isEqualTo(staff.agencyCode());
			assertThat(principal.roles()).as(staff.username()).containsExactly(staff.role());
			assertThat(principal.includesSubAgencies()).as(staff.username()).isEqualTo(staff.includesSubAgencies());
			assertThat(this.passwords.matches("MotCua@2026", principal.getPassword())).as(staff.username()).isTrue();
		}
		for (DemoAccounts.DemoCitizen citizen : DemoAccounts.CITIZENS) {
			assertThat(this.passwords.matches("MotCua@2026",
					this.directory.loadUserByUsername(citizen.username()).getPassword()))
				.as(citizen.username())
				.isTrue();
		}
	}

	@Test
	void coversEveryRoleAndEveryKindOfAgency() {
		assertThat(DemoAccounts.STAFF.stream().map(DemoAccounts.DemoStaff::role))
			.containsAll(java.util.List.of(Role.values()));
		Map<AgencyLevel, Long> levels = DemoAccounts.STAFF.stream()
			.map((staff) -> this.agencies.findByCode(staff.agencyCode()).orElseThrow().level())
			.collect(Collectors.groupingBy((level) -> level, Collectors.counting()));
		assertThat(levels).containsKeys(AgencyLevel.PROVINCE, AgencyLevel.SERVICE_CENTRE, AgencyLevel.DEPARTMENT,
				AgencyLevel.COMMUNE);
	}

	@Test
	void runsAgainWithoutCreatingAnything() throws Exception {
		long before = this.jdbc.sql("SELECT count(*) FROM identity_account").query(Long.class).single();

		this.demo.run(null);

		assertThat(this.jdbc.sql("SELECT count(*) FROM identity_account").query(Long.class).single()).isEqualTo(before);
	}

}
