package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

import vn.motcua.calendar.internal.Astronomy;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from the positions of the Sun and
 * the Moon for the meridian of UTC+7, as Vietnamese almanacs do. The rules, as published
 * for the Vietnamese calendar (and shared with the Chinese calendar, which computes them
 * at UTC+8, hence the differences in 1968, 1985, 2007, 2030, ...):
 * <ol>
 * <li>a month begins on the civil day (UTC+7) that contains the instant of a new
 * moon;</li>
 * <li>month 11 is the month that contains the winter solstice (the day on which the Sun's
 * apparent longitude reaches 270°);</li>
 * <li>when 13 months begin between one month 11 and the next (a <i>sui</i> with 13 new
 * moons), one of them is a leap month: the first month after month 11 that contains no
 * principal solar term (trung khí, a multiple of 30° of solar longitude); it repeats the
 * number of the month before it;</li>
 * <li>a month "contains" a term when the term's instant falls on one of its civil
 * days.</li>
 * </ol>
 * UTC+7 is used throughout, as asked; note that the North of Vietnam used UTC+8 until
 * 1967 and the South until 1975, so that printed almanacs of those years may differ.
 * Valid for solar dates from 1900-01-01 to 2199-12-31. Pure and thread-safe; results are
 * cached per year.
 */
public final class LunarCalendar {

	/** The first solar date supported. */
	public static final LocalDate MIN = LocalDate.of(1900, 1, 1);

	/** The last solar date supported. */
	public static final LocalDate MAX = LocalDate.of(2199, 12, 31);

	/** The meridian of the calendar: UTC+7 (105° East). */
	static final double OFFSET_HOURS = 7.0;

	private static final Map<Integer, Sui> SUIS = new ConcurrentHashMap<>();

	private LunarCalendar() {
	}

	/** The lunar date of a solar date. */
	public static LunarDate toLunar(LocalDate date) {
		requireInRange(date);
		long day = date.toEpochDay();
		Sui sui = sui(date.getYear());
		if (day >= sui.starts[sui.count]) {
			sui = sui(date.getYear() + 1);
		}
		int i = sui.count - 1;
		while (sui.starts[i] > day) {
			i--;
		}
		return new LunarDate(sui.years[i], sui.numbers[i], (int) (day - sui.starts[i]) + 1, sui.leaps[i]);
	}

	/**
	 * The solar date of a lunar date.
	 * @throws IllegalArgumentException if there is no such lunar date (no such leap month
	 * that year, day 30 of a 29-day month) or it is out of range
	 */
	public static LocalDate toSolar(LunarDate date) {
		LunarMonth month = month(date.year(), date.month(), date.leapMonth());
		if (date.day() > month.length()) {
			throw new IllegalArgumentException("no day " + date.day() + " in lunar month " + month);
		}
		return requireInRange(month.firstDay().plusDays(date.day() - 1L));
	}

	/** Tết Nguyên đán: the first day of the given lunar year. */
	public static LocalDate newYear(int lunarYear) {
		return month(lunarYear, 1, false).firstDay();
	}

	/** The number of the leap month of a lunar year, if it has one. */
	public static OptionalInt leapMonth(int lunarYear) {
		for (LunarMonth month : months(lunarYear)) {
			if (month.leap()) {
				return OptionalInt.of(month.month());
			}
		}
		return OptionalInt.empty();
	}

	/** The months of a lunar year, in order: 12, or 13 with a leap month. */
	public static List<LunarMonth> months(int lunarYear) {
		List<LunarMonth> months = new ArrayList<>(13);
		for (Sui sui : new Sui[] { sui(lunarYear), sui(lunarYear + 1) }) {
			for (int i = 0; i < sui.count; i++) {
				if (sui.years[i] == lunarYear) {
					months.add(sui.month(i));
				}
			}
		}
		return months;
	}

	/** A month of a lunar year. */
	public static LunarMonth month(int lunarYear, int number, boolean leap) {
		if (lunarYear < MIN.getYear() - 1 || lunarYear > MAX.getYear()) {
			throw new IllegalArgumentException("lunar year out of range: " + lunarYear);
		}
		for (LunarMonth month : months(lunarYear)) {
			if (month.month() == number && month.leap() == leap) {
				return month;
			}
		}
		throw new IllegalArgumentException(
				"no " + (leap ? "leap " : "") + "month " + number + " in lunar year " + lunarYear);
	}

