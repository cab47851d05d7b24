package org.xinfang.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.holiday.RecountScenario.clockAt;
import static org.xinfang.holiday.RecountScenario.days;
import static org.xinfang.holiday.RecountScenario.endOf;
import static org.xinfang.holiday.RecountScenario.fireDueTimers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.casefile.Intakes;
import org.xinfang.casefile.TestDistrict;
import org.xinfang.organization.UnitDirectory;

/**
 * The 2027 notice loaded over HTTP while cases registered before it count on the statutory
 * holidays: more limits touch the year than the change moves at once (here one), so the recount
 * runs in batches of two on the engine's job executor, which any node may run, and the API shows
 * its progress. The case file then shows every moved limit, and the reopened one no longer overdue.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {"xinfang.holiday.recount.inline-limit=1", "xinfang.holiday.recount.batch-size=2"})
class ScheduleChangeRecountIT {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;

  ApiClient registrar;
  ApiClient admin;

  @BeforeEach
  void users() {
    registrar = TestDistrict.registrar(units, identity, http, json);
    admin = TestDistrict.administrator(identity, http, json);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aLargeChangeMovesTheLimitsInBatchesAndShowsItsProgress() {
    clockAt("2027-01-20T10:00");
    String reopened = register();      // 15 days to Thu 02-04, 春节 in the notice: Fri 02-12
    clockAt("2027-01-27T10:00");
    String later = register();         // to Thu 02-11, 春节 in the notice: Fri 02-12
    clockAt("2027-02-05T10:00");
    fireDueTimers(management);                   // reopened's limit passes; its supervision starts
    String earlier = register();       // to Sat 02-20, a rest day provisionally: Mon 02-22; worked in the notice
    assertThat(admin.get("/api/cases/" + reopened).json().path("overdue").asBoolean()).isTrue();

    clockAt("2027-02-06T10:00");
    Reply loaded = admin.exchange(HttpMethod.PUT, "/api/holiday-calendar/2027", Map.of(
        "notice", "国务院办公厅关于2027年部分节假日安排的通知（测试）",
        "days", days("OFF 2027-01-01 元旦", "OFF 2027-02-04 春节", "OFF 2027-02-05 春节", "OFF 2027-02-06 春节",
            "OFF 2027-02-07 春节", "OFF 2027-02-08 春节", "OFF 2027-02-09 春节", "OFF 2027-02-10 春节",
            "OFF 2027-02-11 春节", "WORK 2027-02-20 春节")));

    assertThat(loaded.code()).as(loaded.body()).isEqualTo(201);
    JsonNode recount = loaded.json().path("recount");
    // three routing limits and the notice deadline of the supervision
    assertThat(recount.path("total").asInt()).isEqualTo(4);
    assertThat(recount.path("background").asBoolean()).isTrue();
    assertThat(recount.path("processed").asInt()).isZero();
    assertThat(recount.path("done").asBoolean()).isFalse();
    assertThat(admin.get("/api/cases/" + later).json().path("dueDates").get(0).path("dueAt").asText())
        .as("not moved before its batch runs").isEqualTo(endOf("2027-02-11").toString());

    runNextBatch();
    JsonNode halfway = registrar.get("/api/holiday-calendar/2027/recount").json();
    assertThat(halfway.path("processed").asInt()).isEqualTo(2);
    assertThat(halfway.path("done").asBoolean()).isFalse();
    runNextBatch();
    JsonNode done = registrar.get("/api/holiday-calendar/2027/recount").json();
    assertThat(done.path("processed").asInt()).isEqualTo(4);
    assertThat(done.path("moved").asInt()).isEqualTo(3);
    assertThat(done.path("reopened").asInt()).isEqualTo(1);
    assertThat(done.path("done").asBoolean()).isTrue();
    assertThat(management.createJobQuery().processDefinitionKey(ScheduleChanges.RECOUNT_PROCESS).count()).isZero();
    assertThat(admin.get("/api/holiday-calendar/2027").json().path("recount").path("done").asBoolean()).isTrue();

    JsonNode reopenedCase = admin.get("/api/cases/" + reopened).json();
    assertThat(reopenedCase.path("overdue").asBoolean()).isFalse();
    assertThat(reopenedCase.path("dueDates").get(0).path("dueAt").asText()).isEqualTo(endOf("2027-02-12").toString());
    assertThat(reopenedCase.path("dueDates").get(0).path("met").isNull()).isTrue();
    assertThat(reopenedCase.path("timeline").findValuesAsText("description"))
        .anySatisfy(entry -> assertThat(entry).contains("由2027年2月4日届满改为2027年2月12日届满"))
        .anySatisfy(entry -> assertThat(entry).contains("撤销超期标记"))
        .anySatisfy(entry -> assertThat(entry).contains("超期督办系误启动，予以撤销"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reopened).count())
        .as("the petition alone, its supervision closed").isEqualTo(1);
    assertThat(admin.get("/api/cases/" + later).json().path("dueDates").get(0).path("dueAt").asText())
        .isEqualTo(endOf("2027-02-12").toString());
    assertThat(admin.get("/api/cases/" + earlier).json().path("dueDates").get(0).path("dueAt").asText())
        .isEqualTo(endOf("2027-02-20").toString());

    JsonNode audit = admin.get("/api/audit?action=LIMITS_RECOUNTED").json();
    assertThat(audit.toString()).contains("2027年节假日安排录入").contains("涉及4个，到期日调整3个，其中撤销超期1个");
    assertThat(admin.get("/api/audit?action=HOLIDAY_SCHEDULE_CHANGED").json().toString())
        .contains("涉及该年度的运行中期限4个，在后台分批重新计算");
  }

  private String register() {
    Reply reply = registrar.post("/api/cases", Intakes.groupVisit());
    assertThat(reply.code()).as(reply.body()).isEqualTo(201);
    return reply.json().path("caseNumber").asText();
  }

  /** One batch, as the job executor of whichever node acquires its job would run it. */
  private void runNextBatch() {
    Job batch = management.createJobQuery().processDefinitionKey(ScheduleChanges.RECOUNT_PROCESS).singleResult();
    management.executeJob(batch.getId());
  }
}
