package vn.motcua.reporting.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTimeline;

import static org.assertj.core.api.Assertions.assertThat;

/** The counting rules of one dossier, without a database. */
class DossierFactTests {

	static final Instant RECEIVED = Instant.parse("2026-03-02T01:00:00Z");

	static final Instant DUE = Instant.parse("2026-03-09T10:00:00Z");

	static DossierTimeline.Entry entry(DossierAction action, DossierStatus from, DossierStatus to, String at,
			Instant due) {
		return new DossierTimeline.Entry(action, from, to, Instant.parse(at), due, "chuyenvien.hatu");
	}

	@Test
	void anApologyDoesNotMakeAnOverdueDossierWithinDeadlineAndAPauseCountsWithin() {
		Instant newDue = Instant.parse("2026-03-20T10:00:00Z");
		DossierTimeline t = new DossierTimeline("06652-260302-0001", "1.004884", "06652", "06652", Channel.COUNTER,
				DossierStatus.PROCESSING, null, RECEIVED, newDue, DUE, null, null, null, true, false,
				List.of(new DossierTimeline.Entry(DossierAction.REGISTER, null, DossierStatus.RECEIVED, RECEIVED, DUE,
						"tiepnhan.hatu"),
						entry(DossierAction.REQUEST_SUPPLEMENT, DossierStatus.RECEIVED,
								DossierStatus.SUPPLEMENT_REQUESTED, "2026-03-03T02:00:00Z", DUE),
						entry(DossierAction.SUPPLEMENT, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PROCESSING,
								"2026-03-04T02:00:00Z", DUE),
						entry(DossierAction.APOLOGIZE, DossierStatus.PROCESSING, DossierStatus.PROCESSING,
								"2026-03-06T02:00:00Z", newDue),
						entry(DossierAction.DUE_SOON, DossierStatus.PROCESSING, DossierStatus.PROCESSING,
								"2026-03-08T02:00:00Z", newDue)));
		DossierFact fact = DossierFact.of(t, "Hộ tịch");
		assertThat(fact.spans()).extracting(DossierFact.Span::paused).containsExactly(false, true, false);
		// after the apology the original appointment still measures lateness
		assertThat(fact.spans().get(2).dueAt()).isEqualTo(DUE);
		assertThat(fact.spans().get(2).until()).isNull();
		assertThat(fact.apologyAt()).isEqualTo(Instant.parse("2026-03-06T02:00:00Z"));
		// the deadline watch's warning changes nothing, not even the version
		assertThat(fact.version()).isEqualTo(4);
	}

	@Test
	void anImportedWithdrawnDossierEndsOnTheDayItWasReceived() {
		DossierTimeline t = new DossierTimeline("06652-260302-0002", "1.004884", "06652", "06652", Channel.ONLINE,
				DossierStatus.WITHDRAWN, RECEIVED, RECEIVED, DUE, null, null, null, null, false, true,
				List.of(new DossierTimeline.Entry(DossierAction.IMPORT, null, DossierStatus.WITHDRAWN,
						Instant.parse("2026-11-01T00:00:00Z"), DUE, "system")));
		DossierFact fact = DossierFact.of(t, "Hộ tịch");
		assertThat(fact.exit()).isEqualTo(DossierFact.Exit.WITHDRAWN);
		assertThat(fact.exitAt()).isEqualTo(RECEIVED);
		assertThat(fact.spans()).hasSize(1);
	}

