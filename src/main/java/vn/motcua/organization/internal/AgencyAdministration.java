package vn.motcua.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.shared.AgencyScoped;
import vn.motcua.shared.DomainException;

/**
 * Managing agencies: the organization pages' reads, and an administrator's changes within
 * their scope. Every change is checked by the {@link Agency} aggregate and saved whole or
 * not at all.
 */
@Service
@Transactional(readOnly = true)
public class AgencyAdministration {

	private final AgencyStore store;

	private final Agencies agencies;

	private final Clock clock;

	AgencyAdministration(AgencyStore store, Agencies agencies, Clock clock) {
		this.store = store;
		this.agencies = agencies;
		this.clock = clock;
	}

	/**
	 * The signed-in user's scope: their agency and, if their role reaches that far, every
	 * agency below it. A user without an agency scope manages nothing.
	 */
	public AdminScope currentScope() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Object principal = (authentication != null) ? authentication.getPrincipal() : null;
		String actor = CurrentActor.name();
		if (principal instanceof AgencyScoped scoped) {
			Set<String> codes = scoped.includesSubAgencies() ? this.agencies.withDescendants(scoped.agencyCode())
					: (this.store.existsByCode(scoped.agencyCode()) ? Set.of(scoped.agencyCode()) : Set.of());
			return new AdminScope(actor, codes);
		}
		return new AdminScope(actor, Set.of());
	}

	/** Every agency, in force or not, parents before children. */
	public List<AgencyDetails> directory() {
		List<Agency> every = this.store.findAll();
		return details(every, new Hierarchy(every).order(every));
	}

	/** The agencies within the scope, in force or not, parents before children. */
	public List<AgencyDetails> inScope(AdminScope scope) {
		List<Agency> every = this.store.findAll();
		List<Agency> reachable = every.stream().filter((agency) -> scope.includes(agency.code())).toList();
		return details(every, new Hierarchy(every).order(reachable));
	}

	/** The agencies within the scope under which a new agency may be registered. */
	public List<AgencyDetails> possibleParents(AdminScope scope) {
		LocalDate today = today();
		return inScope(scope).stream()
			.filter((agency) -> agency.active() && (agency.validTo() == null || !agency.validTo().isBefore(today)))
			.filter((agency) -> agency.level() == AgencyLevel.PROVINCE || agency.level() == AgencyLevel.DISTRICT)
			.toList();
	}

	/**
	 * @throws DomainException {@code agency.unknown} if there is no agency with that code
	 */
	public AgencyDetails details(String code) {
		Agency agency = find(code);
		Agency parent = (agency.parentCode() != null) ? this.store.findByCode(agency.parentCode()).orElse(null) : null;
		return details(agency, parent, today());
	}

	/**
	 * Registers a new agency under a parent within the scope.
	 * @return the new agency's code
	 */
	@Transactional
	public String register(AgencyDraft draft, AdminScope scope) {
		if (draft.level() == AgencyLevel.PROVINCE) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "agency.level.notAllowed", "level");
		}
		String parentCode = AgencyRules.text(draft.parentCode());
		if (parentCode != null && !scope.includes(parentCode.toUpperCase(Locale.ROOT))) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "agency.parent.outOfScope", "parentCode",
					parentCode);
		}
		Agency agency = Agency.register(draft, this.store::findByCode, scope.actor());
		return save(agency).code();
	}

	/** Changes an agency within the scope. */
	@Transactional
	public void revise(String code, AgencyRevision revision, AdminScope scope) {
		Agency agency = findInScope(code, scope);
		Agency parent = (agency.parentCode() != null) ? this.store.findByCode(agency.parentCode()).orElse(null) : null;
		agency.revise(revision, parent, scope.actor());
		save(agency);
	}

	/**
	 * Takes an agency within the scope out of service; refused while agencies below it
	 * are still in force.
	 */
	@Transactional
	public void deactivate(String code, AdminScope scope) {
		Agency agency = findInScope(code, scope);
		LocalDate today = today();
		long childrenInForce = this.store.findByParentCode(agency.code())
			.stream()
			.filter((child) -> child.inForceOn(today))
			.count();
		if (childrenInForce > 0) {
			throw DomainException.conflict("agency.children.inForce", null, agency.code(), childrenInForce);
		}
		agency.deactivate(scope.actor());
		save(agency);
	}

	private Agency save(Agency agency) {
		try {
			return this.store.saveAndFlush(agency);
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains("organization_agency_code_uk")) {
				// a concurrent registration of the same code won the race
				throw DomainException.conflict("agency.duplicate", "code", agency.code());
			}
			throw ex;
		}
	}

	private Agency find(String code) {
		return this.store.findByCode(code.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> DomainException.notFound("agency.unknown", code));
	}

	private Agency findInScope(String code, AdminScope scope) {
		Agency agency = find(code);
		if (!scope.includes(agency.code())) {
			throw DomainException.forbidden("agency.outOfScope");
		}
		return agency;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private List<AgencyDetails> details(List<Agency> every, List<Agency> selected) {
		Map<String, Agency> byCode = every.stream().collect(Collectors.toMap(Agency::code, Function.identity()));
		LocalDate today = today();
		return selected.stream()
			.map((agency) -> details(agency, (agency.parentCode() != null) ? byCode.get(agency.parentCode()) : null,
					today))
			.toList();
	}

	private static AgencyDetails details(Agency agency, @Nullable Agency parent, LocalDate today) {
		return new AgencyDetails(agency.code(), agency.name(), agency.englishName(), agency.level(), agency.unitType(),
				agency.parentCode(), (parent != null) ? parent.name() : null, agency.validFrom(), agency.validTo(),
				agency.isActive(), agency.inForceOn(today), agency.dossierIdentifier(), agency.deskDetails(),
				agency.note());
	}

}
