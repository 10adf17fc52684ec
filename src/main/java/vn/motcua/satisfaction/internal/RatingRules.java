package vn.motcua.satisfaction.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Deadlines;
import vn.motcua.dossier.ReturnedDossier;

/**
 * The per-dossier scores of Circular 01/2018/TT-VPCP Art. 13 (DOMAIN.md §6.1), each 0, 1
 * or 2. Indices 1 and 2 come from the system (times), 3, 4 and 7 from the citizen's
 * rating. Indices 5, 6, 8 and 9 are scored per unit, not per dossier.
 */
public final class RatingRules {

	private RatingRules() {
	}

	/** How many agencies the citizen had to deal with (index 4). */
	public enum AgenciesContacted {

		/** None in person: the dossier went online or by post. */
		NONE,
		/** Only the one-stop desk (plus a site check or council the law requires). */
		ONE_STOP_ONLY,
		/** More than one agency. */
		MORE_THAN_ONE

	}

	/** The 3-level scale for online public services (Circular 32/2017). */
	public enum OnlineLevel {

		VERY_SATISFIED, SATISFIED, NOT_YET_SATISFIED

	}

	/**
	 * Index 1, total time against the legal limit: result ready before the appointment
	 * day 2, on that day 1, later 0; none without an outcome.
	 */
	public static @Nullable Integer timeScore(@Nullable String outcome) {
		if (outcome == null) {
			return null;
		}
		return switch (outcome) {
			case "EARLY" -> 2;
			case "ON_TIME" -> 1;
			case "LATE" -> 0;
			default -> null;
		};
	}

	/**
	 * Index 2, time of each participating unit against its share, for the given steps: 0
	 * if any step ended after its due day, 2 if every step ended before its due day, 1
	 * otherwise; none without finished steps.
	 */
	public static @Nullable Integer stepScore(List<ReturnedDossier.Step> steps) {
		boolean any = false;
		boolean allEarly = true;
		for (ReturnedDossier.Step step : steps) {
			if (step.finishedAt() == null) {
				continue;
			}
			any = true;
			int compared = day(step.finishedAt()).compareTo(day(step.dueAt()));
			if (compared > 0) {
				return 0;
			}
			if (compared >= 0) {
				allEarly = false;
			}
		}
		return any ? (allEarly ? 2 : 1) : null;
	}

	/**
	 * Index 3, times the citizen had to contact the receiving agency to complete the
	 * dossier (not counting omissions of their own): 0 times 2, once 1, more 0.
	 */
	public static int contactsScore(int contacts) {
		if (contacts < 0) {
			throw new IllegalArgumentException("contacts < 0");
		}
		return (contacts == 0) ? 2 : (contacts == 1) ? 1 : 0;
	}

	/** Index 4, agencies contacted: none 2, only the one-stop desk 1, more 0. */
	public static int agenciesScore(AgenciesContacted contacted) {
		return switch (contacted) {
			case NONE -> 2;
			case ONE_STOP_ONLY -> 1;
			case MORE_THAN_ONE -> 0;
		};
	}

	/**
	 * Index 7, staff attitude: a complaint 0; no complaint and the result early 2, on
	 * time 1. Late without a complaint is neither "early" nor "on time": 0 (an
	 * interpretation of the table, which names only the three cases).
	 */
	public static int attitudeScore(boolean complaint, @Nullable String outcome) {
		if (complaint) {
			return 0;
		}
		if (outcome == null) {
			return 1;
		}
		return switch (outcome) {
			case "EARLY" -> 2;
			case "ON_TIME" -> 1;
			default -> 0;
		};
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, Deadlines.VIETNAM);
	}

}
