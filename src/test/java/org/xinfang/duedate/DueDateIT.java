package org.xinfang.duedate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
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
import org.xinfang.TestUsers;
import org.xinfang.workflow.ChangedModel;

/** The handlers' due-date calculator: the due date, why it moved, and where its length comes from. */
@PostgresIntegrationTest
class DueDateIT {

  private static final String USER = "it.calculator";
  private static final String PASSWORD = "calculator-secret";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;

  ApiClient api;
  String changedDeployment;

  @BeforeEach
  void handler() {
    TestUsers.ensure(identity, USER, PASSWORD);
    api = new ApiClient(http, json, USER, PASSWORD);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    if (changedDeployment != null) {
      repository.deleteDeployment(changedDeployment, true);
    }
  }

  @Test
  void thirtyDaysEndingInTheSpringFestivalMoveToTheFirstWorkingDayAfter() {
    JsonNode answer = dueDate("from=2026-01-23&days=30");

    assertThat(answer.path("from").asText()).isEqualTo("2026-01-23");
    assertThat(answer.path("firstDay").asText()).isEqualTo("2026-01-24");
    assertThat(answer.path("nominalLastDay").asText()).isEqualTo("2026-02-22");
    assertThat(answer.path("dueDate").asText()).isEqualTo("2026-02-24");
    assertThat(answer.path("dueWeekday").asText()).isEqualTo("星期二");
    assertThat(answer.path("dueAt").asText()).isEqualTo("2026-02-24T15:59:59Z");
    assertThat(answer.path("moved").asBoolean()).isTrue();
    assertThat(answer.path("counting").asText()).isEqualTo("CALENDAR_DAYS");
    assertThat(answer.path("limit").isNull()).isTrue();
    assertThat(answer.path("skippedDays").findValuesAsText("date")).containsExactly("2026-02-22", "2026-02-23");
    assertThat(answer.path("skippedDays").findValuesAsText("reason")).containsExactly("春节", "春节");
    assertThat(answer.path("skippedDays").findValuesAsText("weekday")).containsExactly("星期日", "星期一");
    assertThat(answer.path("legalBasis").toString()).contains("第二百零一条", "第二百零三条");
    assertThat(answer.path("explanation").asText()).isEqualTo("自2026年1月23日的次日起算30日，最后一日本为2026年2月22日（星期日）；"
        + "2026年2月22日至2月23日（春节）休息，期限顺延至2026年2月24日（星期二）。");
    assertThat(answer.path("warnings")).isEmpty();
  }

  @Test
  void theObjectionWindowTakesItsLengthFromTheModelAndCountsTheWorkingSaturday() {
    JsonNode answer = dueDate("from=2026-09-28&limit=OBJECTION");

    assertThat(answer.path("length").asInt()).isEqualTo(5);
    assertThat(answer.path("counting").asText()).isEqualTo("WORKING_DAYS");
    assertThat(answer.path("dueDate").asText()).isEqualTo("2026-10-10");
    assertThat(answer.path("limit").path("label").asText()).isEqualTo("异议期限");
    assertThat(answer.path("limit").path("article").asText()).isEqualTo("《信访工作条例》第二十三条第三款");
    assertThat(answer.path("limit").path("source").asText()).contains("流程模型", "异议期限 5个工作日");
    assertThat(answer.path("legalBasis").get(0).asText()).isEqualTo("《信访工作条例》第二十三条第三款：异议期限5个工作日");
    assertThat(answer.path("skippedDays").findValuesAsText("reason")).containsOnly("国庆节").hasSize(7);
    assertThat(answer.path("weekendsWorked").findValuesAsText("date")).containsExactly("2026-10-10");
    assertThat(answer.path("explanation").asText()).isEqualTo("自2026年9月28日的次日起算5个工作日，"
        + "不计休息日2026年10月1日至10月7日（国庆节），于2026年10月10日（星期六）届满。"
        + "2026年10月10日（星期六）为调休上班日（国庆节），计为工作日。");
  }

