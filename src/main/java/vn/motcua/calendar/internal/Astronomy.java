package vn.motcua.calendar.internal;

/**
 * The few astronomical quantities the Vietnamese lunisolar calendar needs, after Jean
 * Meeus, <i>Astronomical Algorithms</i> (2nd ed.):
 * <ul>
 * <li>the instant of a new moon (ch. 49, with the planetary corrections), accurate to a
 * few seconds of Terrestrial Time;</li>
 * <li>the apparent geocentric longitude of the Sun (ch. 25, "higher accuracy": Earth's
 * heliocentric position from the truncated VSOP87 series of appendix III, FK5 correction,
 * nutation ch. 22 and aberration), accurate to about one second of arc, i.e. about half a
 * minute in the instant of a solar term;</li>
 * <li>ΔT = TT − UT after the polynomial expressions of Espenak and Meeus (valid
 * 1860–2150, extrapolated beyond).</li>
 * </ul>
 * Instants are Julian Days: {@code jde} in Terrestrial Time, {@code jd} in Universal
 * Time. Pure functions, no state.
 */
public final class Astronomy {

	/** Julian Day of 1970-01-01T00:00 UT. */
	public static final double UNIX_EPOCH_JD = 2440587.5;

	/** Mean length of a lunation, in days. */
	public static final double SYNODIC_MONTH = 29.530588861;

	private static final double J2000 = 2451545.0;

	private static final double DEG = Math.PI / 180.0;

	private Astronomy() {
	}

	// ---------------------------------------------------------------- new moon (ch. 49)