	/** The Can Chi (sexagenary) name of a lunar year as stem and branch indexes. */
	public static int[] sexagenary(int lunarYear) {
		return new int[] { Math.floorMod(lunarYear + 6, 10), Math.floorMod(lunarYear + 8, 12) };
	}

	private static LocalDate requireInRange(LocalDate date) {
		if (date.isBefore(MIN) || date.isAfter(MAX)) {
			throw new IllegalArgumentException("date out of the range " + MIN + ".." + MAX + ": " + date);
		}
		return date;
	}

	// ------------------------------------------------------------------ computation

	/** The sui ending at the month 11 of {@code year}, cached. */
	private static Sui sui(int year) {
		return SUIS.computeIfAbsent(year, Sui::compute);
	}

	/** The civil day (UTC+7) of the new moon of lunation k. */
	static long newMoonDay(long k) {
		return Astronomy.civilDay(Astronomy.newMoonJde(k), OFFSET_HOURS);
	}

	/** Which 30° sector of solar longitude the Sun is in at the start of a civil day. */
	static int termSector(long epochDay) {
		return (int) (Astronomy.sunApparentLongitude(Astronomy.startOfCivilDay(epochDay, OFFSET_HOURS)) / 30.0);
	}

	/** The lunation whose month contains the winter solstice of the given year. */
	static long month11(int year) {
		double december = Astronomy.toTerrestrialTime(Astronomy.UNIX_EPOCH_JD + LocalDate.of(year, 12, 1).toEpochDay());
		double solstice = Astronomy.sunReachesLongitude(270.0, december);
		long solsticeDay = Astronomy.civilDay(solstice, OFFSET_HOURS);
		long k = Astronomy.lunationNear(solstice);
		while (newMoonDay(k) > solsticeDay) {
			k--;
		}
		while (newMoonDay(k + 1) <= solsticeDay) {
			k++;
		}
		return k;
	}

	/**
	 * The months from month 11 of year − 1 (inclusive) to month 11 of year (exclusive):
	 * months 11 and 12 of lunar year − 1 and months 1 to 10 of lunar year, with a leap
	 * month when there are 13.
	 */
	private static final class Sui {

		final int count;

		/** Civil days on which the months begin; one more than {@link #count}. */
		final long[] starts;

		final int[] numbers;

		final boolean[] leaps;

		final int[] years;

		private Sui(int count) {
			this.count = count;
			this.starts = new long[count + 1];
			this.numbers = new int[count];
			this.leaps = new boolean[count];
			this.years = new int[count];
		}

		LunarMonth month(int i) {
			return new LunarMonth(this.years[i], this.numbers[i], this.leaps[i], LocalDate.ofEpochDay(this.starts[i]),
					(int) (this.starts[i + 1] - this.starts[i]));
		}

		static Sui compute(int year) {
			long first = month11(year - 1);
			long next = month11(year);
			int count = (int) (next - first);
			if (count != 12 && count != 13) {
				throw new IllegalStateException("a sui of " + count + " months ending in " + year);
			}
			Sui sui = new Sui(count);
			for (int i = 0; i <= count; i++) {
				sui.starts[i] = newMoonDay(first + i);
			}
			int leap = -1;
			if (count == 13) {
				int sector = termSector(sui.starts[1]);
				for (int i = 1; i < count; i++) {
					int nextSector = termSector(sui.starts[i + 1]);
					if (nextSector == sector) {
						leap = i;
						break;
					}
					sector = nextSector;
				}
				if (leap < 0) {
					throw new IllegalStateException("no month without a principal term in the sui of " + year);
				}
			}
			int number = 11;
			int lunarYear = year - 1;
			for (int i = 0; i < count; i++) {
				if (i == leap) {
					sui.leaps[i] = true;
				}
				else if (i > 0) {
					number = number % 12 + 1;
					if (number == 1) {
						lunarYear = year;
					}
				}
				sui.numbers[i] = number;
				sui.years[i] = lunarYear;
			}
			return sui;
		}

	}

}