  @ParameterizedTest(name = "{0} from {1}")
  @CsvSource({
      "ROUTING,    2026-09-16, 15, 2026-10-08",
      "ACCEPTANCE, 2026-02-01, 15, 2026-02-24",
      "REPLY,      2026-07-27, 60, 2026-09-28",
      "REVIEW_REQUEST,    2026-09-03, 30, 2026-10-08",
      "RE_REVIEW,         2026-11-25, 30, 2026-12-25"})
  void eachNamedLimitRunsForTheModelsLength(String limit, String from, int length, String dueDate) {
    JsonNode answer = dueDate("from=" + from + "&limit=" + limit);

    assertThat(answer.path("length").asInt()).isEqualTo(length);
    assertThat(answer.path("dueDate").asText()).isEqualTo(dueDate);
    assertThat(answer.path("limit").path("code").asText()).isEqualTo(limit);
  }

  @Test
  void aChangedModelChangesTheNamedLimit() throws Exception {
    assertThat(dueDate("from=2026-07-14&limit=REPLY").path("dueDate").asText()).isEqualTo("2026-09-14");

    changedDeployment = ChangedModel.deployWithReplyLimitOf(repository, 45);

    JsonNode answer = dueDate("from=2026-07-14&limit=REPLY");
    assertThat(answer.path("length").asInt()).isEqualTo(45);
    assertThat(answer.path("dueDate").asText()).isEqualTo("2026-08-28");
    assertThat(answer.path("limit").path("source").asText()).contains("答复期限 45日");
  }

  @Test
  void withoutAStartDateThePeriodRunsFromTodayInChina() {
    // 16:30 UTC on 30 September is already National Day in China
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-30T16:30:00Z")));

    JsonNode answer = dueDate("days=1");

    assertThat(answer.path("from").asText()).isEqualTo("2026-10-01");
    assertThat(answer.path("dueDate").asText()).isEqualTo("2026-10-08");
  }

  @Test
  void aYearWithoutAScheduleIsCountedOnItsStatutoryHolidaysAndFlaggedProvisional() {
    JsonNode answer = dueDate("from=2027-03-01&workingDays=5");

    assertThat(answer.path("dueDate").asText()).isEqualTo("2027-03-08");
    assertThat(answer.path("provisional").asBoolean()).isTrue();
    assertThat(answer.path("warnings").get(0).asText()).startsWith("2027年的节假日安排尚未录入");
    assertThat(answer.path("legalBasis").toString()).contains("《全国年节及纪念日放假办法》第二条");

    JsonNode springFestival = dueDate("from=2026-12-07&days=60");
    assertThat(springFestival.path("dueDate").asText()).isEqualTo("2027-02-09");
    assertThat(springFestival.path("skippedDays").findValuesAsText("reason")).containsExactly("春节（暂按法定节假日）",
        "春节（暂按法定节假日）", "春节（暂按法定节假日）", "春节（暂按法定节假日）");
  }

  @ParameterizedTest(name = "?{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # query                                 | field named
      from=2026-01-23                          | -
      ''                                       | -
      from=2026-01-23&days=5&workingDays=5     | workingDays
      from=2026-01-23&limit=REPLY&days=5       | limit
      from=2026-01-23&limit=LATE               | limit
      from=2026-01-23&days=0                   | days
      from=2026-01-23&workingDays=400          | workingDays
      from=2026-02-30&days=1                   | from
      from=2026-01-23&days=abc                 | days
      """)
  void badInputIsNamed(String query, String field) {
    Reply refused = api.get("/api/due-dates?" + query);

    refused.assertIsCleanProblem(400);
    assertThat(refused.namesField(field)).as(refused.body()).isTrue();
  }

  @Test
  void theApiDocumentationDescribesTheCalculatorAndTheHolidayCalendar() {
    JsonNode documentation = api.get("/api-docs").json();
    JsonNode paths = documentation.path("paths");

    assertThat(paths.path("/api/due-dates").path("get").path("parameters").findValuesAsText("name"))
        .contains("from", "limit", "days", "workingDays");
    assertThat(paths.has("/api/holiday-calendar")).isTrue();
    assertThat(paths.path("/api/holiday-calendar/{year}").has("put")).isTrue();
    assertThat(paths.path("/api/holiday-calendar/{year}").path("put").path("responses").has("403")).isTrue();
    // the days of an answer and of a schedule are different things, each with its own schema
    assertThat(documentation.path("components").path("schemas").path("DueDateDay").path("properties").has("reason")).isTrue();
    assertThat(documentation.path("components").path("schemas").path("HolidayScheduleDay").path("properties").has("type")).isTrue();
  }

  private JsonNode dueDate(String query) {
    Reply answer = api.get("/api/due-dates?" + query);
    assertThat(answer.code()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }
}