	/**
	 * The instant of the new moon of lunation {@code k} (k = 0 is the new moon of
	 * 2000-01-06), in Julian Ephemeris Days (TT).
	 */
	public static double newMoonJde(long k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double t4 = t3 * t;
		double jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
		double e = 1 - 0.002516 * t - 0.0000074 * t2;
		double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
		double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
		double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
		double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

		double c = -0.40720 * Math.sin(mp) + 0.17241 * e * Math.sin(m) + 0.01608 * Math.sin(2 * mp)
				+ 0.01039 * Math.sin(2 * f) + 0.00739 * e * Math.sin(mp - m) - 0.00514 * e * Math.sin(mp + m)
				+ 0.00208 * e * e * Math.sin(2 * m) - 0.00111 * Math.sin(mp - 2 * f) - 0.00057 * Math.sin(mp + 2 * f)
				+ 0.00056 * e * Math.sin(2 * mp + m) - 0.00042 * Math.sin(3 * mp) + 0.00042 * e * Math.sin(m + 2 * f)
				+ 0.00038 * e * Math.sin(m - 2 * f) - 0.00024 * e * Math.sin(2 * mp - m) - 0.00017 * Math.sin(omega)
				- 0.00007 * Math.sin(mp + 2 * m) + 0.00004 * Math.sin(2 * mp - 2 * f) + 0.00004 * Math.sin(3 * m)
				+ 0.00003 * Math.sin(mp + m - 2 * f) + 0.00003 * Math.sin(2 * mp + 2 * f)
				- 0.00003 * Math.sin(mp + m + 2 * f) + 0.00003 * Math.sin(mp - m + 2 * f)
				- 0.00002 * Math.sin(mp - m - 2 * f) - 0.00002 * Math.sin(3 * mp + m) + 0.00002 * Math.sin(4 * mp);

		// planetary arguments
		double a = 0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2) + 0.000165 * sinDeg(251.88 + 0.016321 * k)
				+ 0.000164 * sinDeg(251.83 + 26.651886 * k) + 0.000126 * sinDeg(349.42 + 36.412478 * k)
				+ 0.000110 * sinDeg(84.66 + 18.206239 * k) + 0.000062 * sinDeg(141.74 + 53.303771 * k)
				+ 0.000060 * sinDeg(207.14 + 2.453732 * k) + 0.000056 * sinDeg(154.84 + 7.306860 * k)
				+ 0.000047 * sinDeg(34.52 + 27.261239 * k) + 0.000042 * sinDeg(207.19 + 0.121824 * k)
				+ 0.000040 * sinDeg(291.34 + 1.844379 * k) + 0.000037 * sinDeg(161.72 + 24.198154 * k)
				+ 0.000035 * sinDeg(239.56 + 25.513099 * k) + 0.000023 * sinDeg(331.55 + 3.592518 * k);
		return jde + c + a;
	}

	/** The lunation whose mean new moon is nearest to the given instant. */
	public static long lunationNear(double jde) {
		return Math.round((jde - 2451550.09766) / SYNODIC_MONTH);
	}

	// ---------------------------------------------------------------- the Sun (ch. 25,
	// 32)

	/**
	 * The apparent geocentric ecliptic longitude of the Sun, in degrees from 0 (included)
	 * to 360 (excluded), at the given instant (TT).
	 */
	public static double sunApparentLongitude(double jde) {
		double tau = (jde - J2000) / 365250.0;
		double l = series(Vsop87Earth.L, tau);
		double r = series(Vsop87Earth.R, tau);
		double theta = Math.toDegrees(l) + 180.0;
		double t = tau * 10.0;
		// FK5 correction (the latitude part is negligible here)
		theta -= 0.09033 / 3600.0;
		theta += nutationInLongitude(t) / 3600.0;
		theta -= 20.4898 / 3600.0 / r;
		return normalizeDegrees(theta);
	}

	/**
	 * The first instant (TT) at or after {@code fromJde} when the Sun's apparent
	 * longitude equals {@code longitude} degrees. Solves by Newton steps on the Sun's
	 * mean motion.
	 */
	public static double sunReachesLongitude(double longitude, double fromJde) {
		double meanMotion = 360.0 / 365.242189;
		double delta = normalizeDegrees(longitude - sunApparentLongitude(fromJde));
		double jde = fromJde + delta / meanMotion;
		for (int i = 0; i < 20; i++) {
			double error = normalizeSigned(longitude - sunApparentLongitude(jde));
			jde += error / meanMotion;
			if (Math.abs(error) < 1e-7) {
				break;
			}
		}
		return jde;
	}

	/** Nutation in longitude, in seconds of arc (ch. 22, the 0.5" expression). */
	static double nutationInLongitude(double t) {
		double omega = rad(125.04452 - 1934.136261 * t);
		double sunMean = rad(280.4665 + 36000.7698 * t);
		double moonMean = rad(218.3165 + 481267.8813 * t);
		return -17.20 * Math.sin(omega) - 1.32 * Math.sin(2 * sunMean) - 0.23 * Math.sin(2 * moonMean)
				+ 0.21 * Math.sin(2 * omega);
	}

	private static double series(double[][][] terms, double tau) {
		double sum = 0;
		double power = 1;
		for (double[][] order : terms) {
			double s = 0;
			for (double[] term : order) {
				s += term[0] * Math.cos(term[1] + term[2] * tau);
			}
			sum += s * power;
			power *= tau;
		}
		return sum / 1e8;
	}

	// ---------------------------------------------------------------- time scales

	/** ΔT = TT − UT in seconds, for a decimal year (Espenak and Meeus). */
	public static double deltaTSeconds(double year) {
		double t;
		if (year < 1860) {
			// beyond the range the calendar needs: the long-term parabola
			double u = (year - 1820) / 100;
			return -20 + 32 * u * u;
		}
		if (year < 1900) {
			t = year - 1860;
			return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t - 0.0004473624 * Math.pow(t, 4)
					+ Math.pow(t, 5) / 233174;
		}
		if (year < 1920) {
			t = year - 1900;
			return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * Math.pow(t, 4);
		}
		if (year < 1941) {
			t = year - 1920;
			return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
		}
		if (year < 1961) {
			t = year - 1950;
			return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
		}
		if (year < 1986) {
			t = year - 1975;
			return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
		}
		if (year < 2005) {
			t = year - 2000;
			return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * Math.pow(t, 4)
					+ 0.00002373599 * Math.pow(t, 5);
		}
		if (year < 2050) {
			t = year - 2000;
			return 62.92 + 0.32217 * t + 0.005589 * t * t;
		}
		double u = (year - 1820) / 100;
		if (year < 2150) {
			return -20 + 32 * u * u - 0.5628 * (2150 - year);
		}
		return -20 + 32 * u * u;
	}

	/** Terrestrial Time to Universal Time. */
	public static double toUniversalTime(double jde) {
		return jde - deltaTSeconds(decimalYear(jde)) / 86400.0;
	}

	/** Universal Time to Terrestrial Time. */
	public static double toTerrestrialTime(double jd) {
		return jd + deltaTSeconds(decimalYear(jd)) / 86400.0;
	}

	static double decimalYear(double jd) {
		return 2000.0 + (jd - J2000) / 365.2425;
	}

	/**
	 * The civil day (days since 1970-01-01) on which the given instant (TT) falls at a
	 * fixed offset from UT.
	 * @param jde the instant in Terrestrial Time
	 * @param offsetHours the zone's offset from UT, e.g. 7 for Vietnam
	 */
	public static long civilDay(double jde, double offsetHours) {
		return (long) Math.floor(toUniversalTime(jde) + offsetHours / 24.0 - UNIX_EPOCH_JD);
	}

	/** The instant (TT) of the local midnight that starts the given civil day. */
	public static double startOfCivilDay(long epochDay, double offsetHours) {
		return toTerrestrialTime(UNIX_EPOCH_JD + epochDay - offsetHours / 24.0);
	}

	// ---------------------------------------------------------------- helpers

	static double normalizeDegrees(double degrees) {
		double d = degrees % 360.0;
		return (d < 0) ? d + 360.0 : d;
	}

	private static double normalizeSigned(double degrees) {
		double d = normalizeDegrees(degrees);
		return (d > 180.0) ? d - 360.0 : d;
	}

	private static double rad(double degrees) {
		return (degrees % 360.0) * DEG;
	}

	private static double sinDeg(double degrees) {
		return Math.sin(rad(degrees));
	}

}
