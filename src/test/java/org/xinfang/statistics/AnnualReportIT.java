package org.xinfang.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;
import org.xinfang.web.Exports;

/**
 * The year's targets and the annual self-evaluation over HTTP on PostgreSQL. The report is the whole
 * district's, so its cases are of 2013 and 2014, years no other test registers in.
 */
@PostgresIntegrationTest
class AnnualReportIT {

  private static final String PASSWORD = "annual-secret";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  String north;
  String northName;
  ApiClient registrar;
  ApiClient office;
  ApiClient leader;
  ApiClient northHandler;

  @BeforeEach
  void district() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    north = "it-annual-" + suffix;
    northName = "北关街道" + suffix;
    units.ensureBureauRoles();
    units.ensureUnit(north, northName, UnitKind.STREET);
    registrar = user("it.annual.registrar", Roles.PETITION_ROOM);
    office = user("it.annual.office", Roles.OFFICE);
    leader = user("it.annual.leader", Roles.BUREAU_LEADERS);
    northHandler = user("it.annual.north-" + suffix, Roles.unitHandlers(north));
    jdbc.update("delete from annual_target where target_year in (2013, 2014)");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theOfficeSetsTheYearsTargetsAndEveryChangeIsAudited() {
    Reply saved = office.exchange(HttpMethod.PUT, "/api/statistics/targets/2013", targets(
        target("ONE_TIME_RESOLUTION", "AT_LEAST", 90), target("ROUTING_ON_TIME", "AT_LEAST", 100)));

    assertThat(saved.code()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().path("targets").findValuesAsText("indicator"))
        .as("in the order of the indicators").containsExactly("ROUTING_ON_TIME", "ONE_TIME_RESOLUTION");
    assertThat(saved.json().path("targets").findValuesAsText("text")).containsExactly("≥100%", "≥90%");
    assertThat(leader.get("/api/statistics/targets/2013").json().path("targets").findValuesAsText("label"))
        .containsExactly("信访部门及时受理率", "一次性化解率");
    assertThat(jdbc.queryForList("select detail from audit_entry where action = 'ANNUAL_TARGETS_SET' and user_id = ?"
        + " order by id desc limit 1", String.class, "it.annual.office"))
        .containsExactly("2013年度绩效目标：信访部门及时受理率≥100%；一次性化解率≥90%");

    Reply refused = office.exchange(HttpMethod.PUT, "/api/statistics/targets/2013", targets(
        target("REPLY_ON_TIME", "AT_LEAST", 100), target("UNIT_SATISFACTION", "AT_LEAST", 101)));
    refused.assertIsCleanProblem(400);
    assertThat(refused.namesField("targets[1].value")).as(refused.body()).isTrue();
    assertThat(office.get("/api/statistics/targets/2013").json().path("targets").findValuesAsText("indicator"))
        .as("a refused list changes nothing").containsExactly("ROUTING_ON_TIME", "ONE_TIME_RESOLUTION");

    office.exchange(HttpMethod.PUT, "/api/statistics/targets/1999", targets()).assertIsCleanProblem(400);
    leader.exchange(HttpMethod.PUT, "/api/statistics/targets/2013", targets()).assertIsCleanProblem(403);
    northHandler.get("/api/statistics/targets/2013").assertIsCleanProblem(403);
  }

