package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.chinaTime;
import static org.xinfang.workflow.PetitionCases.clockAt;
import static org.xinfang.workflow.PetitionCases.endOf;
import static org.xinfang.workflow.StepForms.approveReply;
import static org.xinfang.workflow.StepForms.assignTo;
import static org.xinfang.workflow.StepForms.replyWithReport;
import static org.xinfang.workflow.StepForms.returnReport;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.rating.RatingState;
import org.xinfang.rating.SatisfactionRating;
import org.xinfang.rating.SatisfactionRatings;

/** The rating window opens when the reply goes out, and closes when an assigned item's report takes the reply back. */
@PetitionProcessContext
class RatingWindowTest {

  @Autowired PetitionCases cases;
  @Autowired SatisfactionRatings ratings;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void theWindowIsFixedAtTheReplyAndStartsAnewAfterAReturnedReport() {
    ProcessInstance process = cases.acceptedOnTuesday14July(assignTo(CHENGBEI, 26));
    clockAt("2026-08-03T10:00");
    complete(task(), replyWithReport());
    assertThat(ratings.of(cases.record(process))).as("a draft opens no window").isEmpty();

    clockAt("2026-08-04T10:00");
    complete(task(), approveReply());
    SatisfactionRating first = ratings.of(cases.record(process)).orElseThrow();
    assertThat(first.getWindowEndsAt()).as("30 days after Tue 4 Aug: Thu 3 Sep").isEqualTo(endOf("2026-09-03").toInstant());
    assertThat(first.getUnitCode()).isEqualTo(CHENGBEI);
    assertThat(first.state(chinaTime("2026-09-03T23:59"))).isEqualTo(RatingState.OPEN);
    assertThat(first.state(chinaTime("2026-09-04T00:00"))).isEqualTo(RatingState.EXPIRED_UNRATED);

    clockAt("2026-08-05T10:00");
    complete(task(), returnReport("办结报告未附现场照片，请补充后重新报送。"));
    assertThat(ratings.of(cases.record(process))).as("the reply is withdrawn with the report").isEmpty();

    clockAt("2026-08-06T10:00");
    complete(task(), replyWithReport());
    clockAt("2026-08-07T10:00");
    complete(task(), approveReply());
    assertThat(ratings.of(cases.record(process)).orElseThrow().getWindowEndsAt())
        .as("30 days after Fri 7 Aug is Sun 6 Sep: the window ends on Monday")
        .isEqualTo(endOf("2026-09-07").toInstant());
  }
}
