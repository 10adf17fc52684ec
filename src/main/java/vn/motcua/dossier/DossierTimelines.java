package vn.motcua.dossier;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Dossier facts for statistics, read without touching dossier tables from outside the
 * module: one dossier, all of them as a stream (to rebuild statistics), or those of the
 * historical imports since an instant (imports publish one {@link DossiersImported}, not
 * one event per dossier). No access check: for modules, not for people.
 */
public interface DossierTimelines {

	/** The timeline of a dossier that left the draft stage. */
	Optional<DossierTimeline> find(String code);

	/**
	 * Every dossier that left the draft stage, streamed in the order they were created.
	 */
	void forEach(Consumer<DossierTimeline> consumer);

	/** Dossiers stored by historical imports at or after the instant. */
	void forEachImportedSince(Instant since, Consumer<DossierTimeline> consumer);

}
