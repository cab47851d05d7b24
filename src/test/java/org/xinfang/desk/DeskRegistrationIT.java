package org.xinfang.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.WebappSession;
import org.xinfang.casefile.Intakes;
import org.xinfang.casefile.TestDistrict;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;

/**
 * Registration at the desk through the webapps' own API, as Tasklist submits it: the rules and
 * messages of {@code POST /api/cases}, the repeat link, the audit entry, the receipt read once and
 * never kept in the engine; and our API called with the webapp login.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DeskRegistrationIT {

  private static final String REGISTRAR = "it.desk";
  private static final String OTHER_REGISTRAR = "it.desk.2";
  private static final String HANDLER = "it.desk.jb";
  private static final String PASSWORD = "desk-secret";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  ApiClient api;
  WebappSession desk;

  @BeforeEach
  void district() {
    api = TestDistrict.registrar(units, identity, http, json);
    units.ensureUnit("it-desk-unit", "桥西街道（测试）", UnitKind.STREET);
    TestUsers.ensure(identity, REGISTRAR, PASSWORD, Roles.PETITION_ROOM);
    TestUsers.ensure(identity, OTHER_REGISTRAR, PASSWORD, Roles.PETITION_ROOM);
    TestUsers.ensure(identity, HANDLER, PASSWORD, Roles.unitHandlers("it-desk-unit"));
    desk = WebappSession.login(port, engine.getName(), REGISTRAR, PASSWORD, json);
  }

  @Test
  @SuppressWarnings("unchecked")
  void invalidInputIsRefusedWithTheApisReasonsAndLeavesNothing(CapturedOutput log) throws Exception {
    Map<String, Object> intake = Intakes.groupVisit();
    intake.remove("title");
    intake.put("personCount", 1);
    ((Map<String, Object>) ((List<?>) intake.get("petitioners")).get(0)).put("phone", "12345");
    long casesBefore = cases();
    long registrationsBefore = history.createHistoricProcessInstanceQuery().processDefinitionKey("RegisterPetition").count();

    Reply byApi = api.post("/api/cases", intake);
    Reply atDesk = start(intake);

    assertThat(byApi.code()).isEqualTo(400);
    assertThat(atDesk.code()).as(atDesk.body()).isEqualTo(400);
    String message = atDesk.json().path("message").asText();
    for (JsonNode error : byApi.json().path("errors")) {
      assertThat(message).contains(RegistrationRefused.label(error.path("field").asText()) + "：" + error.path("message").asText());
    }
    assertThat(message).contains("标题：必须填写", "信访人数：信访人数不能少于登记的信访人数", "第1位信访人的联系电话：");
    assertThat(atDesk.json().path("message").asText()).startsWith("登记内容需要修改：");
    assertThat(start(Map.of("title", "x", "registeredBy", "someone")).json().path("message").asText())
        .as("a start submits the form's fields only").contains("registeredBy");
    assertThat(cases()).isEqualTo(casesBefore);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("RegisterPetition").count())
        .isEqualTo(registrationsBefore);
    assertThat(log.getAll()).as("the user's input, not a server error").doesNotContain("HTTP500");
  }

  @Test
  @SuppressWarnings("unchecked")
  void thePetitionersNumbersStayInTheCaseRecordAndNowhereInTheEngine() throws Exception {
    Map<String, Object> intake = Intakes.groupVisit();
    // numbers of this test alone, so that no other test's registration could hold them
    String idNumber = "431123198703124518";
    String phone = "13712340077";
    Map<String, Object> petitioner = (Map<String, Object>) ((List<?>) intake.get("petitioners")).get(0);
    petitioner.put("idNumber", idNumber);
    petitioner.put("phone", phone);

    Reply started = start(intake);
    assertThat(started.code()).as(started.body()).isEqualTo(200);
    String registrationId = started.json().path("id").asText();
    assertThat(runtime.getVariable(registrationId, "petitioner1IdNumber")).as("waiting for the registrar").isEqualTo(idNumber);
    assertThat(engineRowsHolding(idNumber, "act_hi_")).as("never in the history, not even while waiting").isEmpty();
    assertThat(engineRowsHolding(phone, "act_hi_")).isEmpty();

    Task confirm = tasks.createTaskQuery().processInstanceId(registrationId).singleResult();
    Reply confirmed = desk.post("/task/" + confirm.getId() + "/submit-form",
        "{\"variables\":{\"repeatOf\":{\"value\":\"NEW\"},\"placeUnitCode\":{\"value\":\"it-hexi\"}}}");
    assertThat(confirmed.code()).as(confirmed.body()).isEqualTo(204);

    String caseNumber = (String) runtime.getVariable(registrationId, DeskRegistration.CASE_NUMBER);
    assertThat(jdbc.queryForObject("select count(*) from petitioner p join petition_case c on p.case_id = c.id "
        + "where c.case_number = ? and p.id_number = ? and p.phone = ?", Long.class, caseNumber, idNumber, phone))
        .as("the case record holds them").isEqualTo(1);
    for (String secret : List.of(idNumber, phone)) {
      assertThat(engineRowsHolding(secret, "act_hi_")).as(secret).isEmpty();
      assertThat(engineRowsHolding(secret, "act_ru_")).as(secret).isEmpty();
      assertThat(jdbc.queryForObject("select count(*) from act_ge_bytearray where position(convert_to(?, 'UTF8') in bytes_) > 0",
          Long.class, secret)).as(secret).isZero();
    }
  }

  @Test
  void aPetitionRegisteredAtTheDeskIsTheApisCaseLinkedToTheEarlierOneWithItsReceiptShownOnce() throws Exception {
    Map<String, Object> intake = Intakes.groupVisit();
    String earlier = api.post("/api/cases", intake).json().path("caseNumber").asText();
    long casesAfterEarlier = cases();

    Reply started = start(intake);
    assertThat(started.code()).as(started.body()).isEqualTo(200);
    String registrationId = started.json().path("id").asText();
    Task confirm = tasks.createTaskQuery().processInstanceId(registrationId).singleResult();
    assertThat(confirm.getTaskDefinitionKey()).isEqualTo("Task_ConfirmRegistration");
    assertThat(confirm.getAssignee()).isEqualTo(REGISTRAR);
    assertThat((String) runtime.getVariable(registrationId, DeskRegistration.MATCHES)).contains(earlier, "身份证号码相同");
    assertThat(cases()).as("nothing is registered before the registrar confirms").isEqualTo(casesAfterEarlier);

    Reply confirmed = desk.post("/task/" + confirm.getId() + "/submit-form",
        "{\"variables\":{\"repeatOf\":{\"value\":\"" + earlier + "\"},\"placeUnitCode\":{\"value\":\"it-hexi\"}}}");
    assertThat(confirmed.code()).as(confirmed.body()).isEqualTo(204);

    String caseNumber = (String) runtime.getVariable(registrationId, DeskRegistration.CASE_NUMBER);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(registrationId).singleResult().getBusinessKey())
        .isEqualTo(caseNumber);
    JsonNode details = desk.getApi("/api/cases/" + caseNumber).json();
    assertThat(details.path("repeatOf").asText()).isEqualTo(earlier);
    assertThat(details.path("registeredBy").asText()).isEqualTo(REGISTRAR);
    assertThat(details.path("personCount").asInt()).isEqualTo(3);
    assertThat(details.path("petitioners").get(0).path("idNumber").asText()).contains("*");
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_number = ? and user_id = ? and action = 'REGISTERED'",
        Long.class, caseNumber, REGISTRAR)).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("PetitionCase").count()).isEqualTo(1);

    String receiptPath = "/api/registrations/" + registrationId + "/receipt";
    assertThat(desk.postApi(receiptPath, "", false).code()).as("a session's change needs the CSRF token").isEqualTo(403);
    Reply receipt = desk.postApi(receiptPath, "", true);
    assertThat(receipt.code()).as(receipt.body()).isEqualTo(200);
    String queryCode = receipt.json().path("queryCode").asText();
    assertThat(receipt.json().path("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(queryCode).isEqualTo(jdbc.queryForObject("select query_code from petition_case where case_number = ?",
        String.class, caseNumber));
    assertThat(desk.postApi(receiptPath, "", true).code()).as("shown once").isEqualTo(404);
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(registrationId).list()) {
      assertThat(String.valueOf(variable.getValue())).doesNotContain(queryCode);
    }
  }

  @Test
  void theReceiptWaitsInTheDatabaseForItsRegistrarAloneAndIsTakenOnce() throws Exception {
    String registrationId = registerNew();
    String caseNumber = (String) runtime.getVariable(registrationId, DeskRegistration.CASE_NUMBER);
    assertThat(receiptsOf(registrationId)).as("kept with the registration, for any node to hand out").isEqualTo(1);

    String receiptPath = "/api/registrations/" + registrationId + "/receipt";
    WebappSession colleague = WebappSession.login(port, engine.getName(), OTHER_REGISTRAR, PASSWORD, json);
    assertThat(colleague.postApi(receiptPath, "", true).code()).as("another registrar's").isEqualTo(404);
    assertThat(receiptsOf(registrationId)).as("still waiting for its registrar").isEqualTo(1);

    Reply receipt = desk.postApi(receiptPath, "", true);
    assertThat(receipt.code()).as(receipt.body()).isEqualTo(200);
    assertThat(receipt.json().path("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(receipt.json().path("status").path("code").asText()).isEqualTo("AWAITING_ROUTING");
    assertThat(receipt.json().path("queryCode").asText()).isEqualTo(jdbc.queryForObject(
        "select query_code from petition_case where case_number = ?", String.class, caseNumber));
    assertThat(desk.postApi(receiptPath, "", true).code()).as("taken once").isEqualTo(404);
    assertThat(receiptsOf(registrationId)).isZero();
  }

  @Test
  void closingTheReceiptTaskRemovesAReceiptNotTaken() throws Exception {
    String registrationId = registerNew();
    Task receiptTask = tasks.createTaskQuery().processInstanceId(registrationId).singleResult();
    assertThat(receiptTask.getTaskDefinitionKey()).isEqualTo("Task_RegistrationReceipt");

    assertThat(desk.post("/task/" + receiptTask.getId() + "/submit-form", "{\"variables\":{}}").code()).isEqualTo(204);

    assertThat(receiptsOf(registrationId)).isZero();
    assertThat(desk.postApi("/api/registrations/" + registrationId + "/receipt", "", true).code()).isEqualTo(404);
  }

  @Test
  void aRolledBackRegistrationLeavesNoReceipt() throws Exception {
    Reply started = start(Intakes.groupVisit());
    assertThat(started.code()).as(started.body()).isEqualTo(200);
    String registrationId = started.json().path("id").asText();
    Task confirm = tasks.createTaskQuery().processInstanceId(registrationId).singleResult();
    long casesBefore = cases();

    identity.setAuthenticatedUserId(REGISTRAR);
    try {
      new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
        tasks.complete(confirm.getId(), Map.of("repeatOf", RegistrationForm.NEW_PETITION, "placeUnitCode", "it-hexi"));
        assertThat(receiptsOf(registrationId)).as("written in the registration's transaction").isEqualTo(1);
        transaction.setRollbackOnly();
      });
    } finally {
      identity.clearAuthentication();
    }

    assertThat(cases()).isEqualTo(casesBefore);
    assertThat(receiptsOf(registrationId)).isZero();
    assertThat(tasks.createTaskQuery().taskId(confirm.getId()).count()).as("the confirmation still waits").isEqualTo(1);
  }

  @Test
  void aTaskOutsideTheProcessesIsRefusedToWhoeverIsNotAnAdministrator() {
    long standaloneTasks = tasks.createTaskQuery().taskName("IT-standalone").count();

    Reply created = desk.post("/task/create", "{\"name\":\"IT-standalone\"}");

    assertThat(created.code()).as(created.body()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskName("IT-standalone").count()).isEqualTo(standaloneTasks);
  }

  @Test
  void theApiTakesTheWebappLoginAndNothingElse() {
    String caseNumber = api.post("/api/cases", Intakes.groupVisit()).json().path("caseNumber").asText();

    assertThat(desk.getApi("/api/cases/" + caseNumber).code()).isEqualTo(200);
    assertThat(desk.getApi("/api/cases?caseNumber=" + caseNumber.substring(3)).json().path("content").get(0)
        .path("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(desk.getApi("/api/cases?petitioner=李四").json().path("totalElements").asLong()).isPositive();
    WebappSession handler = WebappSession.login(port, engine.getName(), HANDLER, PASSWORD, json);
    assertThat(handler.getApi("/api/cases/" + caseNumber).code()).as("not their unit's case").isEqualTo(404);
    assertThat(handler.postApi("/api/cases", "{}", true).code()).as("not the petition room").isEqualTo(403);
    assertThat(http.getForEntity("/api/cases/" + caseNumber, String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(desk.postApi("/api/cases", "{}", false).code()).as("no token, no change").isEqualTo(403);
  }

  private Reply start(Map<String, Object> intake) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    intake.forEach((name, value) -> {
      if (!"petitioners".equals(name) && value != null) {
        variables.put(name, Map.of("value", value));
      }
    });
    List<?> petitioners = new ArrayList<>((List<?>) intake.getOrDefault("petitioners", List.of()));
    if (!petitioners.isEmpty()) {
      variables.put("representatives", Map.of("value", petitioners.size()));
    }
    for (int i = 0; i < petitioners.size(); i++) {
      int number = i + 1;
      ((Map<?, ?>) petitioners.get(i)).forEach((field, value) -> {
        if (value != null) {
          String key = field.toString();
          variables.put("petitioner" + number + Character.toUpperCase(key.charAt(0)) + key.substring(1), Map.of("value", value));
        }
      });
    }
    variables.remove("placeUnitCode");
    return desk.post("/process-definition/key/RegisterPetition/submit-form",
        json.writeValueAsString(Map.of("variables", variables)));
  }

  /** A new petition registered at the desk and confirmed by its registrar; the registration's id. */
  private String registerNew() throws Exception {
    Reply started = start(Intakes.groupVisit());
    assertThat(started.code()).as(started.body()).isEqualTo(200);
    String registrationId = started.json().path("id").asText();
    Task confirm = tasks.createTaskQuery().processInstanceId(registrationId).singleResult();
    Reply confirmed = desk.post("/task/" + confirm.getId() + "/submit-form",
        "{\"variables\":{\"repeatOf\":{\"value\":\"NEW\"},\"placeUnitCode\":{\"value\":\"it-hexi\"}}}");
    assertThat(confirmed.code()).as(confirmed.body()).isEqualTo(204);
    return registrationId;
  }

  private long receiptsOf(String registrationId) {
    return jdbc.queryForObject("select count(*) from registration_receipt where registration_id = ?", Long.class,
        registrationId);
  }

  /** The engine's tables of this prefix with a row holding the text anywhere, in any column. */
  private List<String> engineRowsHolding(String text, String prefix) {
    return jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema() "
        + "and table_name like ? and table_type = 'BASE TABLE'", String.class, prefix + "%").stream()
        .filter(table -> jdbc.queryForObject("select count(*) from " + table + " t where t::text like ?", Long.class,
            "%" + text + "%") > 0)
        .toList();
  }

  private long cases() {
    return jdbc.queryForObject("select count(*) from petition_case", Long.class);
  }
}
