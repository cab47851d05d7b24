package org.xinfang.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.casefile.Intakes.groupVisit;
import static org.xinfang.casefile.TestDistrict.PLACE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;
import org.xinfang.workflow.PetitionProcess;

/**
 * Finding cases: the list's filters and paging, one case by its number, the units. Each test sends
 * its cases to a unit of its own, so the filters see only them in the shared database.
 */
@PostgresIntegrationTest
class CaseListIT {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired ProcessEngine engine;

  ApiClient api;
  ApiClient engineAdmin;
  String unit;

  @BeforeEach
  void district() {
    api = TestDistrict.registrar(units, identity, http, json);
    engineAdmin = TestDistrict.administrator(identity, http, json);
    unit = "it-" + UUID.randomUUID().toString().substring(0, 8);
    units.ensureUnit(unit, "住房和城乡建设局" + unit, UnitKind.DEPARTMENT);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theListIsFilteredAndPagedNewestFirst() {
    String letter = registerAndTransfer("2026-02-27T10:00:00+08:00", "LETTER", "CLAIM");
    String visit = registerAndTransfer("2026-02-28T23:30:00+08:00", "VISIT", "SUGGESTION");
    String online = registerAndTransfer("2026-03-01T00:30:00+08:00", "ONLINE", "CLAIM");
    letAcceptanceLimitExpire(letter);

    assertThat(numbers("")).containsExactly(online, visit, letter);
    assertThat(numbers("&channel=VISIT")).containsExactly(visit);
    assertThat(numbers("&caseClass=CLAIM")).containsExactly(online, letter);
    assertThat(numbers("&status=AWAITING_ACCEPTANCE")).containsExactly(online, visit, letter);
    assertThat(numbers("&status=AWAITING_ROUTING")).isEmpty();
    assertThat(numbers("&overdue=true")).containsExactly(letter);
    assertThat(numbers("&overdue=false")).containsExactly(online, visit);
    assertThat(numbers("&caseClass=CLAIM&overdue=false")).containsExactly(online);

    // registration days are China Standard Time: 23:30 and 00:30 there are both 28 February in UTC
    assertThat(numbers("&registeredFrom=2026-03-01")).containsExactly(online);
    assertThat(numbers("&registeredTo=2026-02-28")).containsExactly(visit, letter);
    assertThat(numbers("&registeredFrom=2026-02-28&registeredTo=2026-02-28")).containsExactly(visit);

    JsonNode first = list("&size=2").json();
    assertThat(first.path("content")).extracting(c -> c.path("caseNumber").asText()).containsExactly(online, visit);
    assertThat(first.path("page").asInt()).isZero();
    assertThat(first.path("size").asInt()).isEqualTo(2);
    assertThat(first.path("totalElements").asLong()).isEqualTo(3);
    assertThat(first.path("totalPages").asInt()).isEqualTo(2);
    JsonNode second = list("&size=2&page=1").json();
    assertThat(second.path("content")).extracting(c -> c.path("caseNumber").asText()).containsExactly(letter);
    assertThat(list("").json().path("size").asInt()).isEqualTo(20);

    JsonNode summary = first.path("content").get(1);
    assertThat(summary.path("title").asText()).isEqualTo("反映河西街道某小区违章搭建问题");
    assertThat(summary.path("status").path("label").asText()).isEqualTo("待责任单位受理");
    assertThat(summary.path("channel").path("label").asText()).isEqualTo("来访");
    assertThat(summary.path("caseClass").path("label").asText()).isEqualTo("建议意见");
    assertThat(summary.path("responsibleUnit").path("code").asText()).isEqualTo(unit);
    assertThat(summary.path("responsibleUnit").path("label").asText()).isEqualTo("住房和城乡建设局" + unit);
    assertThat(summary.path("registeredAt").asText()).isEqualTo("2026-02-28T15:30:00Z");
  }

  @Test
  void aCaseShowsTheDecisionsTakenAndWhetherItsLimitsWereMet() {
    String caseNumber = registerAndTransfer("2026-03-02T09:00:00+08:00", "LETTER", "CLAIM");
    letAcceptanceLimitExpire(caseNumber);

    JsonNode details = api.get("/api/cases/" + caseNumber).json();

    assertThat(details.path("status").path("code").asText()).isEqualTo("AWAITING_ACCEPTANCE");
    assertThat(details.path("routingDecision").path("label").asText()).isEqualTo("转送");
    assertThat(details.path("responsibleUnit").path("code").asText()).isEqualTo(unit);
    assertThat(details.path("milestones").path("decidedAt").asText()).isEqualTo("2026-03-02T01:00:00Z");
    assertThat(details.path("overdue").asBoolean()).isTrue();
    Map<String, JsonNode> limits = new HashMap<>();
    details.path("dueDates").forEach(due -> limits.put(due.path("limit").asText(), due));
    assertThat(limits.get("ROUTING").path("met").asBoolean()).isTrue();
    assertThat(limits.get("ACCEPTANCE").path("met").isBoolean()).isTrue();
    assertThat(limits.get("ACCEPTANCE").path("met").asBoolean()).isFalse();
    assertThat(limits.get("REPLY").path("dueAt").isNull()).isTrue();
    JsonNode routed = find(details.path("timeline"), "ROUTING_DECIDED");
    assertThat(routed.path("actor").asText()).isEqualTo(TestDistrict.ADMINISTRATOR);
    assertThat(routed.path("taskId").asText()).isNotBlank();
    assertThat(routed.path("taskName").asText()).isNotBlank();
    assertThat(find(details.path("timeline"), "LIMIT_EXPIRED").path("description").asText()).contains("责任单位受理期限");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
      "size, 101",
      "size, 0",
      "page, -1",
      "status, LOST",
      "channel, PIGEON",
      "overdue, maybe",
      "registeredFrom, 2026-02-30",
      "registeredTo, yesterday"})
  void aBadFilterIsNamed(String parameter, String value) {
    Reply refused = api.get("/api/cases?" + parameter + "=" + value);

    refused.assertIsCleanProblem(400);
    assertThat(refused.namesField(parameter)).as(refused.body()).isTrue();
  }

