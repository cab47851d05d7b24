package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionCases.endOf;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
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
import org.xinfang.TestUsers;
import org.xinfang.casefile.EventType;
import org.xinfang.holiday.ScheduleLoads;
import org.xinfang.holiday.ScheduleLoads.Loaded;
import org.xinfang.instruction.InstructionProcess;
import org.xinfang.instruction.InstructionRequest;
import org.xinfang.instruction.LeaderInstruction;
import org.xinfang.instruction.LeaderInstructionRepository;
import org.xinfang.instruction.LeaderInstructions;
import org.xinfang.organization.Roles;
import org.xinfang.review.NewReviewRequest;
import org.xinfang.review.ReviewEntry;
import org.xinfang.review.ReviewProcess;
import org.xinfang.review.ReviewRequests;
import org.xinfang.supervision.SupervisionProcess;

/**
 * The limits of review and of leaders' instructions follow the 2027 notice like the petition's: one
 * that had passed on the statutory holidays alone and is not due after all runs again, its overdue
 * mark and supervision withdrawn; one that moves earlier stays missed. The notice, loaded on Sat
 * 2027-02-06, gives 春节 from Thu 02-04 to Thu 02-11 and makes Sat 01-30 a working day. A context
 * of its own, so that its database has a 2027 schedule no other test expects.
 */
@PetitionProcessContext
@TestPropertySource(properties = "xinfang.holiday.recount.inline-limit=40")
class ScheduleChangeReopensFeatureLimitsTest {

  private static final String NOTICE = "国务院办公厅关于2027年部分节假日安排的通知（测试）";
  private static final String LEADER = "qld.reopen";

  @Autowired PetitionCases cases;
  @Autowired ReviewRequests reviews;
  @Autowired LeaderInstructions instructions;
  @Autowired LeaderInstructionRepository instructionRecords;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ApplicationContext context;
  @Autowired IdentityService identity;

