package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.xinfang.workflow.PetitionCases.CHENGBEI;
import static org.xinfang.workflow.PetitionCases.clockAt;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases whose limits began before their starts were kept: the rows a recount needs are written again
 * from the records, exactly as the steps wrote them, and a limit whose record does not agree with
 * its count is left alone.
 */
@PetitionProcessContext
class RunningLimitBackfillTest {

  @Autowired PetitionCases cases;
  @Autowired JdbcClient jdbc;
  @Autowired RunningLimitBackfill backfill;

  @Test
  void theLimitsOfWaitingCasesGetTheirStartsBackFromTheRecordUnlessTheRecordDisagrees() {
    clockAt("2026-11-02T10:00");
    ProcessInstance routing = cases.register();
    ProcessInstance accepting = cases.register();
    ProcessInstance extended = cases.register();
    ProcessInstance disagreeing = cases.register();
    clockAt("2026-11-04T10:00");
    complete(task(accepting), StepForms.transferTo(CHENGBEI));
    complete(task(extended), StepForms.assignTo(CHENGBEI, 30));
    clockAt("2026-11-05T10:00");
    complete(task(extended), StepForms.accept());
    clockAt("2026-11-20T10:00");
    complete(task(extended), StepForms.requestExtension(20));
    complete(task(extended), StepForms.approveExtension());
    assertThat(extended).isWaitingAt(PetitionProcess.Elements.HANDLE_CASE);

    List<ProcessInstance> all = List.of(routing, accepting, extended, disagreeing);
    Map<String, List<Map<String, Object>>> asStarted = rowsOf(all);
    assertThat(asStarted.get(routing.getBusinessKey())).extracting(row -> row.get("limit_key")).containsExactly("ROUTING");
    assertThat(asStarted.get(accepting.getBusinessKey())).extracting(row -> row.get("limit_key"))
        .containsExactlyInAnyOrder("ACCEPTANCE", "OBJECTION", "ROUTING");
    assertThat(asStarted.get(extended.getBusinessKey())).filteredOn(row -> row.get("limit_key").equals("REPLY"))
        .singleElement().satisfies(row -> {
          assertThat(row.get("length")).isEqualTo(30);
          assertThat(row.get("extension_days")).isEqualTo(20);
        });

    // as before the release that keeps them; and one case's record says another day than its count
    for (ProcessInstance process : all) {
      jdbc.sql("delete from running_limit where case_id = ?").param(cases.record(process).getId()).update();
    }
    jdbc.sql("update petition_case set routing_due_at = routing_due_at + interval '1 day' where case_number = ?")
        .param(disagreeing.getBusinessKey()).update();

    backfill.run(null);

    Map<String, List<Map<String, Object>>> backfilled = rowsOf(all);
    // a limit whose step is done runs no more: only the waiting ones come back
    assertThat(backfilled.get(routing.getBusinessKey())).isEqualTo(asStarted.get(routing.getBusinessKey()));
    assertThat(backfilled.get(accepting.getBusinessKey())).isEqualTo(
        asStarted.get(accepting.getBusinessKey()).stream().filter(row -> !row.get("limit_key").equals("ROUTING")).toList());
    assertThat(backfilled.get(extended.getBusinessKey())).isEqualTo(
        asStarted.get(extended.getBusinessKey()).stream().filter(row -> row.get("limit_key").equals("REPLY")).toList());
    assertThat(backfilled.get(disagreeing.getBusinessKey())).isEmpty();

    backfill.run(null);
    assertThat(rowsOf(all)).as("a second start changes nothing").isEqualTo(backfilled);
  }

  /** The rows of each case's petition limits, without their ids, by case number. */
  private Map<String, List<Map<String, Object>>> rowsOf(List<ProcessInstance> processes) {
    Map<String, List<Map<String, Object>>> rows = new java.util.HashMap<>();
    for (ProcessInstance process : processes) {
      rows.put(process.getBusinessKey(), jdbc.sql("""
              select limit_key, event_day, length, counting, extension_days, last_day from running_limit
              where case_id = ? and owner = 'PETITION' order by limit_key
              """)
          .param(cases.record(process).getId())
          .query()
          .listOfRows());
    }
    return rows;
  }
}
