package vn.motcua.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.motcua.organization.AgencyLevel;

/** The stored agencies. */
interface AgencyStore extends JpaRepository<Agency, Long> {

	Optional<Agency> findByCode(String code);

	boolean existsByCode(String code);

	List<Agency> findByParentCode(String parentCode);

	List<Agency> findByLevel(AgencyLevel level);

}
