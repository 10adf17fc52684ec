package vn.motcua.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OneStopDeskView;

/** The organization module's answers to other modules' questions about agencies. */
@Service
@Transactional(readOnly = true)
class AgencyDirectory implements Agencies {

	private final AgencyStore store;

	private final JdbcClient jdbc;

	private final Clock clock;

	AgencyDirectory(AgencyStore store, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<AgencyView> findByCode(String code) {
		return this.store.findByCode(code).map(Agency::toView);
	}

	@Override
	public boolean exists(String code) {
		return this.store.existsByCode(code);
	}

	@Override
	public List<AgencyView> all() {
		LocalDate today = LocalDate.now(this.clock);
		List<Agency> every = this.store.findAll();
		List<Agency> inForce = every.stream().filter((agency) -> agency.inForceOn(today)).toList();
		return new Hierarchy(every).order(inForce).stream().map(Agency::toView).toList();
	}

	@Override
	public Set<String> withDescendants(String code) {
		List<String> codes = this.jdbc.sql("""
				WITH RECURSIVE tree(code) AS (
					SELECT code FROM organization_agency WHERE code = :code
					UNION
					SELECT child.code FROM organization_agency child JOIN tree ON child.parent_code = tree.code
				)
				SELECT code FROM tree
				""").param("code", code).query(String.class).list();
		return new LinkedHashSet<>(codes);
	}

	@Override
	public Optional<OneStopDeskView> deskOf(String code) {
		return this.store.findByCode(code).flatMap(Agency::deskView);
	}

	@Override
	public Optional<OneStopDeskView> mainDesk() {
		LocalDate today = LocalDate.now(this.clock);
		return this.store.findByLevel(AgencyLevel.SERVICE_CENTRE)
			.stream()
			.filter((centre) -> centre.inForceOn(today) && centre.parentCode() != null)
			.filter((centre) -> this.store.findByCode(centre.parentCode())
				.filter((parent) -> parent.level() == AgencyLevel.PROVINCE)
				.isPresent())
			.sorted(Comparator.comparing(Agency::code))
			.map(Agency::deskView)
			.flatMap(Optional::stream)
			.findFirst();
	}

	@Override
	public Optional<String> dossierIdentifierOf(String code) {
		return this.store.findByCode(code).map(Agency::dossierIdentifier);
	}

}
