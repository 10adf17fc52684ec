package vn.motcua.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Deadlines;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTimeline;

/**
 * What statistics keep of one dossier: when it was received (or refused at intake), when
 * it left the administration and how, and the spans of its open life with the appointment
 * in force and whether the clock was paused. Derived from the dossier's timeline by
 * {@link #of}, the one place where the counting rules live:
 * <ul>
 * <li>a dossier counts as received when the clock started; refused dossiers (status 3)
 * were never received and count only as refused;</li>
 * <li>it leaves when its result is ready (resolved, with its outcome), when it is
 * withdrawn or stopped; an imported withdrawn or stopped dossier, whose old system gave
 * no date, leaves at its receipt; a dossier whose appraisal concluded with a refusal
 * leaves when the refusal paper is ready, returned rather than resolved ("trả lại": the
 * national form II.06a has no column for it, DOMAIN.md §3), with the outcome of its
 * deadline all the same;</li>
 * <li>while open, it is overdue once the appointment in force has passed; an apology's
 * new date does not make an overdue dossier within deadline (the outcome is measured
 * against the appointment before the apology, as the workflow does); a paused dossier
 * (waiting for a supplement or a payment) counts as within deadline.</li>
 * </ul>
 */
record DossierFact(String code, String agencyCode, String procedureCode, String field, Channel channel,
		@Nullable Instant receivedAt, @Nullable Instant refusedAt, @Nullable Instant exitAt, @Nullable Exit exit,
		@Nullable Outcome outcome, @Nullable Instant dueAt, @Nullable Instant apologyAt, @Nullable String lateActor,
		@Nullable Integer processingHundredths, boolean electronic, int version, List<Span> spans) {

	/** How a received dossier left. */
	enum Exit {

		RESOLVED, WITHDRAWN, STOPPED,
		/** Returned with a refusal to grant it after appraisal (trả lại). */
		REFUSED

	}

	/** How a resolved dossier met its appointment (day granularity, as the workflow). */
	enum Outcome {

		EARLY, ON_TIME, LATE

	}

	/**
	 * A stretch of the open life: from (exclusive of the instant before) until (the next
	 * change, or none while still open).
	 */
	record Span(Instant from, @Nullable Instant until, boolean paused, @Nullable Instant dueAt) {

	}

	/**
	 * The same fact with the working days from receipt to result (hundredths), which only
	 * the calendar of the receiving desk knows.
	 */
	DossierFact withProcessing(@Nullable Integer hundredths) {
		return new DossierFact(this.code, this.agencyCode, this.procedureCode, this.field, this.channel,
				this.receivedAt, this.refusedAt, this.exitAt, this.exit, this.outcome, this.dueAt, this.apologyAt,
				this.lateActor, hundredths, this.electronic, this.version, this.spans);
	}

	/** Whether the dossier was received at all (the clock started). */
	boolean received() {
		return this.receivedAt != null;
	}

	static DossierFact of(DossierTimeline t, String field) {
		Instant received = t.receivedAt();
		Instant refused = null;
		if (t.status() == DossierStatus.NOT_RECEIVED) {
			refused = t.imported() ? Objects.requireNonNullElse(t.submittedAt(), t.entries().get(0).at())
					: t.entries()
						.stream()
						.filter((e) -> e.to() == DossierStatus.NOT_RECEIVED)
						.map(DossierTimeline.Entry::at)
						.findFirst()
						.orElse(t.entries().get(t.entries().size() - 1).at());
			received = null;
		}
		Instant exitAt = null;
		Exit exit = null;
		Outcome outcome = null;
		String lateActor = null;
		Instant apologyAt = null;
		List<Span> spans = new ArrayList<>();
		if (received != null) {
			if (t.imported()) {
				exit = exitOf(t.status());
				if (exit == Exit.RESOLVED) {
					exitAt = Objects.requireNonNullElse(t.resolvedAt(), received);
				}
				else if (exit != null) {
					exitAt = received;
				}
				// the old system's pause start is not part of the history: paused
				// throughout
				boolean paused = exit == null && (t.status() == DossierStatus.SUPPLEMENT_REQUESTED
						|| t.status() == DossierStatus.PAYMENT_REQUESTED);
				spans.add(new Span(received, exitAt, paused, t.dueAt()));
			}
			else {
				boolean paused = false;
				boolean apologized = false;
				Instant due = null;
				Instant from = received;
				for (DossierTimeline.Entry e : t.entries()) {
					if (e.at().isBefore(received) || (e.at().equals(received) && e.to() == DossierStatus.RECEIVED)) {
						if (e.dueAt() != null) {
							due = e.dueAt();
						}
						continue;
					}
					if (exit != null) {
						break;
					}
					if (e.action() == DossierAction.APOLOGIZE) {
						apologized = true;
						apologyAt = e.at();
					}
					Exit leaves = exitOf(e.to());
					if (leaves != null) {
						exit = leaves;
						exitAt = e.at();
						spans.add(new Span(from, e.at(), paused, due));
						if (leaves == Exit.RESOLVED) {
							lateActor = e.actor();
						}
						continue;
					}
					boolean nowPaused = e.to() == DossierStatus.SUPPLEMENT_REQUESTED
							|| e.to() == DossierStatus.PAYMENT_REQUESTED;
					Instant nowDue = (e.dueAt() != null) ? e.dueAt() : due;
					if (apologized && t.originalDueAt() != null) {
						nowDue = t.originalDueAt();
					}
					if (nowPaused != paused || !Objects.equals(nowDue, due)) {
						if (e.at().isAfter(from)) {
							spans.add(new Span(from, e.at(), paused, due));
							from = e.at();
						}
						paused = nowPaused;
						due = nowDue;
					}
				}
				if (exit == null) {
					spans.add(new Span(from, null, paused, due));
				}
				if (due == null && !spans.isEmpty() && t.dueAt() != null) {
					// history written before appointments were recorded: the current one
					List<Span> filled = new ArrayList<>();
					for (Span s : spans) {
						filled.add((s.dueAt() == null) ? new Span(s.from(), s.until(), s.paused(), t.dueAt()) : s);
					}
					spans = filled;
				}
			}
			if (exit == Exit.RESOLVED && t.refusedAfterAppraisal()) {
				exit = Exit.REFUSED;
				lateActor = null;
			}
			if (exit == Exit.RESOLVED || exit == Exit.REFUSED) {
				outcome = outcomeOf(t, Objects.requireNonNull(exitAt));
				if (outcome != Outcome.LATE) {
					lateActor = null;
				}
			}
		}
		return new DossierFact(t.code(), t.agencyCode(), t.procedureCode(), field, t.channel(), received, refused,
				exitAt, exit, outcome, t.dueAt(), apologyAt, t.imported() ? null : lateActor, null, t.handOvers() >= 2,
				version(t), List.copyOf(spans));
	}

	/**
	 * The entries that can change statistics: the deadline watch's warnings add history
	 * without an event for statistics, and do not count.
	 */
	static int version(DossierTimeline t) {
		return (int) t.entries()
			.stream()
			.filter((e) -> e.action() != DossierAction.DUE_SOON && e.action() != DossierAction.OVERDUE)
			.count();
	}

	private static @Nullable Exit exitOf(DossierStatus status) {
		return switch (status) {
			case RESOLVED, RETURNED -> Exit.RESOLVED;
			case WITHDRAWN -> Exit.WITHDRAWN;
			case STOPPED -> Exit.STOPPED;
			default -> null;
		};
	}

	private static Outcome outcomeOf(DossierTimeline t, Instant resolved) {
		if (t.outcome() != null) {
			return Outcome.valueOf(t.outcome());
		}
		Instant due = (t.originalDueAt() != null) ? t.originalDueAt() : t.dueAt();
		if (due == null) {
			return Outcome.ON_TIME;
		}
		if (resolved.isAfter(due)) {
			return Outcome.LATE;
		}
		return LocalDate.ofInstant(resolved, Deadlines.VIETNAM).isBefore(LocalDate.ofInstant(due, Deadlines.VIETNAM))
				? Outcome.EARLY : Outcome.ON_TIME;
	}

}
