package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import vn.motcua.calendar.internal.Astronomy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-checks the lunar calendar against a second, independent implementation: ICU4J's
 * lunisolar calendar rules and astronomy (its own lunar and solar theory, written by
 * other people), run at the UTC+7 meridian instead of China's UTC+8. ICU's Moon is less
 * precise (errors of several minutes), so the two may only disagree on a month that
 * begins with a new moon within a few minutes of local midnight — which this test
 * verifies rather than assumes.
 */
class LunarCalendarCrossCheckTests {

	/** ICU's lunisolar calendar with its astronomy moved to a given meridian. */
	@SuppressWarnings("deprecation")
	static final class IcuLunisolar extends ChineseCalendar {

		private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

		IcuLunisolar(int offsetHours) {
			// the epoch year of the Chinese era, as ICU's ChineseCalendar uses
			super(UTC, ULocale.ROOT, -2636, new SimpleTimeZone(offsetHours * 3_600_000, "UTC+" + offsetHours));
		}

		LunarDate toLunar(LocalDate date) {
			setTimeInMillis(date.toEpochDay() * 86_400_000L + 12 * 3_600_000L);
			return new LunarDate(get(EXTENDED_YEAR) - 2637, get(MONTH) + 1, get(DAY_OF_MONTH), get(IS_LEAP_MONTH) == 1);
		}

		LocalDate find(int year, int month, int day) {
			LocalDate date = LocalDate.of(year, 1, 1);
			while (!toLunar(date).equals(LunarDate.of(year, month, day))) {
				date = date.plusDays(1);
			}
			return date;
		}

	}

	private final IcuLunisolar icu = new IcuLunisolar(7);

	@Test
	void tetAndHungKingsDayAgreeWithIcuAtUtcPlus7From1960To2100() {
		List<String> differences = new ArrayList<>();
		for (int year = 1960; year <= 2100; year++) {
			LocalDate tet = LunarCalendar.newYear(year);
			LocalDate icuTet = this.icu.find(year, 1, 1);
			if (!tet.equals(icuTet)) {
				differences.add("Tết " + year + ": " + tet + " vs ICU " + icuTet);
			}
			LocalDate hungKings = LunarCalendar.toSolar(LunarDate.of(year, 3, 10));
			LocalDate icuHungKings = this.icu.find(year, 3, 10);
			if (!hungKings.equals(icuHungKings)) {
				differences.add("Giỗ Tổ " + year + ": " + hungKings + " vs ICU " + icuHungKings);
			}
		}
		assertThat(differences).isEmpty();
	}

	@Test
	void everyDayFrom1960To2100AgreesWithIcuExceptAtNewMoonsNearMidnight() {
		List<String> unexplained = new ArrayList<>();
		int explained = 0;
		for (LocalDate date = LocalDate.of(1960, 1, 1); date.getYear() <= 2100; date = date.plusDays(1)) {
			LunarDate ours = LunarCalendar.toLunar(date);
			LunarDate theirs = this.icu.toLunar(date);
			if (ours.equals(theirs)) {
				continue;
			}
			// the month in question began with a new moon close to midnight, UTC+7
			LocalDate monthStart = date.minusDays(ours.day() - 1L);
			if (minutesFromMidnight(monthStart) <= 10 || minutesFromMidnight(date.minusDays(theirs.day() - 1L)) <= 10) {
				explained++;
			}
			else {
				unexplained.add(date + ": " + ours + " vs ICU " + theirs);
			}
		}
		assertThat(unexplained).isEmpty();
		// a handful of months only (1967, 1995, 1996, 1997, 2051, 2077–2079, 2084, 2085)
		assertThat(explained).isLessThan(400);
	}

	@Test
	void theCrossCheckDetectsACalendarComputedForChina() {
		IcuLunisolar china = new IcuLunisolar(8);
		assertThat(china.find(1985, 1, 1)).isNotEqualTo(LunarCalendar.newYear(1985));
		assertThat(china.find(2007, 1, 1)).isNotEqualTo(LunarCalendar.newYear(2007));
	}

	/**
	 * How far the new moon nearest to a day is from the midnight that begins or ends it
	 * (UTC+7).
	 */
	private static long minutesFromMidnight(LocalDate day) {
		double best = Double.MAX_VALUE;
		for (long midnightDay = day.toEpochDay(); midnightDay <= day.toEpochDay() + 1; midnightDay++) {
			double midnight = Astronomy.startOfCivilDay(midnightDay, 7);
			long k = Astronomy.lunationNear(midnight);
			for (long i = k - 1; i <= k + 1; i++) {
				best = Math.min(best, Math.abs(Astronomy.newMoonJde(i) - midnight));
			}
		}
		return Math.round(best * 24 * 60);
	}

	@Test
	void newMoonTimesAgreeWithIcusMoonWithinItsPrecision() {
		com.ibm.icu.impl.CalendarAstronomer astronomer = new com.ibm.icu.impl.CalendarAstronomer();
		double worst = 0;
		for (long k = -500; k <= 1250; k++) {
			double jd = Astronomy.toUniversalTime(Astronomy.newMoonJde(k));
			long millis = Math.round((jd - Astronomy.UNIX_EPOCH_JD) * 86_400_000d);
			astronomer.setTime(millis - 5L * 86_400_000L);
			long icuMillis = astronomer.getMoonTime(com.ibm.icu.impl.CalendarAstronomer.NEW_MOON, true);
			worst = Math.max(worst, Math.abs(icuMillis - millis) / 60_000d);
		}
		// ICU's Moon is a low-precision theory; a wrong series term would be off by hours
		assertThat(worst).as("worst difference in minutes").isLessThan(30);
	}

}
