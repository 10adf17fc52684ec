package vn.motcua.identity.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.Role;
import vn.motcua.identity.StaffPrincipal;

/**
 * Test data builders: accounts with unique names (tests share one database with the demo
 * data and with each other), created through the real services.
 */
final class TestAccounts {

	static final String PASSWORD = "Secret2026x";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final StaffAccounts staff;

	private final CitizenRegistration citizens;

	private final AccountDirectory directory;

	TestAccounts(StaffAccounts staff, CitizenRegistration citizens, AccountDirectory directory) {
		this.staff = staff;
		this.citizens = citizens;
		this.directory = directory;
	}

	/** A name no other test uses, lower case letters and digits. */
	static String unique(String prefix) {
		return prefix + COUNTER.incrementAndGet() + "x"
				+ Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
	}

	/** A mobile number no other test uses. */
	static String uniquePhone() {
		return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/**
	 * A client address of its own, so that the per-address throttle of one test does not
	 * affect others.
	 */
	static RequestPostProcessor fromAddress(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static RequestPostProcessor fromUniqueAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return fromAddress("10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255));
	}

	StaffPrincipal staff(String agencyCode, boolean includesSubAgencies, Role... roles) {
		Set<Role> set = EnumSet.noneOf(Role.class);
		set.addAll(Set.of(roles));
		String username = this.staff.createAsSystem(agencyCode, new StaffAccounts.NewStaff(unique("staff"),
				"Cán bộ Thử nghiệm", null, null, PASSWORD, set, includesSubAgencies));
		return (StaffPrincipal) this.directory.loadUserByUsername(username);
	}

	CitizenPrincipal citizen() {
		String username = this.citizens.register(new CitizenRegistration.Registration("Công dân Thử nghiệm",
				uniquePhone(), null, PASSWORD, null, null, null));
		return (CitizenPrincipal) this.directory.loadUserByUsername(username);
	}

}
