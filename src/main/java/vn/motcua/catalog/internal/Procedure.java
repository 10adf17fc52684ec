package vn.motcua.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.shared.DomainException;

/**
 * The versioned procedure aggregate. Editing a draft changes the draft; editing a
 * published procedure starts a new draft version; publishing a draft withdraws the
 * version published before it. Versions once published are never changed, so a dossier
 * keeps the version it was received under.
 */
final class Procedure {

	private final String code;

	private final List<ProcedureRecord> versions;

	private final List<ProcedureRecord> changed = new ArrayList<>();

	Procedure(String code, List<ProcedureRecord> versions) {
		this.code = code;
		this.versions = new ArrayList<>(versions);
	}

	static Procedure draft(ProcedureDetails details) {
		Procedure procedure = new Procedure(details.code(), List.of());
		procedure.edit(details);
		return procedure;
	}

	String code() {
		return this.code;
	}

	List<ProcedureRecord> versions() {
		return List.copyOf(this.versions);
	}

	/** The versions changed since loading, to be saved. */
	List<ProcedureRecord> changed() {
		return List.copyOf(this.changed);
	}

	Optional<ProcedureRecord> published() {
		return this.versions.stream().filter((v) -> v.status() == ProcedureStatus.PUBLISHED).findFirst();
	}

	Optional<ProcedureRecord> draft() {
		return this.versions.stream().filter((v) -> v.status() == ProcedureStatus.DRAFT).findFirst();
	}

	void edit(ProcedureDetails details) {
		if (!details.code().equals(this.code)) {
			throw DomainException.invalid("procedure.code.changed", "code", details.code());
		}
		Optional<ProcedureRecord> draft = draft();
		if (draft.isPresent()) {
			replace(new ProcedureRecord(this.code, draft.get().version(), ProcedureStatus.DRAFT, details));
		}
		else {
			int next = this.versions.stream().mapToInt(ProcedureRecord::version).max().orElse(0) + 1;
			add(new ProcedureRecord(this.code, next, ProcedureStatus.DRAFT, details));
		}
	}

	void publish() {
		ProcedureRecord draft = draft()
			.orElseThrow(() -> DomainException.conflict("procedure.no-draft", null, this.code));
		published().ifPresent((old) -> replace(withStatus(old, ProcedureStatus.WITHDRAWN)));
		replace(withStatus(draft, ProcedureStatus.PUBLISHED));
	}

	void withdraw() {
		ProcedureRecord published = published()
			.orElseThrow(() -> DomainException.conflict("procedure.not-published", null, this.code));
		replace(withStatus(published, ProcedureStatus.WITHDRAWN));
	}

	private static ProcedureRecord withStatus(ProcedureRecord record, ProcedureStatus status) {
		return new ProcedureRecord(record.code(), record.version(), status, record.details());
	}

	private void add(ProcedureRecord record) {
		this.versions.add(record);
		this.changed.add(record);
	}

	private void replace(ProcedureRecord record) {
		for (int i = 0; i < this.versions.size(); i++) {
			if (this.versions.get(i).version() == record.version()) {
				this.versions.set(i, record);
			}
		}
		this.changed.removeIf((r) -> r.version() == record.version());
		this.changed.add(record);
	}

}
