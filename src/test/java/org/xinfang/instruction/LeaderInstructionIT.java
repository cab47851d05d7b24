package org.xinfang.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
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

/** Leaders record instructions on a case through the API; nobody else may, and bad input stores nothing. */
@PostgresIntegrationTest
class LeaderInstructionIT {

  private static final String UNIT = "it-pishi";
  private static final String LEADER = "it.district-leader";
  private static final String REGISTRAR = "it.instruction-registrar";
  private static final String PASSWORD = "leader-secret";

  /** Wed 2026-07-15 10:00 in China. */
  private static final Instant NOW = Instant.parse("2026-07-15T02:00:00Z");

  @Autowired CaseRegistration registration;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired UnitDirectory units;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  ApiClient leader;
  ApiClient registrar;

  @BeforeEach
  void people() {
    units.ensureBureauRoles();
    units.ensureUnit(UNIT, "批示测试街道", UnitKind.STREET);
    TestUsers.ensure(identity, LEADER, PASSWORD, Roles.DISTRICT_LEADERS);
    TestUsers.ensure(identity, REGISTRAR, PASSWORD, Roles.PETITION_ROOM);
    leader = new ApiClient(http, json, LEADER, PASSWORD);
    registrar = new ApiClient(http, json, REGISTRAR, PASSWORD);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void aLeaderInstructsAndTheCaseShowsIt() {
    String caseNumber = transferredToUnit();

    Reply reply = leader.post(path(caseNumber), Map.of("text", "请街道主要负责人亲自过问。", "addressee", UNIT, "days", 10));

    assertThat(reply.code()).as(reply.body()).isEqualTo(201);
    JsonNode instruction = reply.json();
    assertThat(instruction.path("instructedBy").asText()).isEqualTo(LEADER);
    assertThat(instruction.path("leaderRole").path("label").asText()).isEqualTo("区领导");
    assertThat(instruction.path("addressee").path("code").asText()).isEqualTo(Roles.unitHandlers(UNIT));
    assertThat(instruction.path("addressee").path("label").asText()).isEqualTo("批示测试街道");
    assertThat(instruction.path("status").path("code").asText()).isEqualTo("OPEN");
    // Ten days from Wed 07-15 end on Sat 07-25, moved to Mon 07-27, the last second of it in China.
    assertThat(Instant.parse(instruction.path("dueAt").asText())).isEqualTo(Instant.parse("2026-07-27T15:59:59Z"));
    assertThat(instruction.path("met").isNull()).isTrue();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(InstructionProcess.KEY)
        .processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);

    JsonNode details = registrar.get("/api/cases/" + caseNumber).json();
    assertThat(details.path("instructions")).hasSize(1);
    assertThat(details.path("instructions").get(0).path("text").asText()).isEqualTo("请街道主要负责人亲自过问。");
    assertThat(details.path("timeline").findValuesAsText("description"))
        .anySatisfy(entry -> assertThat(entry).startsWith("区领导批示，交批示测试街道限10日内落实"));
    assertThat(registrar.get(path(caseNumber)).json()).hasSize(1);
  }

  @Test
  void onlyLeadersMayInstruct() {
    String caseNumber = transferredToUnit();

    Reply reply = registrar.post(path(caseNumber), Map.of("text", "请尽快办理。", "addressee", UNIT, "days", 10));

    reply.assertIsCleanProblem(403);
    assertThat(leader.get(path(caseNumber)).json()).isEmpty();
  }

  @Test
  void badInputIsRefusedNamingEachFieldAndNothingIsStored() {
    String caseNumber = transferredToUnit();

    Reply missing = leader.post(path(caseNumber), Map.of("addressee", UNIT, "days", 0));
    missing.assertIsCleanProblem(400);
    assertThat(missing.namesField("text")).isTrue();
    assertThat(missing.namesField("days")).isTrue();

    Reply otherUnit = leader.post(path(caseNumber), Map.of("text", "请办理。", "addressee", "dongcheng", "days", 5));
    otherUnit.assertIsCleanProblem(400);
    assertThat(otherUnit.namesField("addressee")).isTrue();
    assertThat(otherUnit.json().path("errors").get(0).path("reason").asText()).contains("只能是本事项的责任单位");

    Reply notANumber = leader.postRaw(path(caseNumber), "{\"text\":\"请办理。\",\"addressee\":\"office\",\"days\":\"十\"}",
        org.springframework.http.MediaType.APPLICATION_JSON);
    notANumber.assertIsCleanProblem(400);
    assertThat(notANumber.namesField("days")).isTrue();

    assertThat(leader.get(path(caseNumber)).json()).isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(InstructionProcess.KEY)
        .processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  @Test
  void anUnknownCaseIsNotFound() {
    leader.post(path("XF-1999-99999"), Map.of("text", "请办理。", "addressee", "office", "days", 5))
        .assertIsCleanProblem(404);
  }

  private static String path(String caseNumber) {
    return "/api/cases/" + caseNumber + "/instructions";
  }

  private String transferredToUnit() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    CaseRegistration.Registered registered = registration.register(new CaseIntake(Channel.LETTER, null, null, 1,
        CaseClass.CLAIM, SubjectCategory.URBAN_CONSTRUCTION, "反映小区排水管道堵塞", "小区排水管道堵塞半年，污水外溢。", UNIT,
        List.of(new Petitioner("刘桂芳", null, "13907460031", "批示测试街道和平路8号"))));
    String taskId = tasks.createTaskQuery().processInstanceId(registered.processInstanceId()).singleResult().getId();
    tasks.complete(taskId, Map.of(
        Variables.ROUTING_DECISION, "TRANSFER",
        Variables.ROUTING_OPINION, "转批示测试街道办理。",
        Variables.RESPONSIBLE_UNIT, UNIT));
    return registered.petitionCase().getCaseNumber();
  }
}
