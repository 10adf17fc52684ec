package vn.motcua.identity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

class AccountPrincipalTests {

	@Test
	void staffHaveTheStaffAuthorityAndOnePerRole() {
		StaffPrincipal staff = new StaffPrincipal(1, "chuyenvien.stp", "Phạm Minh Tuấn", "{bcrypt}x", true, "22.STP",
				false, EnumSet.of(Role.SPECIALIST, Role.DEPARTMENT_LEADER));

		assertThat(staff.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("STAFF", "ROLE_SPECIALIST", "ROLE_DEPARTMENT_LEADER");
		assertThat(staff.agencyCode()).isEqualTo("22.STP");
		assertThat(staff.includesSubAgencies()).isFalse();
	}

	@Test
	void citizensHaveTheCitizenAuthorityOnly() {
		CitizenPrincipal citizen = new CitizenPrincipal(2, "0912345678", "Nguyễn Văn An", "{bcrypt}x", true);

		assertThat(citizen.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("CITIZEN");
	}

	@Test
	void survivesTheJavaSerialisationOfTheDatabaseSessionWithoutItsPassword() throws Exception {
		StaffPrincipal staff = new StaffPrincipal(1, "admin", "Trần Quốc Hùng", "{bcrypt}secret-hash", true, "22", true,
				EnumSet.of(Role.SYSTEM_ADMIN));
		staff.eraseCredentials();
		SecurityContextImpl context = new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(context);
		}
		Object read;
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			read = in.readObject();
		}

		StaffPrincipal back = (StaffPrincipal) ((SecurityContextImpl) read).getAuthentication().getPrincipal();
		assertThat(back).isEqualTo(staff);
		assertThat(back.agencyCode()).isEqualTo("22");
		assertThat(back.includesSubAgencies()).isTrue();
		assertThat(back.roles()).containsExactly(Role.SYSTEM_ADMIN);
		assertThat(back.getPassword()).isNull();
		assertThat(new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain("secret-hash");
	}

	@Test
	void eventsNeverCarryPasswords() {
		AccountCreated created = new AccountCreated("chuyenvien.stp", AccountKind.STAFF, "22.STP", false,
				java.util.List.of(Role.SPECIALIST), "admin");

		assertThat(created.auditDetails()).isEqualTo("kind=STAFF agency=22.STP subAgencies=false roles=SPECIALIST");
		assertThat(created.auditSubject()).isEqualTo("account:chuyenvien.stp");
		assertThat(created.auditActor()).isEqualTo("admin");
		assertThat(java.util.Arrays.stream(AccountCreated.class.getRecordComponents()).map((c) -> c.getName()))
			.noneMatch((name) -> name.toLowerCase(java.util.Locale.ROOT).contains("password"));
	}

}