  @Test
  void reviewAndInstructionLimitsThatWereNotDueRunAgainAndOneMovedEarlierStaysMissed() {
    TestUsers.ensure(identity, "review.officer", "officer-secret", Roles.REVIEW_ORGAN);
    TestUsers.ensure(identity, "chengbei.jb", "handler-secret", Roles.unitHandlers(CHENGBEI));
    ProcessInstance replied = repliedOn("2026-12-10");
    clockAt("2027-01-05T10:00");
    reviews.record(replied.getBusinessKey(), new NewReviewRequest(LocalDate.parse("2027-01-05"),
        LocalDate.parse("2026-12-12")));                       // 30 days: to Thu 02-04
    ProcessInstance review = running(replied, ReviewProcess.REVIEW_KEY);
    Task answer = task(review);
    tasks.setAssignee(answer.getId(), "review.officer");

    ProcessInstance handled = acceptedOn("2026-12-03");
    clockAt("2027-01-15T10:00");
    LeaderInstruction earlier = instruct(handled);               // 15 days: Sat 01-30, provisionally Mon 02-01
    clockAt("2027-01-20T10:00");
    LeaderInstruction reopened = instruct(handled);              // 15 days: to Thu 02-04
    ProcessInstance reopenedProcess = processOf(reopened);
    tasks.setAssignee(task(reopenedProcess).getId(), "chengbei.jb");

    clockAt("2027-02-05T10:00");
    fireDueTimers();
    cases.assertThatCase(replied).isOverdue().hasEvent(EventType.SUPERVISION_STARTED, "复查期限已届满");
    assertThat(reviewOf(replied).answerMet()).isFalse();
    assertThat(instructionRecords.findById(reopened.getId()).orElseThrow().isOverdue()).isTrue();
    assertThat(instructionSupervisions(handled)).hasSize(2);
    assertThat(job(reopenedProcess, InstructionProcess.Elements.REMINDER)).as("reminded on 02-01").isNull();

    clockAt("2027-02-06T10:00");
    Loaded loaded = ScheduleLoads.load(context, "admin", 2027, NOTICE,
        "OFF 2027-01-01 元旦", "WORK 2027-01-30 春节", "OFF 2027-02-04 春节", "OFF 2027-02-05 春节",
        "OFF 2027-02-06 春节", "OFF 2027-02-07 春节", "OFF 2027-02-08 春节", "OFF 2027-02-09 春节",
        "OFF 2027-02-10 春节", "OFF 2027-02-11 春节");
    assertThat(loaded.reopened()).isEqualTo(2);

    // the review: 02-04 is 春节 now, so its limit ends on Fri 02-12 and runs again for the same officer
    ReviewEntry request = reviewOf(replied);
    assertThat(request.answerDueAt()).isEqualTo(endOf("2027-02-12").toInstant());
    assertThat(request.answerMet()).isNull();
    assertThat(review).isWaitingAt(ReviewProcess.Elements.ANSWER_REVIEW);
    assertThat(job(review, ReviewProcess.Elements.REVIEW_DEADLINE).getDuedate()).isEqualTo(endOf("2027-02-12"));
    Task answerAgain = task(review);
    assertThat(answerAgain.getDueDate()).isEqualTo(endOf("2027-02-12"));
    assertThat(answerAgain.getAssignee()).isEqualTo("review.officer");
    assertThat(running(replied, SupervisionProcess.KEY)).as("its supervision, started in error").isNull();
    cases.assertThatCase(replied).isNotOverdue()
        .hasEvent(EventType.LIMIT_MOVED, "复查期限因2027年节假日安排录入（" + NOTICE
            + "）重新计算，由2027年2月4日届满改为2027年2月12日届满（《信访工作条例》第三十五条）")
        .hasEvent(EventType.LIMIT_REOPENED, "复查期限重新计算后于2027年2月12日届满，尚未届满，撤销超期标记")
        .hasEvent(EventType.SUPERVISION_WITHDRAWN, "超期督办系误启动，予以撤销");
    assertThat(cases.timeline(replied)).as("the review's limit set once, when the request was recorded")
        .filteredOn(event -> event.getType() == EventType.LIMIT_SET && event.getDescription().startsWith("复查期限"))
        .hasSize(1);

    // the instruction due on 02-04: the same, its reminder given on 02-01 not given again
    LeaderInstruction reopenedNow = instructionRecords.findById(reopened.getId()).orElseThrow();
    assertThat(reopenedNow.isOverdue()).isFalse();
    assertThat(reopenedNow.getMet()).isNull();
    assertThat(reopenedNow.getDueAt()).isEqualTo(endOf("2027-02-12").toInstant());
    assertThat(reopenedProcess).isWaitingAt(InstructionProcess.Elements.CARRY_OUT);
    assertThat(job(reopenedProcess, InstructionProcess.Elements.DEADLINE).getDuedate()).isEqualTo(endOf("2027-02-12"));
    assertThat(job(reopenedProcess, InstructionProcess.Elements.REMINDER)).isNull();
    Task carryOut = task(reopenedProcess);
    assertThat(carryOut.getDueDate()).isEqualTo(endOf("2027-02-12"));
    assertThat(carryOut.getAssignee()).isEqualTo("chengbei.jb");
    assertThat(instructionSupervisions(handled)).as("the earlier instruction's supervision alone").singleElement()
        .satisfies(supervision -> assertThat(runtime.getVariable(supervision.getId(), SupervisionProcess.Variables.LIMIT))
            .isEqualTo("INSTRUCTION-" + earlier.getId()));

    // the instruction due on Mon 02-01: Sat 01-30 is worked, so it ended a day earlier and stays missed
    LeaderInstruction earlierNow = instructionRecords.findById(earlier.getId()).orElseThrow();
    assertThat(earlierNow.isOverdue()).isTrue();
    assertThat(earlierNow.getDueAt()).isEqualTo(endOf("2027-01-30").toInstant());
    assertThat(task(processOf(earlier)).getDueDate()).isEqualTo(endOf("2027-01-30"));
    cases.assertThatCase(handled)
        .hasEvent(EventType.LIMIT_MOVED, "区领导批示落实期限因2027年节假日安排录入（" + NOTICE
            + "）重新计算，由2027年2月1日届满改为2027年1月30日届满")
        .hasEvent(EventType.LIMIT_MOVED, "由2027年2月4日届满改为2027年2月12日届满")
        .hasEvents(EventType.LIMIT_REOPENED, 1)
        .hasEvents(EventType.SUPERVISION_WITHDRAWN, 1);

    // both fire again on their new day, and only then
    clockAt("2027-02-12T23:00");
    fireDueTimers();
    cases.assertThatCase(replied).isNotOverdue();
    clockAt("2027-02-13T00:30");
    fireDueTimers();
    cases.assertThatCase(replied).isOverdue();
    assertThat(reviewOf(replied).answerMet()).isFalse();
    assertThat(running(replied, SupervisionProcess.KEY)).isNotNull();
    assertThat(instructionRecords.findById(reopened.getId()).orElseThrow().isOverdue()).isTrue();
    assertThat(instructionSupervisions(handled)).hasSize(2);
  }

