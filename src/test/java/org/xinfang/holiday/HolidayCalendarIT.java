package org.xinfang.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.organization.Roles;

/**
 * An administrator loads and corrects a year's schedule through the API, and the next due date
 * follows it; other users read the schedule but cannot change it.
 */
@PostgresIntegrationTest
class HolidayCalendarIT {

  private static final String ADMIN = "it.calendar-admin";
  private static final String CLERK = "it.calendar-clerk";
  private static final String PASSWORD = "calendar-secret";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;

  ApiClient admin;
  ApiClient clerk;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, ADMIN, PASSWORD, Roles.ADMINISTRATORS);
    TestUsers.ensure(identity, CLERK, PASSWORD);
    admin = new ApiClient(http, json, ADMIN, PASSWORD);
    clerk = new ApiClient(http, json, CLERK, PASSWORD);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anAdministratorLoadsAYearAndTheNextDueDateFollowsIt() {
    // 2031 is not loaded: 15 days from Tue 2031-09-16 reach Wed 10-01; the statutory 国庆 (10-01 to 10-03,
    // 中秋 on the 1st) and the weekend move the end to Mon 10-06, provisionally.
    JsonNode before = clerk.get("/api/due-dates?from=2031-09-16&days=15").json();
    assertThat(before.path("dueDate").asText()).isEqualTo("2031-10-06");
    assertThat(before.path("provisional").asBoolean()).isTrue();
    assertThat(before.path("skippedDays").findValuesAsText("reason")).containsExactly("国庆节、中秋节（暂按法定节假日）",
        "国庆节（暂按法定节假日）", "国庆节（暂按法定节假日）", "周末", "周末");
    assertThat(before.path("warnings").get(0).asText()).startsWith("2031年的节假日安排尚未录入");
    clerk.get("/api/holiday-calendar/2031").assertIsCleanProblem(404);

    Reply loaded = admin.exchange(HttpMethod.PUT, "/api/holiday-calendar/2031", schedule(
        "国务院办公厅关于2031年部分节假日安排的通知（测试）",
        day("2031-10-07", "OFF", "国庆节"), day("2031-09-28", "WORK", "国庆节"), day("2031-10-01", "OFF", "国庆节"),
        day("2031-10-02", "OFF", "国庆节"), day("2031-10-03", "OFF", "国庆节"), day("2031-10-04", "OFF", "国庆节"),
        day("2031-10-05", "OFF", "国庆节"), day("2031-10-06", "OFF", "国庆节"), day("2031-10-11", "WORK", "国庆节")));

    assertThat(loaded.code()).as(loaded.body()).isEqualTo(201);
    assertThat(loaded.headers().getLocation()).hasPath("/api/holiday-calendar/2031");
    assertThat(loaded.json().path("loadedBy").asText()).isEqualTo(ADMIN);
    assertThat(loaded.json().path("days").findValuesAsText("date")).containsExactly("2031-09-28", "2031-10-01",
        "2031-10-02", "2031-10-03", "2031-10-04", "2031-10-05", "2031-10-06", "2031-10-07", "2031-10-11");
    assertThat(loaded.json().path("days").get(0).path("weekday").asText()).isEqualTo("星期日");
    assertThat(loaded.json().path("days").get(0).path("typeLabel").asText()).isEqualTo("调休上班");

    // The next computation, on any node, counts on it: the break runs to Tue 10-07.
    JsonNode after = clerk.get("/api/due-dates?from=2031-09-16&days=15").json();
    assertThat(after.path("dueDate").asText()).isEqualTo("2031-10-08");
    assertThat(after.path("skippedDays").findValuesAsText("reason")).containsOnly("国庆节").hasSize(7);
    assertThat(after.path("warnings")).isEmpty();
    assertThat(after.path("provisional").asBoolean()).isFalse();

    Map<Integer, JsonNode> years = new HashMap<>();
    clerk.get("/api/holiday-calendar").json().forEach(year -> years.put(year.path("year").asInt(), year));
    assertThat(years).containsKeys(2025, 2026, 2031);
    assertThat(years.get(2031).path("offDays").asInt()).isEqualTo(7);
    assertThat(years.get(2031).path("workDays").asInt()).isEqualTo(2);
    assertThat(years.get(2026).path("loadedBy").asText()).isEqualTo("system");

    // A correction replaces the whole year: a three-day break leaves Mon 10-06 as the first working day.
    Reply corrected = admin.exchange(HttpMethod.PUT, "/api/holiday-calendar/2031", schedule(
        "国务院办公厅关于2031年部分节假日安排的通知（测试，更正）",
        day("2031-10-01", "OFF", "国庆节"), day("2031-10-02", "OFF", "国庆节"), day("2031-10-03", "OFF", "国庆节")));

    assertThat(corrected.code()).as(corrected.body()).isEqualTo(200);
    assertThat(clerk.get("/api/holiday-calendar/2031").json().path("days")).hasSize(3);
    assertThat(clerk.get("/api/due-dates?from=2031-09-16&days=15").json().path("dueDate").asText())
        .isEqualTo("2031-10-06");
  }

  @Test
  void onlyAdministratorsChangeTheSchedule() {
    Reply refused = clerk.exchange(HttpMethod.PUT, "/api/holiday-calendar/2026", schedule(
        "国务院办公厅关于2026年部分节假日安排的通知", day("2026-03-02", "OFF", "春节")));

    refused.assertIsCleanProblem(403);
    assertThat(refused.json().path("detail").asText()).contains("系统管理员");
    JsonNode year2026 = clerk.get("/api/holiday-calendar/2026").json();
    assertThat(year2026.path("days")).hasSize(39);
    assertThat(year2026.path("days").findValuesAsText("date")).doesNotContain("2026-03-02");
    assertThat(year2026.path("loadedBy").asText()).isEqualTo("system");
  }

  @Test
  void aBadScheduleIsRefusedFieldByFieldAndNothingIsStored() {
    Map<String, Object> body = schedule(" ",
        day("2032-10-02", "OFF", "国庆节"),
        day("2033-01-01", "OFF", "元旦"),
        day("2032-10-08", "WORK", "国庆节"),
        day("2032-10-02", "WORK", "国庆节"),
        day("2032-10-03", "OFF", "国庆节"),
        day("2032-10-03", "OFF", "国庆节"),
        day("2032-10-04", "OFF", ""));

    Reply refused = admin.exchange(HttpMethod.PUT, "/api/holiday-calendar/2032", body);

    refused.assertIsCleanProblem(400);
    assertThat(refused.json().path("errors")).hasSize(6);
    assertThat(refused.namesField("notice")).isTrue();
    assertThat(reason(refused, "days[1].date")).isEqualTo("不在2032年内");
    assertThat(reason(refused, "days[2].date")).isEqualTo("调休上班日只能是星期六或星期日，2032-10-08是星期五");
    assertThat(reason(refused, "days[3].date")).isEqualTo("同一天不能既放假又调休上班（见days[0]）");
    assertThat(reason(refused, "days[5].date")).isEqualTo("与days[4]重复");
    assertThat(refused.namesField("days[6].holiday")).isTrue();
    clerk.get("/api/holiday-calendar/2032").assertIsCleanProblem(404);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # what is wrong         | year | body                                                                   | field
      a year out of range     | 1999 | {"notice":"通知","days":[{"date":"1999-10-01","type":"OFF","holiday":"国庆节"}]} | year
      no day off at all       | 2032 | {"notice":"通知","days":[{"date":"2032-10-09","type":"WORK","holiday":"国庆节"}]} | days
      no list of days         | 2032 | {"notice":"通知"}                                                       | days
      an unknown type of day  | 2032 | {"notice":"通知","days":[{"date":"2032-10-01","type":"HOLIDAY","holiday":"国庆节"}]} | days[0].type
      a day that is no date   | 2032 | {"notice":"通知","days":[{"date":"2032-02-30","type":"OFF","holiday":"春节"}]} | days[0].date
      a day without a date    | 2032 | {"notice":"通知","days":[{"type":"OFF","holiday":"春节"}]}               | days[0].date
      """)
  void eachBadFieldIsNamed(String whatIsWrong, int year, String body, String field) throws Exception {
    Reply refused = admin.exchange(HttpMethod.PUT, "/api/holiday-calendar/" + year, json.readTree(body));

    refused.assertIsCleanProblem(400);
    assertThat(refused.namesField(field)).as(refused.body()).isTrue();
  }

  @Test
  void healthTellsAuthenticatedUsersWhichYearsAreMissing() {
    // late 2026 in China: cases registered now have limits in 2027, which nobody loaded
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-20T02:00:00Z")));

    JsonNode health = clerk.get("/actuator/health").json();
    JsonNode calendar = health.path("components").path("holidayCalendar");
    assertThat(calendar.path("status").asText()).isEqualTo("UNKNOWN");
    assertThat(calendar.path("details").path("missingYears").toString()).isEqualTo("[2027]");
    assertThat(calendar.path("details").path("loadedYears").toString()).contains("2025", "2026");
    assertThat(calendar.path("details").path("warning").asText()).contains("2027年");
    assertThat(health.path("status").asText()).isEqualTo("UP");

    JsonNode anonymous = json.valueToTree(http.getForObject("/actuator/health", Map.class));
    assertThat(anonymous.path("status").asText()).isEqualTo("UP");
    assertThat(anonymous.has("components")).isFalse();
  }

  private static String reason(Reply reply, String field) {
    for (JsonNode error : reply.json().path("errors")) {
      if (field.equals(error.path("field").asText())) {
        return error.path("reason").asText();
      }
    }
    throw new AssertionError(field + " is not named in " + reply.body());
  }

  @SafeVarargs
  private static Map<String, Object> schedule(String notice, Map<String, Object>... days) {
    Map<String, Object> body = new HashMap<>();
    body.put("notice", notice);
    body.put("days", new ArrayList<>(List.of(days)));
    return body;
  }

  private static Map<String, Object> day(String date, String type, String holiday) {
    return Map.of("date", date, "type", type, "holiday", holiday);
  }
}
