package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.xinfang.workflow.PetitionCases.chinaTime;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionCases.endOf;
import static org.xinfang.workflow.PetitionProcess.Elements.DECIDE_ROUTING;
import static org.xinfang.workflow.PetitionProcess.Elements.ROUTING_DEADLINE;
import static org.xinfang.workflow.PetitionProcess.Elements.ROUTING_REMINDER;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.holiday.ScheduleLoads;
import org.xinfang.holiday.ScheduleLoads.Loaded;
import org.xinfang.supervision.SupervisionProcess;

/**
 * Cases registered in January 2027, before the 2027 notice, count their limits on the statutory
 * holidays alone. The notice loaded on Sat 2027-02-06 gives 春节 from Thu 02-04 to Thu 02-11 and makes
 * Sat 01-30 and Sat 02-20 working days: limits move later and earlier, one that had fired is not due
 * after all, and a supervision's notice deadline moves with them. A context of its own, so that its
 * database has a 2027 schedule no other test expects.
 */
@PetitionProcessContext
@TestPropertySource(properties = "xinfang.holiday.recount.inline-limit=50")
class ScheduleChangeMovesLimitsTest {

  private static final String NOTICE = "国务院办公厅关于2027年部分节假日安排的通知（测试）";
  private static final String[] SCHEDULE_2027 = {
      "OFF 2027-01-01 元旦", "OFF 2027-01-02 元旦", "OFF 2027-01-03 元旦",
      "WORK 2027-01-30 春节", "OFF 2027-02-04 春节", "OFF 2027-02-05 春节", "OFF 2027-02-06 春节",
      "OFF 2027-02-07 春节", "OFF 2027-02-08 春节", "OFF 2027-02-09 春节", "OFF 2027-02-10 春节",
      "OFF 2027-02-11 春节", "WORK 2027-02-20 春节"};

  @Autowired PetitionCases cases;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ApplicationContext context;

