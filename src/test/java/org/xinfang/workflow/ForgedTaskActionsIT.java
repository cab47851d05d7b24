package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.WebappSession;
import org.xinfang.audit.AuditLog;
import org.xinfang.audit.AuditQuery;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseEventRepository;
import org.xinfang.casefile.CaseIntake;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.notification.NotificationRepository;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * Each attack found on the task doors, replayed over HTTP as its attacker would: through the
 * webapps' API with a real session and CSRF token (what Tasklist uses) and through
 * {@code /engine-rest}. Each is refused with a problem detail, and nothing changes: not the case
 * record, its timeline, its process and tasks, its notices, nor its audit trail.
 */
@PostgresIntegrationTest
class ForgedTaskActionsIT {

  private static final String PASSWORD = "door-secret";
  private static final String REPLY = "{\"handlingAction\": {\"value\": \"REPLY\"}, "
      + "\"replyOutcome\": {\"value\": \"NOT_SUPPORTED\"}, \"replyText\": {\"value\": \"经调查，诉求于法无据，不予支持。\"}";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ProcessEngine engine;
  @Autowired CaseRegistration registration;
  @Autowired PetitionCaseRepository cases;
  @Autowired CaseEventRepository events;
  @Autowired NotificationRepository notifications;
  @Autowired AuditLog audit;
  @LocalServerPort int port;

  String unit;
  String otherUnit;
  String handler;
  String leader;
  String handlerAndLeader;
  String otherHandler;
  String petitionRoom;
  String registrar;
  ApiClient administrator;

  @BeforeEach
  void district() {
    units.ensureBureauRoles();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    unit = "it-door-" + suffix;
    otherUnit = "it-door2-" + suffix;
    units.ensureUnit(unit, "门禁测试街道" + suffix, UnitKind.STREET);
    units.ensureUnit(otherUnit, "门禁测试林场" + suffix, UnitKind.FARM);
    handler = user("it.door.jb-" + suffix, Roles.unitHandlers(unit));
    leader = user("it.door.fz-" + suffix, Roles.unitLeaders(unit));
    handlerAndLeader = user("it.door.both-" + suffix, Roles.unitHandlers(unit), Roles.unitLeaders(unit));
    otherHandler = user("it.door.other-" + suffix, Roles.unitHandlers(otherUnit));
    petitionRoom = user("it.door.xfs-" + suffix, Roles.PETITION_ROOM);
    registrar = user("it.door.reg-" + suffix, Roles.PETITION_ROOM);
    TestUsers.ensure(identity, "it.door.admin", PASSWORD, Roles.ADMINISTRATORS);
    administrator = new ApiClient(http, json, "it.door.admin", PASSWORD);
  }

  @Test
  void aHandlerCannotPointHisCompletionAtAnotherUnitsCase() {
    PetitionCase own = underHandling(unit, CaseClass.CLAIM);
    PetitionCase others = underHandling(otherUnit, CaseClass.CLAIM);
    Task handling = openTask(own);
    String forged = REPLY + ", \"caseId\": {\"value\": " + others.getId() + ", \"type\": \"Long\"}}";

    Snapshot ownBefore = snapshot(own);
    Snapshot othersBefore = snapshot(others);
    Reply viaTasklist = session(handler).post("/task/" + handling.getId() + "/submit-form", variables(forged));
    Reply viaEngineRest = administrator.postRaw(engineRest() + "/task/" + handling.getId() + "/complete",
        variables(forged), MediaType.APPLICATION_JSON);

    for (Reply refused : List.of(viaTasklist, viaEngineRest)) {
      refused.assertIsCleanProblem(400);
      assertThat(refused.namesField("caseId")).as(refused.body()).isTrue();
      assertThat(refused.json().path("detail").asText()).contains("caseId", "不是本待办表单中可填写的字段");
    }
    assertThat(snapshot(own)).isEqualTo(ownBefore);
    assertThat(snapshot(others)).isEqualTo(othersBefore);
  }

