package org.xinfang.supervision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casefile.CaseAccess;
import org.xinfang.casefile.CaseAccess.Viewer;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.EngineClock;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.organization.Roles;
import org.xinfang.organization.Unit;
import org.xinfang.organization.UnitRepository;
import org.xinfang.web.Coded;

/**
 * What a supervisor watches: the open cases whose running legal limit has passed, and those whose
 * limit ends within a few days, with the other deadlines a case can run under (a review's answer, a
 * leader's instruction: {@link WatchedDeadlines}), counted by the unit that must act (the petition room while an
 * item waits for its routing decision). A unit's staff see only their unit's cases.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineWatch {

  @Schema(description = "督查清单：已超期和即将到期的信访事项")
  public record Watch(
      @Schema(description = "统计时点") Instant asOf,
      @Schema(description = "即将到期的范围：今天起若干日内届满") int withinDays,
      @Schema(description = "各单位的超期、即将到期件数") List<UnitCount> units,
      @Schema(description = "按期限先后排列的事项") List<WatchedCase> cases) {}

  @Schema(description = "一个单位的件数")
  public record UnitCount(Coded unit, long overdue, long dueSoon) {}

  @Schema(description = "一件正在计时的事项")
  public record WatchedCase(String caseNumber, String title, Coded status,
      @Schema(description = "须办理的单位") Coded actor,
      @Schema(description = "正在计算的法定期限") Coded limit,
      Instant dueAt,
      @Schema(description = "已超期") boolean overdue) {}

  private static final Coded PETITION_ROOM = new Coded(Roles.PETITION_ROOM, "信访室");

  private final PetitionCaseRepository cases;
  private final UnitRepository units;

  private final CaseAccess access;
  private final List<WatchedDeadlines> otherDeadlines;

  DeadlineWatch(PetitionCaseRepository cases, UnitRepository units, CaseAccess access,
      List<WatchedDeadlines> otherDeadlines) {
    this.access = access;
    this.otherDeadlines = otherDeadlines;
    this.cases = cases;
    this.units = units;
  }

  public Watch watch(int withinDays) {
    Instant now = EngineClock.now();
    Instant horizon = ChinaTime.endOf(ChinaTime.dayOf(now).plusDays(withinDays));
    Map<String, String> unitNames = units.findAll().stream()
        .collect(Collectors.toMap(Unit::getCode, Unit::getName));
    Map<LegalLimit, List<CaseStatus>> runningLimits = CaseStatus.byRunningLimit();
    List<WatchedCase> watched = new ArrayList<>();
    Viewer viewer = access.viewer();
    // only the cases whose running limit ends by the horizon are read, not every open case
    runningLimits.forEach((limit, statuses) -> {
      for (PetitionCase petitionCase : cases.findRunning(limit, statuses, horizon)) {
        if (viewer.maySee(petitionCase)) {
          Instant dueAt = petitionCase.dueAt(limit);
          watched.add(new WatchedCase(petitionCase.getCaseNumber(), petitionCase.getTitle(),
              new Coded(petitionCase.getStatus().name(), petitionCase.getStatus().label()),
              actor(petitionCase, unitNames), new Coded(limit.name(), limit.label()),
              dueAt, now.isAfter(dueAt)));
        }
      }
    });
    for (WatchedDeadlines deadlines : otherDeadlines) {
      for (WatchedDeadlines.Deadline deadline : deadlines.endingBy(horizon)) {
        PetitionCase petitionCase = deadline.petitionCase();
        if (viewer.maySee(petitionCase)) {
          watched.add(new WatchedCase(petitionCase.getCaseNumber(), petitionCase.getTitle(),
              new Coded(petitionCase.getStatus().name(), petitionCase.getStatus().label()),
              deadline.actor(), deadline.limit(), deadline.dueAt(), now.isAfter(deadline.dueAt())));
        }
      }
    }
    watched.sort(Comparator.comparing(WatchedCase::dueAt).thenComparing(WatchedCase::caseNumber));
    return new Watch(now, withinDays, countByUnit(watched), watched);
  }

  private static Coded actor(PetitionCase petitionCase, Map<String, String> unitNames) {
    String code = petitionCase.getResponsibleUnitCode();
    return code == null ? PETITION_ROOM : new Coded(code, unitNames.getOrDefault(code, code));
  }

  private static List<UnitCount> countByUnit(List<WatchedCase> watched) {
    Map<Coded, long[]> counts = new LinkedHashMap<>();
    for (WatchedCase watchedCase : watched) {
      long[] count = counts.computeIfAbsent(watchedCase.actor(), unit -> new long[2]);
      count[watchedCase.overdue() ? 0 : 1]++;
    }
    return counts.entrySet().stream()
        .map(entry -> new UnitCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
        .sorted(Comparator.comparingLong(UnitCount::overdue).reversed()
            .thenComparing(Comparator.comparingLong(UnitCount::dueSoon).reversed()))
        .toList();
  }
}
