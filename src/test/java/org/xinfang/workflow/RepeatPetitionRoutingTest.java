package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionProcess.Elements.DECIDE_ROUTING;
import static org.xinfang.workflow.StepForms.decide;
import static org.xinfang.workflow.StepForms.transferTo;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * What the petition room is told about a repeat petition, and the one decision it depends on:
 * 不再受理 only for the matter of a concluded re-review (Art. 36 ¶3); a repeat raised while the
 * earlier case is still handled is flagged (Art. 19 ¶3).
 */
@PetitionProcessContext
class RepeatPetitionRoutingTest {

  static final String NOT_AGAIN = "经审查，该事项已经复核终结，信访人以同一事实和理由再次提出。";

  @Autowired PetitionCases cases;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  @Test
  void afterReReviewTheSameMatterIsProposedNotToBeAcceptedAgainAndEndsWithItsNotice() {
    String reReviewed = reReviewedCase();
    clockAt("2026-07-03T10:00");
    ProcessInstance process = cases.register(reReviewed);

    Task routing = task(process);
    assertThat(notice(routing)).contains("原事项" + reReviewed + "（已复核）", "已经复核终结", "不再受理", "第三十六条第三款");
    assertThat(tasks.getVariable(routing.getId(), Variables.ROUTING_DECISION))
        .as("proposed in the form").isEqualTo("NOT_ACCEPT_AGAIN");

    complete(routing, decide(RoutingDecision.NOT_ACCEPT_AGAIN, NOT_AGAIN));

    assertThat(process).hasPassed(DECIDE_ROUTING, "Event_NotAcceptedAgain").isEnded();
    cases.assertThatCase(process)
        .hasStatus(CaseStatus.NOT_ACCEPTED_AGAIN).agreesWithProcess()
        .hasEvent(EventType.ROUTING_DECIDED, "不再受理（原事项" + reReviewed + "已经复核）")
        .hasEvent(EventType.NOTICE_ISSUED, "不再受理告知书")
        .satisfies(record -> {
          assertThat(record.isFirstTime()).isFalse();
          assertThat(jdbc.queryForObject("select earlier.case_number from petition_case c"
              + " join petition_case earlier on earlier.id = c.repeat_of where c.id = ?", String.class, record.getId()))
              .isEqualTo(reReviewed);
          assertThat(record.isRepeatWhileOpen()).isFalse();
        });
  }

  @Test
  void aRepeatOfARefusedRepeatCarriesTheSameReReviewedMatter() {
    String reReviewed = reReviewedCase();
    ProcessInstance refused = cases.register(reReviewed);
    complete(task(refused), decide(RoutingDecision.NOT_ACCEPT_AGAIN, NOT_AGAIN));

    ProcessInstance third = cases.register(refused.getBusinessKey());

    assertThat(notice(task(third))).contains("原事项" + refused.getBusinessKey() + "（不再受理）", "已经复核终结（" + reReviewed + "）");
    complete(task(third), decide(RoutingDecision.NOT_ACCEPT_AGAIN, NOT_AGAIN));
    cases.assertThatCase(third).hasStatus(CaseStatus.NOT_ACCEPTED_AGAIN).agreesWithProcess();
  }

  @Test
  void theHandlerMayStillRouteARepeatWithNewFacts() {
    ProcessInstance process = cases.register(reReviewedCase());

    complete(task(process), transferTo(CHENGBEI));

    cases.assertThatCase(process).hasStatus(CaseStatus.AWAITING_ACCEPTANCE).agreesWithProcess();
  }

  @Test
  void notAcceptingAgainAFirstTimeItemIsRefused() {
    ProcessInstance process = cases.registeredOnFriday3July();
    assertThat(tasks.getVariable(task(process).getId(), TaskBriefing.REPEAT_NOTICE)).isNull();
    assertThat(tasks.getVariable(task(process).getId(), Variables.ROUTING_DECISION)).isNull();

    assertThatThrownBy(() -> complete(task(process), decide(RoutingDecision.NOT_ACCEPT_AGAIN, NOT_AGAIN)))
        .hasRootCauseInstanceOf(InvalidStepInput.class)
        .hasRootCauseMessage("办理方式：不再受理仅适用于已经复核终结、以同一事实和理由再次提出的事项；"
            + "本事项登记时未关联已复核的原事项（《信访工作条例》第三十六条第三款）");

    assertThat(process).isWaitingAt(DECIDE_ROUTING);
    cases.assertThatCase(process).hasStatus(CaseStatus.AWAITING_ROUTING).agreesWithProcess()
        .hasNoEvent(EventType.ROUTING_DECIDED);
  }

  @Test
  void notAcceptingAgainARepeatOfACaseNotReReviewedIsRefused() {
    ProcessInstance earlier = cases.register();
    complete(task(earlier), decide(RoutingDecision.NOT_ACCEPT, "经审查，不属于信访事项受理范围。"));
    ProcessInstance process = cases.register(earlier.getBusinessKey());

    assertThat(notice(task(process))).isEqualTo("重复信访：与原事项" + earlier.getBusinessKey() + "（不予受理）为同一事项。");
    assertThatThrownBy(() -> complete(task(process), decide(RoutingDecision.NOT_ACCEPT_AGAIN, NOT_AGAIN)))
        .hasRootCauseInstanceOf(InvalidStepInput.class);
    assertThat(process).isWaitingAt(DECIDE_ROUTING);
  }

  @Test
  void anItemRaisedAgainWhileTheEarlierIsHandledIsFlaggedForThePetitionRoom() {
    ProcessInstance earlier = cases.registeredOnFriday3July();
    clockAt("2026-07-08T09:00");
    ProcessInstance process = cases.register(earlier.getBusinessKey());

    PetitionCase record = cases.record(process);
    assertThat(record.isFirstTime()).isFalse();
    assertThat(record.isRepeatWhileOpen()).isTrue();
    cases.assertThatCase(process).hasEvent(EventType.REGISTERED,
        "重复信访，原事项" + earlier.getBusinessKey() + "（待信访室处理）尚在办理中（《信访工作条例》第十九条第三款）");
    assertThat(notice(task(process))).contains(earlier.getBusinessKey(), "尚在办理中", "第十九条第三款");
    assertThat(tasks.getVariable(task(process).getId(), Variables.ROUTING_DECISION)).as("nothing proposed").isNull();
    assertThat(cases.record(earlier).isFirstTime()).isTrue();
  }

  /** An earlier case whose re-review concluded; the review processes put it there in real life. */
  private String reReviewedCase() {
    clockAt("2026-05-04T10:00");
    ProcessInstance earlier = cases.register();
    complete(task(earlier), transferTo(CHENGBEI));
    jdbc.update("update petition_case set status = ? where case_number = ?",
        CaseStatus.RE_REVIEWED.name(), earlier.getBusinessKey());
    return earlier.getBusinessKey();
  }

  private String notice(Task task) {
    return (String) tasks.getVariable(task.getId(), TaskBriefing.REPEAT_NOTICE);
  }
}
