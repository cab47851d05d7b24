package org.xinfang.holiday;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.xinfang.deadline.ChinaTime;

/**
 * The instant of the new moon, to the minute, by the periodic terms of J. Meeus, Astronomical
 * Algorithms (2nd ed., ch. 49; errors of seconds between 1900 and 2100). A lunar month begins on
 * the day of its new moon in China Standard Time, and some new moons fall within minutes of
 * midnight: ICU4J's lighter lunar theory puts the new moon of February 2027 after midnight, where
 * this one, and the published tables, put it at 23:56 on the 6th, 正月初一.
 */
final class NewMoons {

  private static final double SYNODIC_MONTH = 29.530588861;
  /** Julian ephemeris day of the new moon of 2000-01-06, lunation 0. */
  private static final double LUNATION_ZERO = 2451550.09766;
  private static final double J2000 = 2451545.0;
  private static final Instant J2000_NOON = Instant.parse("2000-01-01T12:00:00Z");

  private static final double[] PLANETARY = {0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060,
      0.000056, 0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023};

  private NewMoons() {}

  /** The China day of the new moon nearest to {@code approximately}. */
  static LocalDate nearest(LocalDate approximately) {
    double years = approximately.getYear() + (approximately.getDayOfYear() - 0.5) / 365.25 - 2000;
    long lunation = Math.round(years * 12.3685);
    Instant best = null;
    Instant target = approximately.atStartOfDay(ChinaTime.ZONE).toInstant();
    for (long k = lunation - 1; k <= lunation + 1; k++) {
      Instant moon = instant(k);
      if (best == null || Duration.between(moon, target).abs().compareTo(Duration.between(best, target).abs()) < 0) {
        best = moon;
      }
    }
    return ChinaTime.dayOf(best);
  }

  /** The new moon of lunation {@code k} (0 = January 2000), in universal time. */
  static Instant instant(long k) {
    double t = k / 1236.85;
    double jde = LUNATION_ZERO + SYNODIC_MONTH * k + 0.00015437 * t * t - 0.000000150 * t * t * t
        + 0.00000000073 * t * t * t * t;
    double e = 1 - 0.002516 * t - 0.0000074 * t * t;
    double m = degrees(2.5534 + 29.10535670 * k - 0.0000014 * t * t - 0.00000011 * t * t * t);
    double mp = degrees(201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t * t * t
        - 0.000000058 * t * t * t * t);
    double f = degrees(160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t * t * t
        + 0.000000011 * t * t * t * t);
    double omega = degrees(124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t * t * t);
    double correction = -0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp) + 0.01039 * sin(2 * f)
        + 0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m) + 0.00208 * e * e * sin(2 * m)
        - 0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m)
        - 0.00042 * sin(3 * mp) + 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f)
        - 0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(omega) - 0.00007 * sin(mp + 2 * m)
        + 0.00004 * sin(2 * mp - 2 * f) + 0.00004 * sin(3 * m) + 0.00003 * sin(mp + m - 2 * f)
        + 0.00003 * sin(2 * mp + 2 * f) - 0.00003 * sin(mp + m + 2 * f) + 0.00003 * sin(mp - m + 2 * f)
        - 0.00002 * sin(mp - m - 2 * f) - 0.00002 * sin(3 * mp + m) + 0.00002 * sin(4 * mp);
    double[] arguments = {299.77 + 0.107408 * k - 0.009173 * t * t, 251.88 + 0.016321 * k, 251.83 + 26.651886 * k,
        349.42 + 36.412478 * k, 84.66 + 18.206239 * k, 141.74 + 53.303771 * k, 207.14 + 2.453732 * k,
        154.84 + 7.306860 * k, 34.52 + 27.261239 * k, 207.19 + 0.121824 * k, 291.34 + 1.844379 * k,
        161.72 + 24.198154 * k, 239.56 + 25.513099 * k, 331.55 + 3.592518 * k};
    for (int i = 0; i < PLANETARY.length; i++) {
      correction += PLANETARY[i] * Math.sin(Math.toRadians(arguments[i]));
    }
    double days = jde + correction - J2000;
    Instant terrestrial = J2000_NOON.plusMillis(Math.round(days * 86_400_000));
    return terrestrial.minusMillis(Math.round(deltaT(t * 100 + 2000) * 1000));
  }

  /** Terrestrial minus universal time in seconds (Espenak and Meeus's polynomial for 2005–2050, fair to 2100). */
  private static double deltaT(double year) {
    double u = year - 2000;
    return 62.92 + 0.32217 * u + 0.005589 * u * u;
  }

  private static double degrees(double angle) {
    return Math.toRadians(angle % 360);
  }

  private static double sin(double radians) {
    return Math.sin(radians);
  }
}
