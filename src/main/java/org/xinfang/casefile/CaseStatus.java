package org.xinfang.casefile;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xinfang.deadline.LegalLimit;

/**
 * Where a case stands. Each open status matches one waiting step of the petition process and
 * names the legal limit that step must meet, if any.
 */
public enum CaseStatus {
  AWAITING_ROUTING("待信访室处理", false, LegalLimit.ROUTING),
  AWAITING_ACCEPTANCE("待责任单位受理", false, LegalLimit.ACCEPTANCE),
  IN_HANDLING("办理中", false, LegalLimit.REPLY),
  EXTENSION_PENDING("延期审批中", false, LegalLimit.REPLY),
  REPLY_PENDING_APPROVAL("答复意见审批中", false, LegalLimit.REPLY),
  /** The reply has gone out: the petition room's review of the report runs under no legal limit. */
  REPORT_PENDING_REVIEW("办结报告审核中", false, null),
  CLOSED("已办结", true, null),
  NOT_ACCEPTED("不予受理", true, null),
  NOT_ACCEPTED_AGAIN("不再受理", true, null),
  ROUTED_POLITICAL_LEGAL("已导入政法途径", true, null),
  ROUTED_DISCIPLINE("已转纪检监察机关", true, null),
  /** Review (复查, Art. 35) and re-review (复核, Art. 36) follow a reply the petitioner contests. */
  UNDER_REVIEW("复查中", false, null),
  REVIEWED("已复查", true, null),
  UNDER_RE_REVIEW("复核中", false, null),
  /** Final: the same facts and reasons are not accepted again (Art. 36 ¶3). */
  RE_REVIEWED("已复核", true, null);

  private final String label;
  private final boolean finished;
  private final LegalLimit runningLimit;

  CaseStatus(String label, boolean finished, LegalLimit runningLimit) {
    this.label = label;
    this.finished = finished;
    this.runningLimit = runningLimit;
  }

  /** The limit the waiting step must meet, or null. */
  public LegalLimit runningLimit() {
    return runningLimit;
  }

  /** The statuses that wait on a legal limit, by that limit. */
  public static Map<LegalLimit, List<CaseStatus>> byRunningLimit() {
    return BY_RUNNING_LIMIT;
  }

  private static final Map<LegalLimit, List<CaseStatus>> BY_RUNNING_LIMIT = Arrays.stream(values())
      .filter(status -> status.runningLimit != null)
      .collect(Collectors.groupingBy(CaseStatus::runningLimit, () -> new EnumMap<>(LegalLimit.class),
          Collectors.toUnmodifiableList()));

  public String label() {
    return label;
  }

  public boolean isFinished() {
    return finished;
  }
}
