package org.xinfang.lookup;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.xinfang.deadline.EngineClock;

/**
 * Limits wrong query codes per case number and per client address, counted in the database so
 * that the limits hold across every node of a cluster.
 *
 * <p>Each lookup is written down, and committed, before its code is checked, and counted as a
 * wrong code until the code proves right. Since every lookup counts the attempts committed before
 * it together with its own, the n-th of many simultaneous lookups sees at least n: no burst of
 * requests, on one node or several, gets more than the limit of codes checked. A right code, or
 * a lookup refused as throttled, takes its row back out.
 */
@Component
@EnableConfigurationProperties(LookupProperties.class)
class LookupThrottle {

  private final JdbcTemplate jdbc;
  private final LookupProperties limits;

  LookupThrottle(JdbcTemplate jdbc, LookupProperties limits) {
    this.jdbc = jdbc;
    this.limits = limits;
  }

  /**
   * Runs {@code lookup} unless the case number or the client has used up its wrong codes.
   * {@link UnknownCaseOrCode} from the lookup leaves the attempt counted; anything else means
   * the code was right.
   */
  <T> T guard(String caseNumber, String client, Supplier<T> lookup) {
    Instant now = EngineClock.now();
    Instant windowStart = now.minus(limits.window());
    jdbc.update("delete from lookup_attempt where attempted_at <= ?", utc(windowStart));
    long attempt = record(caseNumber, client, now);
    long retryAfter = Math.max(
        retryAfter("case_number", caseNumber, limits.wrongCodesPerCase(), attempt, windowStart, now),
        retryAfter("client", client, limits.wrongCodesPerClient(), attempt, windowStart, now));
    if (retryAfter > 0) {
      forget(attempt);
      throw new TooManyLookups(retryAfter);
    }
    try {
      T result = lookup.get();
      forget(attempt);
      return result;
    } catch (UnknownCaseOrCode wrong) {
      throw wrong;
    } catch (RuntimeException rightCodeButRefused) {
      forget(attempt);
      throw rightCodeButRefused;
    }
  }

  private long record(String caseNumber, String client, Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement(
          "insert into lookup_attempt (case_number, client, attempted_at) values (?, ?, ?)", new String[] {"id"});
      insert.setString(1, caseNumber);
      insert.setString(2, client);
      insert.setObject(3, utc(at));
      return insert;
    }, key);
    return Objects.requireNonNull(key.getKey()).longValue();
  }

  private void forget(long attempt) {
    jdbc.update("delete from lookup_attempt where id = ?", attempt);
  }

  /**
   * Seconds until the earlier wrong codes under {@code key} have left the window far enough for
   * one more attempt, or 0 when one is allowed now.
   */
  private long retryAfter(String column, String key, int limit, long attempt, Instant windowStart, Instant now) {
    List<OffsetDateTime> earlier = jdbc.queryForList(
        "select attempted_at from lookup_attempt where " + column + " = ? and attempted_at > ? and id <> ?"
            + " order by attempted_at", OffsetDateTime.class, key, utc(windowStart), attempt);
    if (earlier.size() < limit) {
      return 0;
    }
    Instant freed = earlier.get(earlier.size() - limit).toInstant().plus(limits.window());
    return Math.max(1, (Duration.between(now, freed).toMillis() + 999) / 1000);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
