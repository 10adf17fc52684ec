package vn.motcua.dossier;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Dossiers as the web layer and other modules use them. Every method checks who acts:
 * refusals are {@link vn.motcua.shared.DomainException}s with a code saying why.
 */
public interface Dossiers {

	/**
	 * A citizen's online submission (status 1). With an idempotency key, a retry with the
	 * same body returns the dossier created the first time; a different body with the
	 * same key is refused ({@code dossier.idempotency.mismatch}).
	 */
	Submitted submit(Submission submission, Actor citizen, @Nullable String idempotencyKey);

	/**
	 * An officer enters a dossier handed in at the counter or by post, and receives it at
	 * once (status 2, clock started, appointment set).
	 */
	DossierView register(Submission submission, Channel channel, Actor officer);

	/** Saves a citizen's draft (status 0), new when {@code draftId} is null; its id. */
	long saveDraft(@Nullable Long draftId, Submission submission, Actor citizen);

	/** A citizen's draft, to continue it. */
	Submission draft(long draftId, Actor citizen);

	/** Sends a saved draft: as {@link #submit} without a key. */
	DossierView submitDraft(long draftId, Actor citizen);

	/** Deletes a draft. */
	void deleteDraft(long draftId, Actor citizen);

	/** Performs an action; the dossier as it is afterwards. */
	DossierView act(String code, DossierAction action, ActionInput input, Actor actor);

	/** The dossier, if it exists and the actor may see it (refused otherwise). */
	Optional<DossierView> find(String code, Actor actor);

	/**
	 * Public tracking: the dossier if the code exists and the last four digits of the
	 * applicant's phone match; empty otherwise (the same answer for both, so codes cannot
	 * be probed).
	 */
	Optional<TrackingView> track(String code, String phoneLastFour);

	/**
	 * Who is to be told about a submitted dossier, for the modules that send notices; no
	 * actor check: callers are modules reacting to the dossier's own events, never a
	 * request.
	 */
	Optional<DossierContact> contact(String code);

	/** A created (or, for a retry, found) dossier. */
	record Submitted(DossierView dossier, boolean created) {

	}

}