	@Test
	void aRefusedDossierIsNeverReceived() {
		Instant refused = Instant.parse("2026-03-02T03:00:00Z");
		DossierTimeline t = new DossierTimeline("06652-260302-0003", "1.001193", "06652", "06652", Channel.ONLINE,
				DossierStatus.NOT_RECEIVED, RECEIVED, null, null, null, null, null, null, false, false,
				List.of(new DossierTimeline.Entry(DossierAction.SUBMIT, null, DossierStatus.NEW, RECEIVED, null,
						"congdan"),
						new DossierTimeline.Entry(DossierAction.REFUSE, DossierStatus.NEW, DossierStatus.NOT_RECEIVED,
								refused, null, "tiepnhan.hatu")));
		DossierFact fact = DossierFact.of(t, "Hộ tịch");
		assertThat(fact.received()).isFalse();
		assertThat(fact.refusedAt()).isEqualTo(refused);
		assertThat(fact.spans()).isEmpty();
		DayCounts counts = new DayCounts();
		counts.add(fact, 1);
		assertThat(counts.counts().values()).singleElement()
			.satisfies((v) -> assertThat(v[DayCounts.Counter.REFUSED.ordinal()]).isEqualTo(1));
	}

	@Test
	void aDossierRefusedAfterAppraisalIsReturnedNotResolvedAndCountsWithTheStoppedOnes() {
		Instant ready = Instant.parse("2026-03-05T08:00:00Z");
		DossierTimeline t = new DossierTimeline("06652-260302-0004", "1.004884", "06652", "06652", Channel.COUNTER,
				DossierStatus.RETURNED, null, RECEIVED, DUE, null, ready, Instant.parse("2026-03-06T02:00:00Z"),
				"EARLY", false, false,
				List.of(new DossierTimeline.Entry(DossierAction.REGISTER, null, DossierStatus.RECEIVED, RECEIVED, DUE,
						"tiepnhan.hatu"),
						entry(DossierAction.FORWARD, DossierStatus.RECEIVED, DossierStatus.PROCESSING,
								"2026-03-02T02:00:00Z", DUE),
						entry(DossierAction.REFUSE, DossierStatus.PROCESSING, DossierStatus.PROCESSING,
								"2026-03-04T02:00:00Z", DUE),
						entry(DossierAction.APPROVE, DossierStatus.PROCESSING, DossierStatus.PROCESSING,
								"2026-03-05T02:00:00Z", DUE),
						entry(DossierAction.RESULT_READY, DossierStatus.PROCESSING, DossierStatus.RESOLVED,
								"2026-03-05T08:00:00Z", DUE),
						entry(DossierAction.RETURN_RESULT, DossierStatus.RESOLVED, DossierStatus.RETURNED,
								"2026-03-06T02:00:00Z", DUE)),
				3, true);
		DossierFact fact = DossierFact.of(t, "Hộ tịch");
		assertThat(fact.received()).isTrue();
		// not a refusal at intake: that one is never received
		assertThat(fact.refusedAt()).isNull();
		assertThat(fact.exit()).isEqualTo(DossierFact.Exit.REFUSED);
		assertThat(fact.exitAt()).isEqualTo(ready);
		assertThat(fact.outcome()).isEqualTo(DossierFact.Outcome.EARLY);
		assertThat(fact.lateActor()).isNull();
		DayCounts counts = new DayCounts();
		counts.add(fact, 1);
		long[] day = counts.counts()
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().day().equals(java.time.LocalDate.of(2026, 3, 5)))
			.findFirst()
			.orElseThrow()
			.getValue();
		assertThat(day[DayCounts.Counter.STOPPED.ordinal()]).isEqualTo(1);
		assertThat(day[DayCounts.Counter.RESOLVED_EARLY.ordinal()]).isZero();
		assertThat(day[DayCounts.Counter.REFUSED.ordinal()]).isZero();

		// the same history granted instead: resolved
		DossierTimeline granted = new DossierTimeline(t.code(), t.procedureCode(), t.agencyCode(), t.deskAgencyCode(),
				t.channel(), t.status(), t.submittedAt(), t.receivedAt(), t.dueAt(), t.originalDueAt(), t.resolvedAt(),
				t.returnedAt(), t.outcome(), false, false, t.entries(), 3, false);
		assertThat(DossierFact.of(granted, "Hộ tịch").exit()).isEqualTo(DossierFact.Exit.RESOLVED);
	}

}