  @Test
  void aHandlerCannotNameWhoApprovesHisReply() {
    PetitionCase own = underHandling(unit, CaseClass.CLAIM);
    Task handling = openTask(own);
    Snapshot before = snapshot(own);

    Reply refused = session(handler).post("/task/" + handling.getId() + "/submit-form", variables(REPLY
        + ", \"unitLeaders\": {\"value\": \"" + Roles.unitHandlers(unit) + "\", \"type\": \"String\"}}"));

    refused.assertIsCleanProblem(400);
    assertThat(refused.namesField("unitLeaders")).isTrue();
    assertThat(snapshot(own)).isEqualTo(before);
  }

  @Test
  void theAuthorOfAReplyCannotApproveItEvenWhenAlsoALeader() {
    PetitionCase own = underHandling(unit, CaseClass.CLAIM);
    WebappSession both = session(handlerAndLeader);
    Reply drafted = both.post("/task/" + openTask(own).getId() + "/submit-form", variables(REPLY + "}"));
    assertThat(drafted.code()).as(drafted.body()).isEqualTo(204);
    Task approval = openTask(own);
    assertThat(approval.getTaskDefinitionKey()).isEqualTo(PetitionProcess.Elements.APPROVE_REPLY);
    Snapshot before = snapshot(own);

    Reply claim = both.post("/task/" + approval.getId() + "/claim", "{\"userId\": \"" + handlerAndLeader + "\"}");
    Reply approve = both.post("/task/" + approval.getId() + "/submit-form",
        variables("{\"replyDecision\": {\"value\": \"APPROVE\"}}"));

    for (Reply refused : List.of(claim, approve)) {
      refused.assertIsCleanProblem(400);
      assertThat(refused.json().path("detail").asText()).contains("审批人", "由本人提出");
    }
    assertThat(snapshot(own)).isEqualTo(before);

    Reply byTheLeader = session(leader).post("/task/" + approval.getId() + "/submit-form",
        variables("{\"replyDecision\": {\"value\": \"APPROVE\"}}"));
    assertThat(byTheLeader.code()).as(byTheLeader.body()).isEqualTo(204);
    assertThat(cases.findById(own.getId()).orElseThrow().getStatus()).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void forgedOrInvalidAnswersOnTheAcceptanceTaskAreClearBadRequests() {
    PetitionCase own = transferred(unit, CaseClass.CLAIM);
    Task acceptance = openTask(own);
    Snapshot before = snapshot(own);
    WebappSession unitHandler = session(handler);

    Reply forged = unitHandler.post("/task/" + acceptance.getId() + "/submit-form", variables(
        "{\"unitAnswer\": {\"value\": \"ACCEPT\"}, \"acceptanceNote\": {\"value\": \"已受理。\"}, "
            + "\"unitHandlers\": {\"value\": 7, \"type\": \"Integer\"}}"));
    Reply invalid = unitHandler.post("/task/" + acceptance.getId() + "/submit-form", variables(
        "{\"unitAnswer\": {\"value\": \"MAYBE\"}}"));
    Reply serialized = unitHandler.post("/task/" + acceptance.getId() + "/submit-form", variables(
        "{\"unitAnswer\": {\"value\": \"rO0ABXQAA0FCQw==\", \"type\": \"Object\", "
            + "\"valueInfo\": {\"objectTypeName\": \"java.lang.String\", \"serializationDataFormat\": \"application/x-java-serialized-object\"}}}"));

    forged.assertIsCleanProblem(400);
    assertThat(forged.namesField("unitHandlers")).isTrue();
    invalid.assertIsCleanProblem(400);
    assertThat(invalid.json().path("message").asText()).isEqualTo("受理意见：取值“MAYBE”无效");
    serialized.assertIsCleanProblem(400);
    assertThat(serialized.namesField("unitAnswer")).isTrue();
    assertThat(snapshot(own)).isEqualTo(before);
  }

  @Test
  void aPetitionRoomMemberCannotRouteAnAccusationThroughAnotherCase() {
    PetitionCase ordinary = registered(CaseClass.CLAIM);
    PetitionCase accusation = registered(CaseClass.ACCUSATION);
    Task routing = openTask(ordinary);
    Snapshot ordinaryBefore = snapshot(ordinary);
    Snapshot accusationBefore = snapshot(accusation);

    Reply refused = session(petitionRoom).post("/task/" + routing.getId() + "/submit-form", variables(
        "{\"routingDecision\": {\"value\": \"TRANSFER\"}, \"routingOpinion\": {\"value\": \"请依法办理。\"}, "
            + "\"responsibleUnit\": {\"value\": \"" + otherUnit + "\"}, "
            + "\"caseId\": {\"value\": " + accusation.getId() + ", \"type\": \"Long\"}}"));

    refused.assertIsCleanProblem(400);
    assertThat(refused.namesField("caseId")).isTrue();
    assertThat(snapshot(ordinary)).isEqualTo(ordinaryBefore);
    assertThat(snapshot(accusation)).isEqualTo(accusationBefore);
  }

  @Test
  void aTaskIsHandedOnlyToThoseItIsOfferedTo() {
    PetitionCase own = underHandling(unit, CaseClass.CLAIM);
    Task handling = openTask(own);
    Snapshot before = snapshot(own);

    Reply byColleague = session(handler).post("/task/" + handling.getId() + "/assignee",
        "{\"userId\": \"" + otherHandler + "\"}");
    Reply byAdministrator = administrator.postRaw(engineRest() + "/task/" + handling.getId() + "/assignee",
        "{\"userId\": \"" + otherHandler + "\"}", MediaType.APPLICATION_JSON);
    Reply delegated = administrator.postRaw(engineRest() + "/task/" + handling.getId() + "/delegate",
        "{\"userId\": \"" + otherHandler + "\"}", MediaType.APPLICATION_JSON);
    Reply byLeaderOfAnotherTask = session(leader).post("/task/" + handling.getId() + "/assignee",
        "{\"userId\": \"" + handler + "\"}");

    for (Reply refused : List.of(byColleague, byAdministrator, delegated)) {
      refused.assertIsCleanProblem(400);
      assertThat(refused.namesField("办理人")).as(refused.body()).isTrue();
    }
    assertThat(byLeaderOfAnotherTask.code()).as("the leader is not offered the handling task").isEqualTo(403);
    assertThat(snapshot(own)).isEqualTo(before);

    Reply toItsOwnHandler = session(handler).post("/task/" + handling.getId() + "/claim",
        "{\"userId\": \"" + handler + "\"}");
    assertThat(toItsOwnHandler.code()).as(toItsOwnHandler.body()).isEqualTo(204);
    Reply released = session(handler).post("/task/" + handling.getId() + "/unclaim", "");
    assertThat(released.code()).as(released.body()).isEqualTo(204);
  }

  @Test
  void aTasksVariablesCandidatesAndPathAreNotForItsHandler() {
    PetitionCase own = underHandling(unit, CaseClass.CLAIM);
    Task handling = openTask(own);
    Snapshot before = snapshot(own);
    WebappSession unitHandler = session(handler);

    Reply variable = unitHandler.put("/task/" + handling.getId() + "/variables/caseId",
        "{\"value\": 1, \"type\": \"Long\"}");
    Reply error = unitHandler.post("/task/" + handling.getId() + "/bpmnError", "{\"errorCode\": \"x\"}");
    Reply escalation = administrator.postRaw(engineRest() + "/task/" + handling.getId() + "/bpmnEscalation",
        "{\"escalationCode\": \"x\"}", MediaType.APPLICATION_JSON);
    Reply candidates = unitHandler.post("/task/" + handling.getId() + "/identity-links",
        "{\"groupId\": \"" + Roles.unitHandlers(otherUnit) + "\", \"type\": \"candidate\"}");

    assertThat(variable.code()).as(variable.body()).isEqualTo(403);
    error.assertIsCleanProblem(403);
    escalation.assertIsCleanProblem(403);
    candidates.assertIsCleanProblem(403);
    assertThat(snapshot(own)).isEqualTo(before);
  }

  @Test
  void longTextsGoEndToEnd() {
    String content = "小区排水管道堵塞，污水漫到路面。".repeat(1250);
    assertThat(content).hasSize(20_000);
    ApiClient desk = new ApiClient(http, json, registrar, PASSWORD);
    Map<String, Object> intake = new java.util.LinkedHashMap<>(org.xinfang.casefile.Intakes.groupVisit());
    intake.put("content", content);
    intake.put("placeUnitCode", unit);
    Reply registered = desk.post("/api/cases", intake);
    assertThat(registered.code()).as(registered.body()).isEqualTo(201);
    String caseNumber = registered.json().path("caseNumber").asText();
    PetitionCase petitionCase = cases.findByCaseNumber(caseNumber).orElseThrow();
    assertThat(petitionCase.getContent()).isEqualTo(content);

    Reply routingForm = session(registrar).get("/task/" + openTask(petitionCase).getId() + "/form-variables?deserializeValues=false");
    assertThat(routingForm.code()).as(routingForm.body()).isEqualTo(200);
    String shown = routingForm.json().path("caseContent").toString();
    shown = shown.substring(0, Math.min(shown.length(), 200));
    assertThat(routingForm.json().at("/caseContent/type").asText()).as(shown).isEqualTo("Json");
    assertThat(jsonText(routingForm.json().at("/caseContent/value").asText()))
        .as(shown).hasSize(content.length()).isEqualTo(content);

    tasks.complete(openTask(petitionCase).getId(), Map.of(Variables.ROUTING_DECISION, "TRANSFER",
        Variables.ROUTING_OPINION, "请依法办理。", Variables.RESPONSIBLE_UNIT, unit));
    tasks.complete(openTask(petitionCase).getId(), Map.of(Variables.UNIT_ANSWER, "ACCEPT",
        Variables.ACCEPTANCE_NOTE, "已受理。"));
    String reply = "经调查核实，".repeat(666) + "特此函复";
    assertThat(reply).hasSize(StepInputs.LONGEST_TEXT);
    Reply drafted = session(handler).post("/task/" + openTask(petitionCase).getId() + "/submit-form",
        variables("{\"handlingAction\": {\"value\": \"REPLY\"}, \"replyOutcome\": {\"value\": \"SUPPORTED\"}, "
            + "\"replyText\": {\"value\": \"" + reply + "\"}}"));
    assertThat(drafted.code()).as(drafted.body()).isEqualTo(204);
    Reply approved = session(leader).post("/task/" + openTask(petitionCase).getId() + "/submit-form",
        variables("{\"replyDecision\": {\"value\": \"APPROVE\"}}"));
    assertThat(approved.code()).as(approved.body()).isEqualTo(204);

    // the petitioner, without a login
    var lookup = http.postForEntity("/api/public/lookup",
        Map.of("caseNumber", caseNumber, "queryCode", registered.json().path("queryCode").asText()), JsonNode.class);
    assertThat(lookup.getStatusCode().value()).isEqualTo(200);
    assertThat(lookup.getBody().path("content").asText()).isEqualTo(content);
    assertThat(lookup.getBody().path("reply").asText()).isEqualTo(reply);
  }

  @Test
  void noCompletionBodyGetsPastTheDoorOrBreaksIt() {
    PetitionCase own = underHandling(unit, CaseClass.CLAIM);
    Task handling = openTask(own);
    Snapshot before = snapshot(own);
    WebappSession unitHandler = session(handler);
    java.util.Random random = new java.util.Random(20261207);
    List<String> names = List.of("caseId", "caseNumber", "unitLeaders", "replyDueDate", "handlingAction",
        "replyText", "replyOutcome", "", "\u0000", "__proto__", "a".repeat(300));
    List<String> values = List.of("1", "\"REPLY\"", "null", "[]", "{}", "\"\\u0000\"", "1e999", "\"" + "长".repeat(5000) + "\"",
        "{\"value\": 1}", "true");
    List<String> types = List.of("", ", \"type\": \"Object\"", ", \"type\": \"Bytes\"", ", \"type\": \"File\"",
        ", \"type\": \"Json\"", ", \"type\": \"Long\"", ", \"type\": \"Nonsense\"");
    for (int round = 0; round < 60; round++) {
      StringBuilder body = new StringBuilder("{");
      int fields = 1 + random.nextInt(3);
      for (int field = 0; field < fields; field++) {
        String name = names.get(random.nextInt(names.size()));
        // without handlingAction the form's own fields are incomplete: nothing may ever complete here
        if (name.equals("handlingAction")) {
          name = "handlingAction_";
        }
        body.append(field == 0 ? "" : ", ").append('"').append(name).append("\": {\"value\": ")
            .append(values.get(random.nextInt(values.size()))).append(types.get(random.nextInt(types.size()))).append('}');
      }
      String variables = variables(body.append('}').toString());
      Reply reply = random.nextBoolean()
          ? unitHandler.post("/task/" + handling.getId() + "/submit-form", variables)
          : administrator.postRaw(engineRest() + "/task/" + handling.getId() + "/complete", variables, MediaType.APPLICATION_JSON);
      assertThat(reply.code()).as(variables + " → " + reply.body()).isIn(400, 413);
      assertThat(reply.headers().getContentType()).isNotNull();
      assertThat(reply.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    }
    for (String malformed : List.of("{", "[]", "{\"variables\": []}", "{\"variables\": {\"replyText\": 5}}", "\u0000")) {
      Reply reply = unitHandler.post("/task/" + handling.getId() + "/submit-form", malformed);
      assertThat(reply.code()).as(malformed + " → " + reply.body()).isBetween(400, 499);
    }
    assertThat(snapshot(own)).isEqualTo(before);
  }

  // ---- the district's cases, driven to the stage an attack needs

  private PetitionCase registered(CaseClass caseClass) {
    identity.setAuthentication(registrar, List.of(Roles.PETITION_ROOM));
    try {
      return registration.register(new CaseIntake(Channel.LETTER, null, null, 1, caseClass,
          SubjectCategory.URBAN_CONSTRUCTION, "反映小区排水管道堵塞", "小区排水管道堵塞多日，污水漫到路面。", unit,
          List.of(new Petitioner("周小梅", "431102198506150023", "13907463333", "门禁测试街道幸福路8号")))).petitionCase();
    } finally {
      identity.clearAuthentication();
    }
  }

  private PetitionCase transferred(String unitCode, CaseClass caseClass) {
    PetitionCase registered = registered(caseClass);
    tasks.complete(openTask(registered).getId(), Map.of(Variables.ROUTING_DECISION, "TRANSFER",
        Variables.ROUTING_OPINION, "请依法办理。", Variables.RESPONSIBLE_UNIT, unitCode));
    return registered;
  }

  private PetitionCase underHandling(String unitCode, CaseClass caseClass) {
    PetitionCase transferred = transferred(unitCode, caseClass);
    tasks.complete(openTask(transferred).getId(), Map.of(Variables.UNIT_ANSWER, "ACCEPT",
        Variables.ACCEPTANCE_NOTE, "已受理。"));
    return transferred;
  }

  private Task openTask(PetitionCase petitionCase) {
    return tasks.createTaskQuery().processInstanceBusinessKey(petitionCase.getCaseNumber())
        .processDefinitionKey(PetitionProcess.KEY).singleResult();
  }

  /** Everything an attack could have changed about a case. */
  record Snapshot(String record, int events, List<String> openTasks, Map<String, Object> variables,
      int notices, long auditEntries, long engineOperations) {}

  private Snapshot snapshot(PetitionCase petitionCase) {
    PetitionCase record = cases.findById(petitionCase.getId()).orElseThrow();
    String processInstanceId = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(record.getCaseNumber()).processDefinitionKey(PetitionProcess.KEY)
        .singleResult().getId();
    List<String> openTasks = tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
        .map(task -> task.getId() + ":" + task.getTaskDefinitionKey() + ":" + task.getAssignee()).toList();
    return new Snapshot(
        List.of(record.getStatus(), String.valueOf(record.getResponsibleUnitCode()),
            String.valueOf(record.getRoutingDecision()), String.valueOf(record.getReplyText()),
            String.valueOf(record.getOutcome())).toString(),
        events.findByCaseIdOrderByOccurredAtAscIdAsc(record.getId()).size(),
        openTasks,
        runtime.getVariables(processInstanceId),
        notifications.findByCaseIdOrderByIdAsc(record.getId()).size(),
        audit.search(new AuditQuery(null, record.getCaseNumber(), null, null, null, 0, 200)).totalElements(),
        history.createUserOperationLogQuery().processInstanceId(processInstanceId).count());
  }

  private String user(String id, String... groups) {
    TestUsers.ensure(identity, id, PASSWORD, groups);
    return id;
  }

  private WebappSession session(String user) {
    return WebappSession.login(port, engine.getName(), user, PASSWORD, json);
  }

  private String jsonText(String serialized) {
    try {
      return json.readTree(serialized).asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String engineRest() {
    return "/engine-rest/engine/" + engine.getName();
  }

  private static String variables(String variables) {
    return "{\"variables\": " + variables + "}";
  }
}