  @Test
  void theReportSetsTheTargetsBesideTheFiguresInPdfAndWorkbook() throws IOException {
    StatisticsCases cases = new StatisticsCases(registrar, tasks);
    cases.registeredAndTransferred("2013-05-06T09:00:00+08:00", "LETTER", 1, north, "2013-05-07T09:00:00+08:00");
    cases.registeredAndTransferred("2014-03-03T09:00:00+08:00", "VISIT", 6, north, "2014-03-04T09:00:00+08:00");
    cases.registeredAndTransferred("2014-03-05T09:00:00+08:00", "LETTER", 1, north, "2014-03-28T09:00:00+08:00");
    cases.registeredAndTransferred("2014-04-01T09:00:00+08:00", "ONLINE", 1, north, "2014-04-02T09:00:00+08:00");
    StatisticsCases.clockAt("2015-06-01T09:00:00+08:00");
    Reply saved = office.exchange(HttpMethod.PUT, "/api/statistics/targets/2014", targets(
        target("ROUTING_ON_TIME", "AT_LEAST", 100), target("FIRST_TIME", "AT_MOST", -10),
        target("GROUP_VISITS", "AT_MOST", 0), target("REPEAT_RATE", "AT_MOST", 5),
        target("ONE_TIME_RESOLUTION", "AT_LEAST", 90)));
    assertThat(saved.code()).as(saved.body()).isEqualTo(200);

    JsonNode report = office.get("/api/statistics/annual/2014?format=json").json();
    assertThat(report.path("targets").findValuesAsText("met"))
        .containsExactly("false", "false", "false", "null", "true");
    JsonNode routing = report.path("targets").get(2);
    assertThat(routing.path("indicator").asText()).isEqualTo("ROUTING_ON_TIME");
    assertThat(routing.path("actual").decimalValue()).isEqualByComparingTo("66.67");
    assertThat(routing.path("numerator").asLong()).as("the letter was routed after its 15 days").isEqualTo(2);
    assertThat(routing.path("denominator").asLong()).isEqualTo(3);
    assertThat(report.path("targets").get(1).path("actualText").asText()).isEqualTo("本年3件，上年1件，上升 200.00%");

    ResponseEntity<byte[]> pdf = office.download("/api/statistics/annual/2014", MediaType.APPLICATION_PDF);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    String text = pdfText(pdf.getBody());
    assertThat(text).contains("2014年度信访工作绩效自评", "一、绩效目标完成情况", "信访部门及时受理率", "≥100%", "66.67%",
        "未完成", "已完成", "无数据", "同比≤-10%", "上升 200.00%", "≤0批", northName, "网上信访");
    assertThat(text.replaceAll("\\s+", " ")).contains("信访事项 3件 1件 上升 200.00%", "来访人次 6人次 0人次 —");

    ResponseEntity<byte[]> xlsx = office.download("/api/statistics/annual/2014", Exports.XLSX);
    assertThat(xlsx.getHeaders().getContentType()).isEqualTo(Exports.XLSX);
    assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("2014年度信访工作绩效自评.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      assertThat(WorkbookRows.row(workbook.getSheet("绩效目标"), "信访部门及时受理率"))
          .containsExactly("信访部门及时受理率", "≥100%", "66.67", "66.67%", "2", "3", "未完成");
      assertThat(WorkbookRows.row(workbook.getSheet("绩效目标"), "重复信访率"))
          .containsExactly("重复信访率", "≤5%", "0", "0.00%", "0", "3", "已完成");
      assertThat(WorkbookRows.row(workbook.getSheet("主要数据"), "信访事项")).containsExactly("信访事项", "件", "3", "1", "200.00%");
      assertThat(WorkbookRows.row(workbook.getSheet("各项比率"), "信访部门及时受理率")).element(5).isEqualTo("66.67%");
      assertThat(WorkbookRows.row(workbook.getSheet("按信访渠道"), "来访")).containsExactly("来访", "1", "6");
      assertThat(WorkbookRows.row(workbook.getSheet("按责任单位"), northName)).element(1).isEqualTo("3");
    }
  }

  @Test
  void onlyThoseWhoSeeTheWholeDistrictReadTheReport() {
    northHandler.get("/api/statistics/annual/2014?format=json").assertIsCleanProblem(403);
    registrar.get("/api/statistics/annual/2014?format=json").assertIsCleanProblem(403);
    Reply badFormat = office.get("/api/statistics/annual/2014?format=doc");
    badFormat.assertIsCleanProblem(400);
    assertThat(badFormat.namesField("format")).isTrue();
    Reply badYear = office.get("/api/statistics/annual/1999?format=json");
    badYear.assertIsCleanProblem(400);
    assertThat(badYear.namesField("year")).isTrue();
    ResponseEntity<byte[]> pdf = leader.download("/api/statistics/annual/2014?format=pdf", null);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
  }

  private static String pdfText(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }

  private static Map<String, Object> targets(Map<?, ?>... targets) {
    return Map.of("targets", List.of(targets));
  }

  private static Map<String, Object> target(String indicator, String comparison, Number value) {
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("indicator", indicator);
    target.put("comparison", comparison);
    target.put("value", value);
    return target;
  }

  private ApiClient user(String userId, String group) {
    TestUsers.ensure(identity, userId, PASSWORD, group);
    return new ApiClient(http, json, userId, PASSWORD);
  }
}
