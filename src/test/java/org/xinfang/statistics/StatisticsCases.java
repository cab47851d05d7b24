package org.xinfang.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.workflow.PetitionProcess;

/** Petitions registered through the API and routed by the petition room, each step at a time of its own. */
class StatisticsCases {

  private final ApiClient registrar;
  private final TaskService tasks;

  StatisticsCases(ApiClient registrar, TaskService tasks) {
    this.registrar = registrar;
    this.tasks = tasks;
  }

  /** Registers a petition at {@code at} and has the petition room transfer it to {@code unit} at {@code routedAt}. */
  String registeredAndTransferred(String at, String channel, int persons, String unit, String routedAt) {
    clockAt(at);
    Map<String, Object> petitioner = new LinkedHashMap<>();
    petitioner.put("name", "李红梅");
    petitioner.put("phone", "13907461234");
    Map<String, Object> intake = new LinkedHashMap<>();
    intake.put("channel", channel);
    intake.put("personCount", persons);
    intake.put("caseClass", "CLAIM");
    intake.put("subjectCategory", "URBAN_CONSTRUCTION");
    intake.put("title", "反映小区雨污管网堵塞");
    intake.put("content", "小区雨污管网长期堵塞，雨天污水倒灌。");
    intake.put("petitioners", new ArrayList<>(List.of(petitioner)));
    Reply registered = registrar.post("/api/cases", intake);
    assertThat(registered.code()).as(registered.body()).isEqualTo(201);
    String caseNumber = registered.json().path("caseNumber").asText();

    clockAt(routedAt);
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    tasks.complete(taskId, Map.of(
        PetitionProcess.Variables.ROUTING_DECISION, "TRANSFER",
        PetitionProcess.Variables.ROUTING_OPINION, "属该单位职责，转送办理",
        PetitionProcess.Variables.RESPONSIBLE_UNIT, unit));
    return caseNumber;
  }

  /** Sets the engine clock, and so "now" for the application, to an offset date-time. */
  static void clockAt(String at) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(at).toInstant()));
  }
}