  @Test
  void aNoticeLoadedLaterMovesEveryRunningLimitAndReopensOneThatWasNotDue() {
    // 15 days each, counted on the statutory holidays of 2027 (除夕 02-05 to 初三 02-08) and weekends:
    clockAt("2027-01-15T10:00");
    ProcessInstance earlierPast = cases.register();   // to Sat 01-30, moved to Mon 02-01
    clockAt("2027-01-19T10:00");
    ProcessInstance unchanged = cases.register();     // to Wed 02-03
    clockAt("2027-01-20T10:00");
    ProcessInstance reopened = cases.register();      // to Thu 02-04
    clockAt("2027-01-27T10:00");
    ProcessInstance later = cases.register();         // to Thu 02-11
    clockAt("2027-02-02T10:00");
    fireDueTimers();                                  // earlierPast's limit passed
    clockAt("2027-02-05T10:00");
    fireDueTimers();                                  // unchanged's and reopened's passed
    ProcessInstance earlierAhead = cases.register();  // to Sat 02-20, moved to Mon 02-22

    assertThat(job(reopened, ROUTING_DEADLINE)).isNull();
    cases.assertThatCase(reopened).isOverdue().hasEvent(EventType.SUPERVISION_STARTED, "信访部门处理期限已届满");
    assertThat(supervisionOf(reopened)).isNotNull();
    ProcessInstance supervision = supervisionOf(unchanged);
    // the notice's two working days from Fri 02-05, provisionally: Tue 02-09 and Wed 02-10
    assertThat(job(supervision, SupervisionProcess.Elements.NOTICE_DEADLINE).getDuedate()).isEqualTo(endOf("2027-02-10"));
    assertThat(job(later, ROUTING_DEADLINE).getDuedate()).isEqualTo(endOf("2027-02-11"));
    assertThat(job(earlierAhead, ROUTING_DEADLINE).getDuedate()).isEqualTo(endOf("2027-02-22"));

    clockAt("2027-02-06T10:00");
    Loaded loaded = ScheduleLoads.load(context, "admin", 2027, NOTICE, SCHEDULE_2027);

    assertThat(loaded.background()).isFalse();
    assertThat(loaded.done()).isTrue();
    assertThat(loaded.reopened()).isEqualTo(1);
    // earlierPast, reopened, later, earlierAhead, and the notice deadline of unchanged's supervision
    assertThat(loaded.moved()).isEqualTo(5);

    // later: 02-11 is 春节 now, so the limit ends on Fri 02-12
    assertMovedTo(later, "2027-02-12");
    cases.assertThatCase(later).hasEvent(EventType.LIMIT_MOVED,
        "信访部门处理期限因2027年节假日安排录入（" + NOTICE + "）重新计算，由2027年2月11日届满改为2027年2月12日届满（《信访工作条例》第二十二条）");

    // earlierAhead: Sat 02-20 is worked, so the limit ends on it rather than on Mon 02-22
    assertMovedTo(earlierAhead, "2027-02-20");
    assertThat(job(earlierAhead, ROUTING_REMINDER).getDuedate())
        .isEqualTo(Date.from(chinaTime("2027-02-17T00:00")));
    assertThat(task(earlierAhead).getFollowUpDate()).isEqualTo(Date.from(chinaTime("2027-02-17T00:00")));
    cases.assertThatCase(earlierAhead).hasEvent(EventType.LIMIT_MOVED, "由2027年2月22日届满改为2027年2月20日届满")
        .isNotOverdue();

    // earlierPast: Sat 01-30 is worked; the limit had passed and still has, a day earlier
    PetitionCase earlierPastRecord = cases.record(earlierPast);
    assertThat(earlierPastRecord.getRoutingDueAt()).isEqualTo(endOf("2027-01-30").toInstant());
    assertThat(earlierPastRecord.getRoutingMet()).isFalse();
    assertThat(task(earlierPast).getDueDate()).isEqualTo(endOf("2027-01-30"));
    assertThat(task(earlierPast).getPriority()).isEqualTo(TaskUrgency.OVERDUE);
    assertThat(supervisionOf(earlierPast)).isNotNull();
    cases.assertThatCase(earlierPast).isOverdue().hasEvent(EventType.LIMIT_MOVED, "由2027年2月1日届满改为2027年1月30日届满")
        .hasNoEvent(EventType.LIMIT_REOPENED);

    // reopened: 02-04 is 春节 now, the limit ends on Fri 02-12 and runs again, its timer armed anew
    PetitionCase reopenedRecord = cases.record(reopened);
    assertThat(reopenedRecord.getRoutingDueAt()).isEqualTo(endOf("2027-02-12").toInstant());
    assertThat(reopenedRecord.getRoutingMet()).isNull();
    assertThat(job(reopened, ROUTING_DEADLINE).getDuedate()).isEqualTo(endOf("2027-02-12"));
    assertThat(reopened).isWaitingAt(DECIDE_ROUTING);
    Task reopenedTask = task(reopened);
    assertThat(reopenedTask.getDueDate()).isEqualTo(endOf("2027-02-12"));
    // three working days before 02-12 are 02-01 to 02-03, already past: it is reminded of now
    assertThat(reopenedTask.getFollowUpDate()).isEqualTo(ClockUtil.getCurrentTime());
    assertThat(reopenedTask.getPriority()).isEqualTo(TaskUrgency.DUE_SOON);
    assertThat(tasks.getVariableLocal(reopenedTask.getId(), TaskListing.LIMIT)).isEqualTo("信访部门处理期限 2027年2月12日届满");
    assertThat(supervisionOf(reopened)).as("the supervision started in error").isNull();
    cases.assertThatCase(reopened).isNotOverdue().agreesWithProcess()
        .hasEvent(EventType.LIMIT_MOVED, "由2027年2月4日届满改为2027年2月12日届满")
        .hasEvent(EventType.LIMIT_REOPENED, "撤销超期标记")
        .hasEvent(EventType.SUPERVISION_WITHDRAWN, "超期督办系误启动，予以撤销")
        .hasEvents(EventType.LIMIT_SET, 1);

    // unchanged: 02-03 is still its last day; its supervision's notice deadline moves past 春节
    cases.assertThatCase(unchanged).isOverdue().hasNoEvent(EventType.LIMIT_REOPENED);
    assertThat(cases.record(unchanged).getRoutingDueAt()).isEqualTo(endOf("2027-02-03").toInstant());
    assertThat(job(supervision, SupervisionProcess.Elements.NOTICE_DEADLINE).getDuedate()).isEqualTo(endOf("2027-02-15"));
    Task notice = task(supervision);
    assertThat(notice.getTaskDefinitionKey()).isEqualTo(SupervisionProcess.Elements.ISSUE_NOTICE);
    assertThat(notice.getDueDate()).isEqualTo(endOf("2027-02-15"));
    cases.assertThatCase(unchanged).hasEvent(EventType.LIMIT_MOVED, "督办通知发出期限因2027年节假日安排录入");

    // a case registered now counts on the notice from the start; loading the same notice again moves nothing
    ProcessInstance afterTheNotice = cases.register();
    assertThat(job(afterTheNotice, ROUTING_DEADLINE).getDuedate()).isEqualTo(endOf("2027-02-22"));
    Loaded again = ScheduleLoads.load(context, "admin", 2027, NOTICE, SCHEDULE_2027);
    // the new case's limit joins; the notice deadlines of two supervisions (one late, one withdrawn) run no more
    assertThat(again.total()).isEqualTo(loaded.total() + 1 - 2);
    assertThat(again.moved()).isZero();
    cases.assertThatCase(afterTheNotice).hasNoEvent(EventType.LIMIT_MOVED);

    // the reopened limit fires on its new day, and only then is the case overdue again
    clockAt("2027-02-12T23:00");
    fireDueTimers();
    cases.assertThatCase(reopened).isNotOverdue();
    clockAt("2027-02-13T00:30");
    fireDueTimers();
    cases.assertThatCase(reopened).isOverdue();
    assertThat(supervisionOf(reopened)).isNotNull();
  }

  private void assertMovedTo(ProcessInstance process, String day) {
    assertThat(job(process, ROUTING_DEADLINE).getDuedate()).isEqualTo(endOf(day));
    assertThat(task(process).getDueDate()).isEqualTo(endOf(day));
    assertThat(runtime.getVariable(process.getId(), LegalLimits.dueDateVariable(org.xinfang.deadline.LegalLimit.ROUTING)))
        .isEqualTo(endOf(day));
    assertThat(cases.record(process).getRoutingDueAt()).isEqualTo(endOf(day).toInstant());
  }

  /** What the job executor would have done by now: every timer due is fired, in the order due. */
  private void fireDueTimers() {
    List<Job> due;
    while (!(due = management.createJobQuery().timers().duedateLowerThan(ClockUtil.getCurrentTime())
        .orderByJobDuedate().asc().listPage(0, 1)).isEmpty()) {
      management.executeJob(due.get(0).getId());
    }
  }

  private Job job(ProcessInstance process, String activity) {
    return management.createJobQuery().processInstanceId(process.getId()).activityId(activity).singleResult();
  }

  private Task task(ProcessInstance process) {
    return tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
  }

  private ProcessInstance supervisionOf(ProcessInstance petition) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(SupervisionProcess.KEY)
        .processInstanceBusinessKey(petition.getBusinessKey()).singleResult();
  }
}
