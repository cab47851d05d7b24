package org.xinfang.holiday;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xinfang.audit.AuditLog;
import org.xinfang.deadline.DueDate;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.EngineClock;
import org.xinfang.deadline.LimitMover;
import org.xinfang.deadline.LimitMover.Outcome;
import org.xinfang.deadline.RunningLimit;
import org.xinfang.deadline.RunningLimits;

/**
 * Counts the running limits that touch a year again after its schedule changed, batch by batch,
 * and hands each that now ends on another day to the module that owns it ({@link LimitMover}). The
 * counts read the schedule from the database in the batch's own transaction, so they see the
 * change, on whichever node the batch runs. A recount's row ({@code limit_recount}) is its progress.
 * Called by the background model as {@code ${limitRecount.nextBatch(execution)}}.
 */
@Component("limitRecount")
public class LimitRecounts {

  /** The variable of the background model naming the recount it runs. */
  static final String RECOUNT_ID = "recountId";
  /** The variable of the background model with the number of limits of each batch. */
  static final String BATCH_SIZE = "batchSize";
  static final String RECOUNTED = "LIMITS_RECOUNTED";

  private final JdbcClient jdbc;
  private final RunningLimits limits;
  private final DueDateCalculator calculator;
  private final Map<String, LimitMover> movers;
  private final AuditLog audit;
  private final IdentityService identity;

  LimitRecounts(JdbcClient jdbc, RunningLimits limits, DueDateCalculator calculator, List<LimitMover> movers,
      AuditLog audit, IdentityService identity) {
    this.jdbc = jdbc;
    this.limits = limits;
    this.calculator = calculator;
    this.movers = movers.stream().collect(Collectors.toMap(LimitMover::owner, Function.identity()));
    this.audit = audit;
    this.identity = identity;
  }

  /** A recount of the limits touching {@code year} as they stand now, not yet begun. */
  long open(int year, String reason, String user, boolean background) {
    int total = limits.countTouching(year);
    long upTo = jdbc.sql("select coalesce(max(id), 0) from running_limit").query(Long.class).single();
    return jdbc.sql("""
            insert into limit_recount (year, reason, started_by, started_at, total, up_to_limit, background)
            values (?, ?, ?, ?, ?, ?, ?) returning id
            """)
        .params(year, reason, user, EngineClock.now().atOffset(ZoneOffset.UTC), total, upTo, background)
        .query(Long.class)
        .single();
  }

  /** How many limits touch {@code year} now. */
  int touching(int year) {
    return limits.countTouching(year);
  }

  /** The background model's step: the next batch. */
  public boolean nextBatch(DelegateExecution execution) {
    return batch(((Number) execution.getVariable(RECOUNT_ID)).longValue(),
        ((Number) execution.getVariable(BATCH_SIZE)).intValue());
  }

  /**
   * Counts the next {@code size} limits of the recount again and moves those that now end on
   * another day; when none are left, writes the result to the audit log.
   *
   * @return whether the recount is done
   */
  boolean batch(long recountId, int size) {
    Recount recount = find(recountId).orElseThrow();
    if (recount.done()) {
      return true;
    }
    long upTo = jdbc.sql("select up_to_limit from limit_recount where id = ?").param(recountId).query(Long.class).single();
    long after = jdbc.sql("select last_limit from limit_recount where id = ?").param(recountId).query(Long.class).single();
    List<RunningLimit> next = limits.touching(recount.year(), after, upTo, size);
    int moved = 0;
    int reopened = 0;
    // the engine's own authority: the limits of every case move, whoever changed the schedule
    var user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      for (RunningLimit limit : next) {
        Outcome outcome = recount(limit, recount.reason());
        moved += outcome == Outcome.MOVED || outcome == Outcome.REOPENED ? 1 : 0;
        reopened += outcome == Outcome.REOPENED ? 1 : 0;
      }
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
    long last = next.isEmpty() ? after : next.get(next.size() - 1).id();
    boolean done = next.size() < size || limits.touching(recount.year(), last, upTo, 1).isEmpty();
    jdbc.sql("""
            update limit_recount set processed = processed + ?, moved = moved + ?, reopened = reopened + ?,
                last_limit = ?, finished_at = ? where id = ?
            """)
        .params(next.size(), moved, reopened, last, done ? EngineClock.now().atOffset(ZoneOffset.UTC) : null, recountId)
        .update();
    if (done) {
      Recount finished = find(recountId).orElseThrow();
      audit.record(finished.startedBy(), RECOUNTED, null, finished.reason() + "后重新计算运行中的期限："
          + "涉及" + finished.total() + "个，到期日调整" + finished.moved() + "个，其中撤销超期" + finished.reopened() + "个");
    }
    return done;
  }

  /** One limit counted again: moved by its owner when it ends on another day, else left alone. */
  private Outcome recount(RunningLimit limit, String reason) {
    DueDate recounted = limit.recount(calculator);
    if (recounted.lastDay().equals(limit.lastDay())) {
      return null;
    }
    LimitMover mover = movers.get(limit.owner());
    if (mover == null) {
      throw new IllegalStateException("no mover for the limits of " + limit.owner());
    }
    Outcome outcome = mover.move(limit, recounted, reason);
    if (outcome == Outcome.ENDED) {
      limits.ended(limit);
    } else {
      limits.moved(limit, recounted.lastDay());
    }
    return outcome;
  }

  Optional<Recount> find(long id) {
    return jdbc.sql("select * from limit_recount where id = ?").param(id).query(LimitRecounts::row).optional();
  }

  /** The latest recount of {@code year}. */
  Optional<Recount> latest(int year) {
    return jdbc.sql("select * from limit_recount where year = ? order by id desc limit 1").param(year)
        .query(LimitRecounts::row).optional();
  }

  private static Recount row(ResultSet result, int number) throws SQLException {
    OffsetDateTime finished = result.getObject("finished_at", OffsetDateTime.class);
    return new Recount(result.getLong("id"), result.getInt("year"), result.getString("reason"),
        result.getString("started_by"), result.getObject("started_at", OffsetDateTime.class).toInstant(),
        result.getInt("total"), result.getInt("processed"), result.getInt("moved"), result.getInt("reopened"),
        result.getBoolean("background"), finished == null ? null : finished.toInstant());
  }
}
