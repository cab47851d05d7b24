package org.xinfang.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
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
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;

/**
 * The statistics over HTTP on PostgreSQL: the period and filter parameters, who sees which figures,
 * and the cases behind a number. Each test sends its cases of 2023 to two units of its own, so the
 * figures it reads by unit are its own in the shared database.
 */
@PostgresIntegrationTest
class StatisticsIT {

  private static final String PASSWORD = "statistics-secret";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired TaskService tasks;

  String north;
  String south;
  ApiClient registrar;
  ApiClient office;
  ApiClient northHandler;
  StatisticsCases cases;

  @BeforeEach
  void district() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    north = "it-north-" + suffix;
    south = "it-south-" + suffix;
    units.ensureBureauRoles();
    units.ensureUnit(north, "北关街道" + suffix, UnitKind.STREET);
    units.ensureUnit(south, "南津镇" + suffix, UnitKind.TOWN);
    registrar = user("it.stats.registrar", Roles.PETITION_ROOM);
    office = user("it.stats.office", Roles.OFFICE);
    northHandler = user("it.stats.north-" + suffix, Roles.unitHandlers(north));
    cases = new StatisticsCases(registrar, tasks);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theOfficeReadsAUnitsFiguresAndTheCasesBehindThem() {
    String visit = cases.registeredAndTransferred("2023-03-01T09:00:00+08:00", "VISIT", 6, north, "2023-03-02T09:00:00+08:00");
    String letter = cases.registeredAndTransferred("2023-03-06T09:00:00+08:00", "LETTER", 1, north, "2023-03-30T09:00:00+08:00");
    cases.registeredAndTransferred("2023-03-07T09:00:00+08:00", "LETTER", 1, south, "2023-03-08T09:00:00+08:00");
    StatisticsCases.clockAt("2023-06-01T09:00:00+08:00");

    Reply report = office.get("/api/statistics?year=2023&unit=" + north);

    assertThat(report.code()).as(report.body()).isEqualTo(200);
    JsonNode body = report.json();
    assertThat(body.path("period").path("label").asText()).isEqualTo("2023年");
    assertThat(body.path("scope").path("wholeDistrict").asBoolean()).isTrue();
    assertThat(figure(body, "ITEMS").path("value").asLong()).isEqualTo(2);
    assertThat(figure(body, "VISIT_PERSONS").path("value").asLong()).isEqualTo(6);
    assertThat(figure(body, "GROUP_VISITS").path("value").asLong()).isEqualTo(1);
    JsonNode routing = figure(body, "ROUTING_ON_TIME");
    assertThat(routing.path("numerator").asLong()).as("the letter was routed after its 15 days").isEqualTo(1);
    assertThat(routing.path("denominator").asLong()).isEqualTo(2);
    assertThat(routing.path("rate").decimalValue()).isEqualByComparingTo("0.5");
    JsonNode rating = figure(body, "RATING_PARTICIPATION");
    assertThat(rating.path("denominator").asLong()).isZero();
    assertThat(rating.path("rate").isNull()).as("no denominator, no rate").isTrue();

    Reply numerator = office.get(routing.path("numeratorCases").asText());
    assertThat(numerator.code()).as(numerator.body()).isEqualTo(200);
    assertThat(numerator.json().path("content").findValuesAsText("caseNumber")).containsExactly(visit);
    assertThat(numerator.json().path("totalElements").asLong()).isEqualTo(1);
    assertThat(numerator.json().path("content").get(0).path("responsibleUnit").path("code").asText()).isEqualTo(north);
    Reply denominator = office.get(routing.path("denominatorCases").asText() + "&size=1&page=1");
    assertThat(denominator.json().path("content").findValuesAsText("caseNumber")).containsExactly(letter);
    assertThat(denominator.json().path("totalPages").asInt()).isEqualTo(2);

    JsonNode byMonth = office.get("/api/statistics?year=2023&unit=" + north + "&groupBy=MONTH").json().path("groups");
    assertThat(byMonth).hasSize(12);
    assertThat(figure(byMonth.get(2), "ITEMS").path("value").asLong()).isEqualTo(2);
    assertThat(figure(byMonth.get(2), "ITEMS").path("cases").asText()).contains("from=2023-03-01", "to=2023-03-31");
  }

  @Test
  void aUnitSeesItsOwnFiguresOnly() {
    String own = cases.registeredAndTransferred("2023-04-03T09:00:00+08:00", "LETTER", 1, north, "2023-04-04T09:00:00+08:00");
    cases.registeredAndTransferred("2023-04-03T10:00:00+08:00", "LETTER", 1, south, "2023-04-04T10:00:00+08:00");
    StatisticsCases.clockAt("2023-06-01T09:00:00+08:00");

    JsonNode body = northHandler.get("/api/statistics?year=2023&quarter=2").json();
    assertThat(body.path("scope").path("wholeDistrict").asBoolean()).isFalse();
    assertThat(figure(body, "ITEMS").path("value").asLong()).isEqualTo(1);
    assertThat(northHandler.get(figure(body, "ITEMS").path("cases").asText()).json().path("content")
        .findValuesAsText("caseNumber")).containsExactly(own);

    Reply other = northHandler.get("/api/statistics?year=2023&unit=" + south);
    other.assertIsCleanProblem(403);
    assertThat(other.json().path("detail").asText()).isEqualTo("只能查看本单位的统计");
    northHandler.get("/api/statistics/cases?indicator=ITEMS&year=2023&unit=" + south).assertIsCleanProblem(403);
    registrar.get("/api/statistics?year=2023").assertIsCleanProblem(403);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "|year",
      "year=1999|year",
      "year=2023&quarter=5|quarter",
      "year=2023&month=13|month",
      "year=2023&quarter=1&month=1|quarter",
      "from=2023-01-01|to",
      "from=2023-02-01&to=2023-01-01|to",
      "year=2023&from=2023-01-01&to=2023-01-31|from",
      "year=2023&unit=NOT A UNIT|unit",
      "year=2023&channel=PIGEON|channel",
      "year=2023&groupBy=WEEK|groupBy"})
  void aBadParameterIsNamed(String query, String field) {
    Reply refused = office.get("/api/statistics?" + (query == null ? "" : query));

    refused.assertIsCleanProblem(400);
    assertThat(refused.namesField(field)).as(refused.body()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "year=2023|indicator",
      "indicator=NOPE&year=2023|indicator",
      "indicator=ITEMS&part=half&year=2023|part",
      "indicator=ITEMS&part=numerator&year=2023|part",
      "indicator=ITEMS&size=101&year=2023|size",
      "indicator=ITEMS|year"})
  void aBadDrillDownIsNamed(String query, String field) {
    Reply refused = office.get("/api/statistics/cases?" + query);

    refused.assertIsCleanProblem(400);
    assertThat(refused.namesField(field)).as(refused.body()).isTrue();
  }

  private ApiClient user(String userId, String group) {
    TestUsers.ensure(identity, userId, PASSWORD, group);
    return new ApiClient(http, json, userId, PASSWORD);
  }

  private static JsonNode figure(JsonNode report, String indicator) {
    for (JsonNode figure : report.path("figures")) {
      if (indicator.equals(figure.path("indicator").asText())) {
        return figure;
      }
    }
    throw new AssertionError("no " + indicator + " in " + report);
  }
}
