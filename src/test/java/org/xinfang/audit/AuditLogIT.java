package org.xinfang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.casefile.Intakes;
import org.xinfang.casefile.TestDistrict;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.workflow.PetitionProcess;

/**
 * Every change to a case and every view of full personal data leaves an audit entry with who, what
 * and from where; administrators query them; nobody changes them. ID and phone numbers stay out of
 * the process engine and show masked except in the petition room's audited request.
 */
@PostgresIntegrationTest
class AuditLogIT {

  private static final String ID_NUMBER = "11010519491231002X";
  private static final String MOBILE = "13812345678";
  private static final String LANDLINE = "0746-6221234";
  private static final String UNIT_HANDLER = "it.audit-handler";
  private static final String PASSWORD = "handler-secret";
  private static final String OWN_REGISTRAR = "it.audit-registrar";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  ApiClient registrar;
  ApiClient administrator;
  ApiClient handler;

  @BeforeEach
  void district() {
    registrar = TestDistrict.registrar(units, identity, http, json);
    administrator = TestDistrict.administrator(identity, http, json);
    TestUsers.ensure(identity, UNIT_HANDLER, PASSWORD, Roles.unitHandlers("it-hexi"));
    handler = new ApiClient(http, json, UNIT_HANDLER, PASSWORD);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void aRegistrationIsAuditedWithItsUserAndAddress() {
    String caseNumber = register();

    JsonNode entries = administrator.get("/api/audit?caseNumber=" + caseNumber).json().path("content");

    assertThat(entries).extracting(e -> e.path("action").asText()).contains("REGISTERED", "LIMIT_SET");
    JsonNode registered = only(entries, "REGISTERED");
    assertThat(registered.path("user").asText()).isEqualTo(TestDistrict.REGISTRAR);
    assertThat(registered.path("clientAddress").asText()).isEqualTo("127.0.0.1");
    assertThat(registered.path("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(registered.path("detail").asText()).contains("反映河西街道某小区违章搭建问题");
    assertThat(registered.path("occurredAt").isTextual()).isTrue();
  }

  @Test
  void whatTheEngineDoesOnItsOwnIsAuditedAsTheEngine() {
    String caseNumber = register();
    Job reminder = management.createJobQuery().processInstanceId(processOf(caseNumber))
        .activityId(PetitionProcess.Elements.ROUTING_REMINDER).singleResult();

    management.executeJob(reminder.getId());

    JsonNode entries = administrator.get("/api/audit?caseNumber=" + caseNumber + "&action=REMINDER_SENT").json()
        .path("content");
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).path("user").asText()).isEqualTo("system");
    assertThat(entries.get(0).path("clientAddress").asText()).isEqualTo(AuditLog.ENGINE);
  }

  @Test
  void thePetitionRoomSeesFullNumbersOnAnAuditedRequest() {
    String caseNumber = register();

    Reply full = registrar.get("/api/cases/" + caseNumber + "/petitioners");

    assertThat(full.code()).as(full.body()).isEqualTo(200);
    assertThat(full.json()).extracting(p -> p.path("idNumber").textValue(), p -> p.path("phone").textValue())
        .containsExactly(tuple(ID_NUMBER, MOBILE),
            tuple(null, LANDLINE));
    assertThat(full.headers().getCacheControl()).contains("no-store");
    JsonNode viewed = administrator.get("/api/audit?caseNumber=" + caseNumber + "&action="
        + AuditLog.PERSONAL_DATA_VIEWED).json().path("content");
    assertThat(viewed).hasSize(1);
    assertThat(viewed.get(0).path("user").asText()).isEqualTo(TestDistrict.REGISTRAR);
    assertThat(viewed.get(0).path("clientAddress").asText()).isEqualTo("127.0.0.1");
    assertThat(viewed.get(0).path("detail").asText()).contains("张三", "李四").doesNotContain(ID_NUMBER, MOBILE);
  }

  @Test
  void anAccusersNameShowsInTheLogOnlyToThoseWhoMayKnowTheAccuser() {
    Map<String, Object> accusation = Intakes.groupVisit();
    accusation.put("caseClass", "ACCUSATION");
    Reply registered = registrar.post("/api/cases", accusation);
    assertThat(registered.code()).as(registered.body()).isEqualTo(201);
    String caseNumber = registered.json().path("caseNumber").asText();
    assertThat(registrar.get("/api/cases/" + caseNumber + "/petitioners").code()).isEqualTo(200);
    String viewed = "/api/audit?caseNumber=" + caseNumber + "&action=" + AuditLog.PERSONAL_DATA_VIEWED;

    // an administrator sees who looked, when and from where, but not at whom
    JsonNode entries = administrator.get(viewed).json().path("content");
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).path("user").asText()).isEqualTo(TestDistrict.REGISTRAR);
    assertThat(entries.get(0).path("clientAddress").asText()).isEqualTo("127.0.0.1");
    assertThat(entries.get(0).path("detail").asText()).isEqualTo(AuditLog.ACCUSER_WITHHELD)
        .doesNotContain("张三", "李四");
    assertThat(administrator.get("/api/audit?caseNumber=" + caseNumber).body()).doesNotContain("张三", "李四");
    // one who also works for the discipline channel may know the accuser, here as in the case
    TestUsers.ensure(identity, "it.audit-discipline-admin", PASSWORD, Roles.ADMINISTRATORS, Roles.DISCIPLINE);
    ApiClient disciplineAdministrator = new ApiClient(http, json, "it.audit-discipline-admin", PASSWORD);
    assertThat(disciplineAdministrator.get(viewed).json().path("content").get(0).path("detail").asText())
        .contains("张三", "李四");
  }

  @Test
  void othersAreRefusedTheFullNumbersAndNothingIsAudited() {
    String caseNumber = register();

    handler.get("/api/cases/" + caseNumber + "/petitioners").assertIsCleanProblem(403);
    administrator.get("/api/cases/" + caseNumber + "/petitioners").assertIsCleanProblem(403);

    assertThat(administrator.get("/api/audit?caseNumber=" + caseNumber + "&action="
        + AuditLog.PERSONAL_DATA_VIEWED).json().path("totalElements").asLong()).isZero();
  }

  @Test
  void idAndPhoneNumbersNeverReachTheEngine() {
    String caseNumber = register();

    List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
        .processInstanceId(processOf(caseNumber)).list();

    assertThat(variables).isNotEmpty();
    assertThat(variables).allSatisfy(variable -> assertThat(String.valueOf(variable.getValue()))
        .doesNotContain(ID_NUMBER, "11010519491231", MOBILE, "6221234"));
  }

  @Test
  void onlyAdministratorsQueryTheAuditLog() {
    registrar.get("/api/audit").assertIsCleanProblem(403);
    handler.get("/api/audit").assertIsCleanProblem(403);
    assertThat(administrator.get("/api/audit").code()).isEqualTo(200);
  }

  @Test
  void theLogIsFilteredByUserAndDayAndPaged() {
    // a registrar no other test has, on a day of the engine clock: only these two registrations are
    // the user's, and no midnight falls between them and the query
    TestUsers.ensure(identity, OWN_REGISTRAR, PASSWORD, Roles.PETITION_ROOM);
    ApiClient ownRegistrar = new ApiClient(http, json, OWN_REGISTRAR, PASSWORD);
    Instant now = Instant.parse("2026-07-22T02:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
    String first = register(ownRegistrar);
    String second = register(ownRegistrar);
    String today = ChinaTime.dayOf(now).toString();
    String yesterday = LocalDate.parse(today).minusDays(1).toString();

    JsonNode page = administrator.get("/api/audit?user=" + OWN_REGISTRAR + "&action=REGISTERED&fromDay="
        + today + "&toDay=" + today + "&size=1").json();

    assertThat(page.path("size").asInt()).isEqualTo(1);
    assertThat(page.path("content")).hasSize(1);
    assertThat(page.path("totalElements").asLong()).isEqualTo(2);
    // newest first
    assertThat(page.path("content").get(0).path("caseNumber").asText()).isEqualTo(second);
    JsonNode next = administrator.get("/api/audit?user=" + OWN_REGISTRAR + "&action=REGISTERED&size=1&page=1")
        .json();
    assertThat(next.path("content").get(0).path("caseNumber").asText()).isEqualTo(first);
    assertThat(administrator.get("/api/audit?caseNumber=" + first + "&toDay=" + yesterday).json()
        .path("totalElements").asLong()).isZero();
    Reply badSize = administrator.get("/api/audit?size=100000");
    badSize.assertIsCleanProblem(400);
    assertThat(badSize.namesField("size")).isTrue();
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveAnEntry() {
    String caseNumber = register();
    long entries = count(caseNumber);

    assertThatThrownBy(() -> jdbc.update("update audit_entry set user_id = 'someone' where case_number = ?", caseNumber))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("delete from audit_entry where case_number = ?", caseNumber))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

    assertThat(count(caseNumber)).isEqualTo(entries);
    assertThat(jdbc.queryForList("select distinct user_id from audit_entry where case_number = ?", String.class,
        caseNumber)).doesNotContain("someone");
  }

  private String register() {
    return register(registrar);
  }

  private static String register(ApiClient registrar) {
    Reply registered = registrar.post("/api/cases", Intakes.groupVisit());
    assertThat(registered.code()).as(registered.body()).isEqualTo(201);
    return registered.json().path("caseNumber").asText();
  }

  private String processOf(String caseNumber) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
  }

  private long count(String caseNumber) {
    return jdbc.queryForObject("select count(*) from audit_entry where case_number = ?", Long.class, caseNumber);
  }

  private static JsonNode only(JsonNode entries, String action) {
    List<JsonNode> matching = StreamSupport.stream(entries.spliterator(), false)
        .filter(e -> action.equals(e.path("action").asText())).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }
}
