package vn.motcua.organization.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import vn.motcua.organization.AgencyChanged;
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
		return known(code).map(Known::view);
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

	/**
	 * The agency and everything below it. Asked on every scope check of every dossier
	 * action, so remembered: forgotten on this node when an agency changes, and after
	 * {@link #TREE_TTL} at most when another node changed it.
	 */
	@Override
	public Set<String> withDescendants(String code) {
		Instant now = this.clock.instant();
		Subtree known = this.subtrees.get(code);
		if (known != null && known.loadedAt().plus(TREE_TTL).isAfter(now)) {
			return known.codes();
		}
		List<String> codes = this.jdbc.sql("""
				WITH RECURSIVE tree(code) AS (
					SELECT code FROM organization_agency WHERE code = :code
					UNION
					SELECT child.code FROM organization_agency child JOIN tree ON child.parent_code = tree.code
				)
				SELECT code FROM tree
				""").param("code", code).query(String.class).list();
		Set<String> subtree = Collections.unmodifiableSet(new LinkedHashSet<>(codes));
		this.subtrees.put(code, new Subtree(subtree, now));
		return subtree;
	}

	static final Duration TREE_TTL = Duration.ofSeconds(30);

	private final Map<String, Subtree> subtrees = new ConcurrentHashMap<>();

	@EventListener
	void forget(AgencyChanged changed) {
		this.subtrees.clear();
		this.agencies.clear();
	}

	private record Subtree(Set<String> codes, Instant loadedAt) {
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
		return known(code).map(Known::dossierIdentifier);
	}

	/**
	 * The agency as other modules ask for it, several times in every dossier action
	 * (working hours, dossier code, names): remembered like {@link #withDescendants}.
	 * Only agencies that exist are remembered, so a new one is found at once everywhere.
	 */
	private Optional<Known> known(String code) {
		Instant now = this.clock.instant();
		Known known = this.agencies.get(code);
		if (known != null && known.loadedAt().plus(TREE_TTL).isAfter(now)) {
			return Optional.of(known);
		}
		Optional<Known> loaded = this.store.findByCode(code)
			.map((agency) -> new Known(agency.toView(), agency.dossierIdentifier(), now));
		loaded.ifPresent((found) -> {
			if (this.agencies.size() > 10_000) {
				this.agencies.clear();
			}
			this.agencies.put(code, found);
		});
		return loaded;
	}

	private final Map<String, Known> agencies = new ConcurrentHashMap<>();

	private record Known(AgencyView view, @Nullable String dossierIdentifier, Instant loadedAt) {
	}

}
