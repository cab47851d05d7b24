package org.xinfang.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseIntake;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;
import org.xinfang.workflow.CaseRegistration;
import org.xinfang.workflow.PetitionProcess.Variables;

/** The supervisor's list of overdue and soon-due cases, counted by the unit that must act. */
@PostgresIntegrationTest
class DeadlineWatchIT {

  private static final String UNIT = "it-watch";
  private static final String SUPERVISOR = "it.supervisor";
  private static final String PASSWORD = "supervisor-secret";

  @Autowired CaseRegistration registration;
  @Autowired TaskService tasks;
  @Autowired UnitDirectory units;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  ApiClient api;

  @BeforeEach
  void supervisor() {
    units.ensureBureauRoles();
    units.ensureUnit(UNIT, "督查测试镇", UnitKind.TOWN);
    TestUsers.ensure(identity, SUPERVISOR, PASSWORD, Roles.SUPERVISORS);
    api = new ApiClient(http, json, SUPERVISOR, PASSWORD);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  /** Wed 2026-07-15 in China: no holiday within three weeks either side, so every limit is plain. */
  private static final Instant NOW = Instant.parse("2026-07-15T02:00:00Z");

  @Test
  void listsOverdueAndSoonDueCasesByTheUnitThatMustAct() {
    Instant now = NOW;
    String overdueAtPetitionRoom = registeredDaysAgo(now, 20);
    String dueSoonAtPetitionRoom = registeredDaysAgo(now, 14);
    String notYetDue = registeredDaysAgo(now, 0);
    String overdueAtUnit = transferredToUnitDaysAgo(now, 20);

    ClockUtil.setCurrentTime(Date.from(now));
    JsonNode watch = api.get("/api/supervision/deadlines?withinDays=5").json();
    assertThat(Instant.parse(watch.path("asOf").asText())).isEqualTo(now);

    Map<String, JsonNode> listed = new HashMap<>();
    watch.path("cases").forEach(watched -> listed.put(watched.path("caseNumber").asText(), watched));
    assertThat(listed.get(overdueAtPetitionRoom).path("overdue").asBoolean()).isTrue();
    assertThat(listed.get(overdueAtPetitionRoom).path("actor").path("code").asText()).isEqualTo(Roles.PETITION_ROOM);
    assertThat(listed.get(overdueAtPetitionRoom).path("limit").path("code").asText()).isEqualTo("ROUTING");
    assertThat(listed.get(dueSoonAtPetitionRoom).path("overdue").asBoolean()).isFalse();
    assertThat(listed).doesNotContainKey(notYetDue);
    assertThat(listed.get(overdueAtUnit).path("actor").path("code").asText()).isEqualTo(UNIT);
    assertThat(listed.get(overdueAtUnit).path("limit").path("code").asText()).isEqualTo("ACCEPTANCE");
    assertThat(listed.get(overdueAtUnit).path("overdue").asBoolean()).isTrue();

    JsonNode unitCount = find(watch.path("units"), UNIT);
    assertThat(unitCount.path("overdue").asLong()).isEqualTo(1);
    assertThat(unitCount.path("dueSoon").asLong()).isZero();
    assertThat(find(watch.path("units"), Roles.PETITION_ROOM).path("overdue").asLong()).isPositive();

    List<Instant> dueDates = new ArrayList<>();
    watch.path("cases").forEach(watched -> dueDates.add(Instant.parse(watched.path("dueAt").asText())));
    assertThat(dueDates).isSorted();
  }

  @Test
  void aHorizonOutsideOneToThirtyDaysIsRefusedNamingTheField() {
    Reply reply = api.get("/api/supervision/deadlines?withinDays=31");

    reply.assertIsCleanProblem(400);
    assertThat(reply.namesField("withinDays")).isTrue();
  }

  private String registeredDaysAgo(Instant now, int days) {
    ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofDays(days))));
    return registration.register(intake()).petitionCase().getCaseNumber();
  }

  private String transferredToUnitDaysAgo(Instant now, int days) {
    ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofDays(days))));
    CaseRegistration.Registered registered = registration.register(intake());
    String taskId = tasks.createTaskQuery().processInstanceId(registered.processInstanceId()).singleResult().getId();
    tasks.complete(taskId, Map.of(
        Variables.ROUTING_DECISION, "TRANSFER",
        Variables.ROUTING_OPINION, "转督查测试镇办理。",
        Variables.RESPONSIBLE_UNIT, UNIT));
    return registered.petitionCase().getCaseNumber();
  }

  private static CaseIntake intake() {
    return new CaseIntake(Channel.PHONE, null, null, 1, CaseClass.CLAIM, SubjectCategory.URBAN_CONSTRUCTION,
        "反映小区路灯长期不亮", "小区主干道路灯损坏三个月无人维修，夜间出行不便。", UNIT,
        List.of(new Petitioner("王秀兰", null, "13907460012", "督查测试镇幸福村")));
  }

  private static JsonNode find(JsonNode units, String code) {
    for (JsonNode unit : units) {
      if (code.equals(unit.path("unit").path("code").asText())) {
        return unit;
      }
    }
    throw new AssertionError("no " + code + " in " + units);
  }
}
