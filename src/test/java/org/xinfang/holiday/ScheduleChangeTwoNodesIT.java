package org.xinfang.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.holiday.RecountScenario.clockAt;
import static org.xinfang.holiday.RecountScenario.days;
import static org.xinfang.holiday.RecountScenario.endOf;
import static org.xinfang.holiday.RecountScenario.fireDueTimers;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.SecondNode;
import org.xinfang.casefile.Intakes;
import org.xinfang.casefile.TestDistrict;
import org.xinfang.organization.UnitDirectory;

/**
 * Two nodes of the application on one PostgreSQL, as a cluster runs it: cases registered on either,
 * the 2027 notice loaded over HTTP on the second while the first serves the same cases. The recount
 * runs in batches on the job executors of both nodes; each limit moves once, and the first node
 * counts on the new schedule at once, since no node keeps the calendar in memory.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {"xinfang.holiday.recount.inline-limit=1", "xinfang.holiday.recount.batch-size=1",
    "camunda.bpm.generic-properties.properties.hostname=node-a"})
class ScheduleChangeTwoNodesIT {

  private static final String[] SECOND_NODE = {"xinfang.holiday.recount.inline-limit=1",
      "xinfang.holiday.recount.batch-size=1", "camunda.bpm.generic-properties.properties.hostname=node-b"};

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired ProcessEngine engine;
  @Autowired Environment environment;

  SecondNode nodeB;
  ApiClient registrarA;
  ApiClient adminA;
  ApiClient registrarB;
  ApiClient adminB;

  @BeforeEach
  void twoNodes() {
    registrarA = TestDistrict.registrar(units, identity, http, json);
    adminA = TestDistrict.administrator(identity, http, json);
    nodeB = SecondNode.on(environment, SECOND_NODE);
    registrarB = TestDistrict.registrar(units, identity, nodeB.http(), json);
    adminB = TestDistrict.administrator(identity, nodeB.http(), json);
  }

  @AfterEach
  void stop() {
    SecondNode.jobExecutorOf(engine).shutdown();
    nodeB.close();
    ClockUtil.reset();
  }

  @Test
  void aNoticeLoadedOnOneNodeMovesTheLimitsOfBothOnceAndBothCountOnIt() {
    clockAt("2027-01-20T10:00");
    String reopened = register(registrarA);   // 15 days to Thu 02-04, 春节 in the notice: Fri 02-12
    clockAt("2027-01-27T10:00");
    String later = register(registrarB);      // to Thu 02-11, 春节 in the notice: Fri 02-12
    clockAt("2027-02-05T10:00");
    fireDueTimers(management);                          // reopened's limit passes; its supervision starts
    String earlier = register(registrarB);    // to Sat 02-20, provisionally a rest day: Mon 02-22
    assertThat(adminB.get("/api/cases/" + reopened).json().path("overdue").asBoolean()).isTrue();
    assertThat(dueAt(adminA, earlier)).isEqualTo(endOf("2027-02-22"));

    clockAt("2027-02-06T10:00");
    Reply loaded = adminB.exchange(HttpMethod.PUT, "/api/holiday-calendar/2027", Map.of(
        "notice", "国务院办公厅关于2027年部分节假日安排的通知（测试）",
        "days", days("OFF 2027-01-01 元旦", "OFF 2027-02-04 春节", "OFF 2027-02-05 春节", "OFF 2027-02-06 春节",
            "OFF 2027-02-07 春节", "OFF 2027-02-08 春节", "OFF 2027-02-09 春节", "OFF 2027-02-10 春节",
            "OFF 2027-02-11 春节", "WORK 2027-02-20 春节")));
    assertThat(loaded.code()).as(loaded.body()).isEqualTo(201);
    assertThat(loaded.json().path("recount").path("total").asInt()).isEqualTo(4);
    assertThat(loaded.json().path("recount").path("background").asBoolean()).isTrue();

    // the first node counts on the notice the second loaded, before any batch has run
    // (provisionally, on the statutory 除夕 to 初三 alone, 2027-02-22)
    Reply counted = registrarA.get("/api/due-dates?from=2027-02-06&workingDays=10");
    assertThat(counted.code()).as(counted.body()).isEqualTo(200);
    assertThat(counted.json().path("provisional").asBoolean()).isFalse();
    assertThat(counted.json().path("dueDate").asText()).isEqualTo("2027-02-24");

    SecondNode.jobExecutorOf(engine).start();
    nodeB.jobExecutor().start();
    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(
        () -> registrarA.get("/api/holiday-calendar/2027/recount").json().path("done").asBoolean());

    JsonNode done = registrarB.get("/api/holiday-calendar/2027/recount").json();
    assertThat(done.path("processed").asInt()).isEqualTo(4);
    assertThat(done.path("moved").asInt()).isEqualTo(3);
    assertThat(done.path("reopened").asInt()).isEqualTo(1);
    List<HistoricJobLog> batches = history.createHistoricJobLogQuery()
        .processDefinitionKey(ScheduleChanges.RECOUNT_PROCESS).successLog().list();
    assertThat(batches).as("every batch ran once, on one node or the other").hasSize(4)
        .allSatisfy(batch -> assertThat(batch.getHostname()).isIn("node-a", "node-b"));
    assertThat(history.createHistoricJobLogQuery().processDefinitionKey(ScheduleChanges.RECOUNT_PROCESS)
        .failureLog().count()).isZero();

    JsonNode reopenedCase = adminA.get("/api/cases/" + reopened).json();
    assertThat(reopenedCase.path("overdue").asBoolean()).isFalse();
    assertThat(dueAt(adminA, reopened)).isEqualTo(endOf("2027-02-12"));
    assertThat(dueAt(adminB, later)).isEqualTo(endOf("2027-02-12"));
    assertThat(dueAt(adminA, earlier)).isEqualTo(endOf("2027-02-20"));
    for (String caseNumber : List.of(reopened, later, earlier)) {
      assertThat(timeline(adminA, caseNumber, "LIMIT_MOVED")).as(caseNumber + " moved once").hasSize(1);
    }
    assertThat(timeline(adminB, reopened, "LIMIT_REOPENED")).hasSize(1);
    assertThat(StreamSupport.stream(adminA.get("/api/audit?action=LIMITS_RECOUNTED").json().path("content")
        .spliterator(), false).count()).as("the recount's result recorded once").isEqualTo(1);
  }

  private static String register(ApiClient registrar) {
    Reply reply = registrar.post("/api/cases", Intakes.groupVisit());
    assertThat(reply.code()).as(reply.body()).isEqualTo(201);
    return reply.json().path("caseNumber").asText();
  }

  private static Instant dueAt(ApiClient client, String caseNumber) {
    return Instant.parse(client.get("/api/cases/" + caseNumber).json().path("dueDates").get(0).path("dueAt").asText());
  }

  private static List<JsonNode> timeline(ApiClient client, String caseNumber, String type) {
    return StreamSupport.stream(client.get("/api/cases/" + caseNumber).json().path("timeline").spliterator(), false)
        .filter(entry -> type.equals(entry.path("type").path("code").asText()))
        .toList();
  }
}
