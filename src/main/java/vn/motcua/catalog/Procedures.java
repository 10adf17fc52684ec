package vn.motcua.catalog;

import java.util.List;
import java.util.Optional;

/** The catalog as other modules and the web layer read it. */
public interface Procedures {

	/** Published procedures matching the query, best first. */
	ProcedurePage search(ProcedureQuery query, int page, int size);

	/** The published version of a procedure. */
	Optional<ProcedureRecord> findPublished(String code);

	/** A given version, whatever its status: what a dossier was received under. */
	Optional<ProcedureRecord> find(String code, int version);

	/** The fields (lĩnh vực) of published procedures, sorted. */
	List<String> fields();

	/** A few published procedures to show on the home page. */
	List<ProcedureSummary> featured(int count);

}
