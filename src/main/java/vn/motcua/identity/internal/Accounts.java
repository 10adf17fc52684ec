package vn.motcua.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The accounts. */
interface Accounts extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	Optional<Account> findByEmail(String email);

	Optional<Account> findByPhone(String phone);

	boolean existsByUsername(String username);

	boolean existsByEmail(String email);

	boolean existsByPhone(String phone);

	boolean existsByPersonalId(String personalId);

	List<Account> findByAgencyCodeOrderByUsername(String agencyCode);

}
