package org.xinfang.supervision;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.deadline.Counting;
import org.xinfang.deadline.DueDateCalculator;
import org.xinfang.deadline.EngineClock;
import org.xinfang.deadline.RunningLimits;
import org.xinfang.workflow.CaseFiles;

/**
 * The dates a supervision counts on the legal calendar: the mediation room's deadline for the notice,
 * kept as a running limit so that a holiday schedule loaded later moves it ({@link SupervisionNoticeMoves}),
 * and the unit's feedback date.
 */
@Component
class SupervisionLimits {

  static final String OWNER = "SUPERVISION";
  static final String NOTICE_LABEL = "督办通知发出期限";

  private final RunningLimits running;
  private final DueDateCalculator calculator;
  private final CaseFiles cases;

  SupervisionLimits(RunningLimits running, DueDateCalculator calculator, CaseFiles cases) {
    this.running = running;
    this.calculator = calculator;
    this.cases = cases;
  }

  /** The running limit's key of a supervision's notice deadline. */
  static String noticeKey(String processId) {
    return "NOTICE-" + processId;
  }

  static String processOf(String noticeKey) {
    return noticeKey.substring(noticeKey("").length());
  }

  /** The notice's deadline: {@code workingDays} working days from now, the start of the supervision. */
  Date noticeDue(DelegateExecution execution, int workingDays) {
    return Date.from(running.start(cases.of(execution).getId(), OWNER, noticeKey(execution.getProcessInstanceId()),
        ChinaTime.dayOf(EngineClock.now()), workingDays, Counting.WORKING_DAYS).dueAt());
  }

  /** The unit's feedback date: {@code days} calendar days from now, when the notice goes out. */
  Instant feedbackDue(int days) {
    return calculator.afterDays(EngineClock.now(), days);
  }
}