  @Test
  void anUnknownCaseIsNotFound() {
    Reply missing = api.get("/api/cases/XF-1999-99999");

    missing.assertIsCleanProblem(404);
    assertThat(missing.json().path("detail").asText()).contains("XF-1999-99999");
  }

  @Test
  void theActiveUnitsAreListedWithTheirKind() {
    Reply listed = api.get("/api/units");

    assertThat(listed.code()).isEqualTo(200);
    Map<String, JsonNode> byCode = new HashMap<>();
    listed.json().forEach(u -> byCode.put(u.path("code").asText(), u));
    assertThat(byCode.get(unit).path("name").asText()).isEqualTo("住房和城乡建设局" + unit);
    assertThat(byCode.get(unit).path("kind").asText()).isEqualTo("DEPARTMENT");
    assertThat(byCode.get(unit).path("kindLabel").asText()).isEqualTo("区直部门");
    assertThat(byCode.get(unit).path("place").asBoolean()).isFalse();
    assertThat(byCode.get(PLACE).path("kind").asText()).isEqualTo("STREET");
    assertThat(byCode.get(PLACE).path("place").asBoolean()).isTrue();
  }

  /** Registers a case at the given time and has the petition room transfer it to this test's unit. */
  private String registerAndTransfer(String at, String channel, String caseClass) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(at).toInstant()));
    Map<String, Object> intake = groupVisit();
    intake.put("channel", channel);
    intake.put("caseClass", caseClass);
    Reply registered = api.post("/api/cases", intake);
    assertThat(registered.code()).as(registered.body()).isEqualTo(201);
    String caseNumber = registered.json().path("caseNumber").asText();

    String taskId = engineAdmin.get(engineRest() + "/task?processInstanceBusinessKey=" + caseNumber + "&maxResults=10").json()
        .get(0).path("id").asText();
    Reply completed = engineAdmin.post(engineRest() + "/task/" + taskId + "/complete", Map.of("variables", Map.of(
        PetitionProcess.Variables.ROUTING_DECISION, Map.of("value", "TRANSFER"),
        PetitionProcess.Variables.ROUTING_OPINION, Map.of("value", "属住建部门职责，转送办理"),
        PetitionProcess.Variables.RESPONSIBLE_UNIT, Map.of("value", unit))));
    assertThat(completed.code()).as(completed.body()).isEqualTo(204);
    return caseNumber;
  }

  /** Fires the unit's acceptance timer a second after its due time, as the job executor would. */
  private void letAcceptanceLimitExpire(String caseNumber) {
    String instanceId = engineAdmin.get(engineRest() + "/process-instance?businessKey=" + caseNumber + "&maxResults=10")
        .json()
        .get(0).path("id").asText();
    String jobId = engineAdmin.get(engineRest() + "/job?processInstanceId=" + instanceId + "&activityId="
        + PetitionProcess.Elements.ACCEPTANCE_DEADLINE + "&maxResults=10").json().get(0).path("id").asText();
    Date due = engine.getManagementService().createJobQuery().jobId(jobId).singleResult().getDuedate();
    ClockUtil.setCurrentTime(Date.from(due.toInstant().plusSeconds(1)));
    Reply executed = engineAdmin.post(engineRest() + "/job/" + jobId + "/execute", null);
    assertThat(executed.code()).as(executed.body()).isEqualTo(204);
  }

  private List<String> numbers(String filters) {
    Reply listed = list(filters);
    assertThat(listed.code()).as(listed.body()).isEqualTo(200);
    return listed.json().path("content").findValuesAsText("caseNumber");
  }

  private Reply list(String filters) {
    return api.get("/api/cases?unit=" + unit + filters);
  }

  /** Each test context runs an engine of its own name; the engine REST API is addressed by it. */
  private String engineRest() {
    return "/engine-rest/engine/" + engine.getName();
  }

  private static JsonNode find(JsonNode timeline, String type) {
    for (JsonNode entry : timeline) {
      if (type.equals(entry.path("type").path("code").asText())) {
        return entry;
      }
    }
    throw new AssertionError("no " + type + " in " + timeline);
  }
}
