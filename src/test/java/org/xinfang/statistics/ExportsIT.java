package org.xinfang.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
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
 * The exports to Excel over HTTP: a statistics table, the cases behind a number and a case list,
 * each with the access rules of the screen. Each test's cases of 2012 go to two units of its own.
 */
@PostgresIntegrationTest
class ExportsIT {

  private static final String PASSWORD = "exports-secret";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  String north;
  String south;
  String northHandlerId;
  ApiClient office;
  ApiClient northHandler;
  String northCase;
  String southCase;

  @BeforeEach
  void casesOfTwoUnits() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    north = "it-exp-north-" + suffix;
    south = "it-exp-south-" + suffix;
    units.ensureBureauRoles();
    units.ensureUnit(north, "北关街道" + suffix, UnitKind.STREET);
    units.ensureUnit(south, "南津镇" + suffix, UnitKind.TOWN);
    ApiClient registrar = user("it.exports.registrar", Roles.PETITION_ROOM);
    office = user("it.exports.office", Roles.OFFICE);
    northHandlerId = "it.exports.north-" + suffix;
    northHandler = user(northHandlerId, Roles.unitHandlers(north));
    StatisticsCases cases = new StatisticsCases(registrar, tasks);
    northCase = cases.registeredAndTransferred("2012-03-01T09:00:00+08:00", "VISIT", 6, north, "2012-03-02T09:00:00+08:00");
    southCase = cases.registeredAndTransferred("2012-03-05T09:00:00+08:00", "LETTER", 1, south, "2012-03-06T09:00:00+08:00");
    StatisticsCases.clockAt("2012-06-01T09:00:00+08:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aStatisticsTableExportsWithChineseHeadersByParameterOrAcceptHeader() throws IOException {
    ResponseEntity<byte[]> byParameter = office.download("/api/statistics?year=2012&unit=" + north
        + "&groupBy=MONTH&format=xlsx", null);
    ResponseEntity<byte[]> byAccept = office.download("/api/statistics?year=2012&unit=" + north, Exports.XLSX);

    for (ResponseEntity<byte[]> export : List.of(byParameter, byAccept)) {
      assertThat(export.getStatusCode().value()).isEqualTo(200);
      assertThat(export.getHeaders().getContentType()).isEqualTo(Exports.XLSX);
      assertThat(export.getHeaders().getContentDisposition().getFilename()).isEqualTo("信访统计2012年.xlsx");
      try (XSSFWorkbook workbook = workbook(export)) {
        XSSFSheet figures = workbook.getSheet("各项指标");
        assertThat(WorkbookRows.rows(figures).get(0)).startsWith("指标", "统计口径", "计数", "分子", "分母", "比率");
        assertThat(WorkbookRows.row(figures, "信访事项")).startsWith("信访事项", "按登记时间", "1");
        assertThat(WorkbookRows.row(figures, "来访人次")).element(2).isEqualTo("6");
        assertThat(WorkbookRows.row(figures, "信访部门及时受理率")).startsWith("信访部门及时受理率", "按信访部门受理期限届满日",
            "", "1", "1", "100.00%");
        assertThat(WorkbookRows.row(workbook.getSheet("统计范围"), "责任单位")).element(1).asString().startsWith("北关街道");
      }
    }
    try (XSSFWorkbook workbook = workbook(byParameter)) {
      assertThat(WorkbookRows.row(workbook.getSheet("分组"), "2012年3月")).startsWith("2012年3月", "信访事项", "按登记时间", "1");
    }
  }

  @Test
  void theCasesBehindANumberExportAllPagesForWhoMaySeeThem() throws IOException {
    ResponseEntity<byte[]> export = northHandler.download("/api/statistics/cases?indicator=ITEMS&year=2012&size=1"
        + "&format=xlsx", null);

    assertThat(export.getStatusCode().value()).isEqualTo(200);
    try (XSSFWorkbook workbook = workbook(export)) {
      List<List<String>> rows = WorkbookRows.rows(workbook.getSheet("信访事项"));
      assertThat(rows.get(0)).containsExactly("事项编号", "标题", "状态", "信访渠道", "事项类别", "责任单位", "人数", "登记时间",
          "计入统计的时间");
      assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0)).as("a unit's own cases only")
          .containsExactly(northCase);
      assertThat(rows.get(1)).element(7).isEqualTo("2012-03-01 09:00");
    }

    Reply other = northHandler.get("/api/statistics/cases?indicator=ITEMS&year=2012&unit=" + south + "&format=xlsx");
    other.assertIsCleanProblem(403);
    northHandler.get("/api/statistics?year=2012&unit=" + south + "&format=xlsx").assertIsCleanProblem(403);
    Reply badFormat = office.get("/api/statistics?year=2012&format=pdf");
    badFormat.assertIsCleanProblem(400);
    assertThat(badFormat.namesField("format")).isTrue();
  }

  @Test
  void aCaseListExportsThePetitionersMaskedAndIsAudited() throws IOException {
    ResponseEntity<byte[]> export = northHandler.download("/api/cases?registeredFrom=2012-01-01&registeredTo=2012-12-31",
        Exports.XLSX);

    assertThat(export.getStatusCode().value()).isEqualTo(200);
    assertThat(export.getHeaders().getContentDisposition().getFilename()).isEqualTo("信访事项.xlsx");
    try (XSSFWorkbook workbook = workbook(export)) {
      List<List<String>> rows = WorkbookRows.rows(workbook.getSheet("信访事项"));
      assertThat(rows.get(0)).contains("事项编号", "信访人", "身份证号（部分隐去）", "联系电话（部分隐去）");
      assertThat(rows).hasSize(2);
      List<String> line = rows.get(1);
      assertThat(line.get(0)).as("another unit's case is not listed").isEqualTo(northCase);
      assertThat(line).contains("李红梅", "139****1234").doesNotContain("13907461234");
    }
    assertThat(jdbc.queryForList("select detail from audit_entry where action = 'PERSONAL_DATA_EXPORTED' and user_id = ?",
        String.class, northHandlerId)).containsExactly(
            "导出信访事项列表1件（含信访人姓名，身份证号和联系电话部分隐去）；条件：登记日期起2012-01-01，登记日期止2012-12-31");

    ResponseEntity<byte[]> officeExport = office.download("/api/cases?unit=" + south + "&format=xlsx", null);
    try (XSSFWorkbook workbook = workbook(officeExport)) {
      assertThat(WorkbookRows.rows(workbook.getSheet("信访事项"))).extracting(row -> row.get(0)).containsExactly("事项编号", southCase);
    }
    ResponseEntity<byte[]> json = office.download("/api/cases?unit=" + south, MediaType.APPLICATION_JSON);
    assertThat(json.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
  }

  private static XSSFWorkbook workbook(ResponseEntity<byte[]> export) throws IOException {
    assertThat(export.getStatusCode().value()).as(new String(export.getBody())).isEqualTo(200);
    return new XSSFWorkbook(new ByteArrayInputStream(export.getBody()));
  }

  private ApiClient user(String userId, String group) {
    TestUsers.ensure(identity, userId, PASSWORD, group);
    return new ApiClient(http, json, userId, PASSWORD);
  }
}
