package org.xinfang.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.casefile.Intakes;
import org.xinfang.casefile.TestDistrict;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;
import org.xinfang.web.PlainText;

/**
 * One text rule for every door, over HTTP on PostgreSQL: what registration refuses (a NUL byte, a
 * bidirectional override) is refused in a leader's instruction, a unit's name, a holiday schedule,
 * the petitioner's lookup, the matching check, the query parameters and a process form's field,
 * with a 400 naming the field, and nothing is stored.
 */
@PostgresIntegrationTest
class TextRuleIT {

  private static final String PASSWORD = "text-rule-secret";
  private static final String LEADER = "it.text.leader";
  private static final String ADMINISTRATOR = "it.text.admin";
  private static final String UNIT = "it-text-unit";
  private static final String UNIT_NAME = "文本规则测试街道";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  ApiClient registrar;
  ApiClient leader;
  ApiClient administrator;

  @BeforeEach
  void people() {
    registrar = TestDistrict.registrar(units, identity, http, json);
    units.ensureUnit(UNIT, UNIT_NAME, UnitKind.STREET);
    TestUsers.ensure(identity, LEADER, PASSWORD, Roles.BUREAU_LEADERS);
    TestUsers.ensure(identity, ADMINISTRATOR, PASSWORD, Roles.ADMINISTRATORS);
    leader = new ApiClient(http, json, LEADER, PASSWORD);
    administrator = new ApiClient(http, json, ADMINISTRATOR, PASSWORD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "请\u202e办理", "\u001b[2J批示", "请\u200b办理"})
  void aLeadersInstructionKeepsTheRule(String text) {
    String caseNumber = register();
    long before = count("leader_instruction");

    Reply refused = leader.post("/api/cases/" + caseNumber + "/instructions",
        Map.of("text", text, "addressee", "office", "days", 10));
    Reply badAddressee = leader.post("/api/cases/" + caseNumber + "/instructions",
        Map.of("text", "请抓紧办理。", "addressee", "off" + text, "days", 10));

    assertRefused(refused, "text");
    assertRefused(badAddressee, "addressee");
    assertThat(count("leader_instruction")).isEqualTo(before);
    // an instruction may run over several lines
    assertThat(leader.post("/api/cases/" + caseNumber + "/instructions",
        Map.of("text", "请抓紧办理。\n按期答复。", "addressee", "office", "days", 10)).code()).isEqualTo(201);
  }

  @Test
  void aUnitsNameKeepsTheRule() {
    assertRefused(administrator.post("/api/units", Map.of("code", "it-text-new", "name", "新建\u0000单位",
        "kind", "DEPARTMENT")), "name");
    assertRefused(administrator.exchange(HttpMethod.PUT, "/api/units/" + UNIT,
        Map.of("name", "\u202e" + UNIT_NAME, "active", true)), "name");

    assertThat(administrator.get("/api/units/it-text-new").code()).isEqualTo(404);
    assertThat(administrator.get("/api/units/" + UNIT).json().path("name").asText()).isEqualTo(UNIT_NAME);
    assertThat(identity.createGroupQuery().groupIdIn(Roles.unitHandlers("it-text-new")).count()).isZero();
  }

  @Test
  void aHolidayScheduleKeepsTheRule() {
    Map<String, Object> day = new LinkedHashMap<>();
    day.put("date", "2099-01-01");
    day.put("type", "OFF");
    day.put("holiday", "元\u202e旦");
    Reply refused = administrator.exchange(HttpMethod.PUT, "/api/holiday-calendar/2099",
        Map.of("notice", "国务院办公厅\u0000通知", "days", List.of(day)));

    assertRefused(refused, "notice");
    assertRefused(refused, "days[0].holiday");
    assertThat(administrator.get("/api/holiday-calendar/2099").code()).isEqualTo(404);
  }

  @Test
  void thePetitionersLookupKeepsTheRuleBeforeCountingAnAttempt() {
    long before = count("lookup_attempt");

    assertRefused(registrar.post("/api/public/lookup",
        Map.of("caseNumber", "XF-2026-\u000000001", "queryCode", "ABCDEFGHJKMN")), "caseNumber");
    assertRefused(registrar.post("/api/public/lookup",
        Map.of("caseNumber", "XF-2026-00001", "queryCode", "ABCD\u202eEFGHJKMN")), "queryCode");

    assertThat(count("lookup_attempt")).isEqualTo(before);
  }

  @Test
  void theMatchingCheckKeepsTheRule() {
    Map<String, Object> intake = Intakes.groupVisit();
    intake.put("title", "反映\u0000问题");
    intake.put("content", "内容\u202e");

    Reply refused = registrar.post("/api/cases/matches", intake);

    assertRefused(refused, "title");
    assertRefused(refused, "content");
  }

  @Test
  void queryParametersKeepTheRule() {
    Reply unit = registrar.get("/api/cases?unit=\u0000");
    unit.assertIsCleanProblem(400);
    assertThat(unit.namesField("unit")).as(unit.body()).isTrue();
    assertRefused(administrator.get("/api/audit?user=it\u0000admin"), "user");
    assertRefused(administrator.get("/api/audit?caseNumber=XF\u202e"), "caseNumber");
    assertRefused(administrator.get("/api/audit?action=REGISTERED\u0007"), "action");
  }

  @Test
  void aProcessFormsTextFieldKeepsTheRule() {
    String caseNumber = register();
    String engineRest = "/engine-rest/engine/" + engine.getName();
    String task = administrator.get(engineRest + "/task?maxResults=10&processInstanceBusinessKey=" + caseNumber)
        .json().get(0).path("id").asText();
    long events = count("case_event");

    Reply refused = administrator.post(engineRest + "/task/" + task + "/complete", routing("属地管理，\u0000转该单位办理。"));

    assertThat(refused.code()).as(refused.body()).isGreaterThanOrEqualTo(400);
    assertThat(refused.body()).contains("办理意见", PlainText.MESSAGE);
    assertThat(administrator.get(engineRest + "/task/" + task).code()).isEqualTo(200);
    assertThat(count("case_event")).isEqualTo(events);
    assertThat(registrar.get("/api/cases/" + caseNumber).json().path("status").path("code").asText())
        .isEqualTo("AWAITING_ROUTING");
    // the same opinion over two lines is taken
    Reply taken = administrator.post(engineRest + "/task/" + task + "/complete", routing("属地管理，\n转该单位办理。"));
    assertThat(taken.code()).as(taken.body()).isEqualTo(204);
  }

  private Map<String, Object> routing(String opinion) {
    return Map.of("variables", Map.of(
        "routingDecision", Map.of("value", "TRANSFER"),
        "routingOpinion", Map.of("value", opinion),
        "responsibleUnit", Map.of("value", UNIT)));
  }

  /** A 400 problem detail whose errors name the field as holding characters the rule refuses. */
  private static void assertRefused(Reply reply, String field) {
    reply.assertIsCleanProblem(400);
    assertThat(reply.json().path("errors")).as(reply.body()).anySatisfy(error -> {
      assertThat(error.path("field").asText()).isEqualTo(field);
      assertThat(error.path("reason").asText()).isEqualTo(PlainText.MESSAGE);
    });
  }

  private String register() {
    Reply registered = registrar.post("/api/cases", Intakes.groupVisit());
    assertThat(registered.code()).as(registered.body()).isEqualTo(201);
    return registered.json().path("caseNumber").asText();
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