  private ProcessInstance acceptedOn(String day) {
    clockAt(day + "T09:00");
    ProcessInstance petition = cases.register();
    complete(task(petition), StepForms.transferTo(CHENGBEI));
    complete(task(petition), StepForms.accept());
    assertThat(petition).isWaitingAt(PetitionProcess.Elements.HANDLE_CASE);
    return petition;
  }

  private ProcessInstance repliedOn(String day) {
    ProcessInstance petition = acceptedOn("2026-12-01");
    clockAt(day + "T09:00");
    complete(task(petition), StepForms.reply());
    complete(task(petition), StepForms.approveReply());
    assertThat(petition).isEnded();
    return petition;
  }

  private LeaderInstruction instruct(ProcessInstance petition) {
    return instructions.record(petition.getBusinessKey(),
        new InstructionRequest("请街道主要负责人亲自过问，依法妥善处理。", CHENGBEI, 15),
        LEADER, List.of(Roles.DISTRICT_LEADERS));
  }

  private ReviewEntry reviewOf(ProcessInstance petition) {
    return reviews.of(cases.record(petition)).get(0);
  }

  private ProcessInstance processOf(LeaderInstruction instruction) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(InstructionProcess.KEY)
        .variableValueEquals(InstructionProcess.Variables.INSTRUCTION_ID, instruction.getId()).singleResult();
  }

  private ProcessInstance running(ProcessInstance petition, String key) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(key)
        .processInstanceBusinessKey(petition.getBusinessKey()).singleResult();
  }

  /** The supervisions of the case's instructions; its reply limit, missed too, has one of its own. */
  private List<ProcessInstance> instructionSupervisions(ProcessInstance petition) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(SupervisionProcess.KEY)
        .processInstanceBusinessKey(petition.getBusinessKey()).list().stream()
        .filter(supervision -> String.valueOf(runtime.getVariable(supervision.getId(),
            SupervisionProcess.Variables.LIMIT)).startsWith("INSTRUCTION-"))
        .toList();
  }

  private Job job(ProcessInstance process, String activity) {
    return management.createJobQuery().processInstanceId(process.getId()).activityId(activity).singleResult();
  }

  /** What the job executor would have done by now: every timer due is fired, in the order due. */
  private void fireDueTimers() {
    List<Job> due;
    while (!(due = management.createJobQuery().timers().duedateLowerThan(ClockUtil.getCurrentTime())
        .orderByJobDuedate().asc().listPage(0, 1)).isEmpty()) {
      management.executeJob(due.get(0).getId());
    }
  }
}
