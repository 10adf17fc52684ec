package vn.motcua.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.ProcedureChanged;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedurePage;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.Procedures;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyView;
import vn.motcua.shared.DomainException;

/** Reading and writing the catalog: search, versions, drafting and publishing. */
@Service
public class ProcedureCatalog implements Procedures {

	static final int MAX_PAGE_SIZE = 100;

	/**
	 * Procedures citizens ask for most (birth, marriage, death, residence, construction
	 * permit, first land certificate, criminal record), shown on the home page when
	 * published.
	 */
	static final List<String> FEATURED = List.of("1.001193", "1.000894", "1.000656", "1.004222", "1.004194", "1.013225",
			"1.013978", "3.000333");

	private final ProcedureStore store;

	private final Agencies agencies;

	private final ApplicationEventPublisher events;

	ProcedureCatalog(ProcedureStore store, Agencies agencies, ApplicationEventPublisher events) {
		this.store = store;
		this.agencies = agencies;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public ProcedurePage search(ProcedureQuery query, int page, int size) {
		if (page < 0) {
			throw DomainException.invalid("procedure.search.page", "page", page);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw DomainException.invalid("procedure.search.size", "size", size, MAX_PAGE_SIZE);
		}
		String text = blankToNull(query.text());
		if (text != null && text.length() > 200) {
			throw DomainException.invalid("procedure.search.text-too-long", "q", 200);
		}
		String agencyCode = blankToNull(query.agencyCode());
		List<String> agencyLevels = List.of();
		if (agencyCode != null) {
			agencyCode = agencyCode.toUpperCase(Locale.ROOT);
			AgencyView agency = this.agencies.findByCode(agencyCode)
				.orElseThrow(() -> DomainException.invalid("agency.unknown", "agency", query.agencyCode()));
			agencyLevels = List.of(agency.level().name());
		}
		return this.store.search(text, blankToNull(query.field()), query.level(), agencyLevels, agencyCode,
				query.onlineMode(), page, size);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProcedureRecord> findPublished(String code) {
		return this.store.findPublished(code);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProcedureRecord> find(String code, int version) {
		return this.store.find(code, version);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> fields() {
		return this.store.fields();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProcedureSummary> featured(int count) {
		List<ProcedureSummary> featured = new ArrayList<>();
		for (String code : FEATURED) {
			if (featured.size() < count) {
				this.store.search(code, null, null, List.of(), null, null, 0, 1)
					.items()
					.stream()
					.filter((summary) -> summary.code().equals(code))
					.forEach(featured::add);
			}
		}
		return featured;
	}

	/**
	 * Saves the details as the draft of their procedure (a new version if it was
	 * published).
	 */
	@Transactional
	public ProcedureRecord saveDraft(ProcedureDetails details, String actor) {
		Procedure procedure = this.store.load(details.code()).orElse(null);
		if (procedure == null) {
			procedure = Procedure.draft(details);
		}
		else {
			procedure.edit(details);
		}
		this.store.save(procedure);
		ProcedureRecord draft = procedure.draft().orElseThrow();
		announce(draft, ProcedureChanged.Change.DRAFTED, actor);
		return draft;
	}

	@Transactional
	public ProcedureRecord publish(String code, String actor) {
		Procedure procedure = this.store.load(code)
			.orElseThrow(() -> DomainException.notFound("procedure.unknown", code));
		procedure.publish();
		this.store.save(procedure);
		ProcedureRecord published = procedure.published().orElseThrow();
		announce(published, ProcedureChanged.Change.PUBLISHED, actor);
		return published;
	}

	@Transactional
	public void withdraw(String code, String actor) {
		Procedure procedure = this.store.load(code)
			.orElseThrow(() -> DomainException.notFound("procedure.unknown", code));
		ProcedureRecord published = procedure.published().orElse(null);
		procedure.withdraw();
		this.store.save(procedure);
		if (published != null) {
			announce(published, ProcedureChanged.Change.WITHDRAWN, actor);
		}
	}

	private void announce(ProcedureRecord record, ProcedureChanged.Change change, String actor) {
		this.events.publishEvent(
				new ProcedureChanged(record.code(), record.version(), change, actor, record.details().name()));
	}

	/** Every procedure with its latest version, for administrators. */
	@Transactional(readOnly = true)
	public List<ProcedureVersionRow> latestVersions() {
		return this.store.latestVersions();
	}

	/** The version an administrator edits: the draft if there is one, else the latest. */
	@Transactional(readOnly = true)
	public ProcedureRecord editable(String code) {
		Procedure procedure = this.store.load(code)
			.orElseThrow(() -> DomainException.notFound("procedure.unknown", code));
		return procedure.draft().orElseGet(() -> procedure.versions().get(procedure.versions().size() - 1));
	}

	boolean exists(String code) {
		return this.store.load(code).isPresent();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
