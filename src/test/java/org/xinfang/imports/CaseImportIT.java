package org.xinfang.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.workflow.CaseProcessAgreement;

/** The historical import over HTTP, on PostgreSQL: what it writes, what it refuses, what it leaves alone. */
@PostgresIntegrationTest
// a database of its own: the sample's case numbers of 2023 and 2024 must not meet cases other tests register
@TestPropertySource(properties = "xinfang.test.database=imports")
class CaseImportIT {

  private static final String OFFICE = "it.import.office";
  private static final String REGISTRAR = "it.import.registrar";
  private static final String ADMIN = "it.import.admin";
  private static final String PASSWORD = "import-secret";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired JdbcTemplate jdbc;
  @Autowired PetitionCaseRepository cases;
  @Autowired CaseProcessAgreement agreement;

  @BeforeEach
  void district() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-06-01T10:00").atZone(ChinaTime.ZONE).toInstant()));
    units.ensureBureauRoles();
    SampleCases.UNITS.forEach(unit -> units.ensureUnit(unit.code(), unit.name(), unit.kind()));
    TestUsers.ensure(identity, OFFICE, PASSWORD, Roles.OFFICE);
    TestUsers.ensure(identity, REGISTRAR, PASSWORD, Roles.PETITION_ROOM);
    TestUsers.ensure(identity, ADMIN, PASSWORD, Roles.ADMINISTRATORS);
  }

  @AfterEach
  void clock() {
    ClockUtil.reset();
  }

  @Test
  void theSampleFileImportsAndReproducesItsFigures() throws Exception {
    byte[] sample = Files.readAllBytes(SampleCases.FILE);
    assertThat(new String(sample, StandardCharsets.UTF_8)).isEqualTo(SampleCases.csv());

    JsonNode dryRun = upload(OFFICE, "cases-2023-2024.csv", sample, true);
    assertThat(dryRun.path("imported").asInt()).isEqualTo(SampleCases.ITEMS_2023 + SampleCases.ITEMS_2024);
    assertThat(count("select count(*) from petition_case where case_number like 'XF-2024-%'")).isZero();

    JsonNode done = upload(OFFICE, "cases-2023-2024.csv", sample, false);
    assertThat(done.path("imported").asInt()).isEqualTo(SampleCases.ITEMS_2023 + SampleCases.ITEMS_2024);
    assertThat(done.path("unchanged").asInt()).isZero();

    String in2024 = "c.imported and c.case_number like 'XF-2024-%'";
    assertThat(count("select count(*) from petition_case c where " + in2024)).isEqualTo(SampleCases.ITEMS_2024);
    assertThat(count("select count(*) from petition_case c where c.first_time and " + in2024))
        .isEqualTo(SampleCases.FIRST_TIME_2024);
    assertThat(count("select count(*) from petition_case c where c.first_time and c.case_number like 'XF-2023-%'"))
        .isEqualTo(SampleCases.ITEMS_2023);
    // 552 / 1000 - 1 = -44.8%
    assertThat((SampleCases.FIRST_TIME_2024 - SampleCases.ITEMS_2023) * 1000 / SampleCases.ITEMS_2023).isEqualTo(-448);
    // every limit met: 及时受理率 (department and units) and 按期答复率 are 100%
    assertThat(count("select count(*) from petition_case c where " + in2024
        + " and c.routing_met and c.acceptance_met and c.reply_met and not c.overdue")).isEqualTo(SampleCases.ITEMS_2024);
    // visits: batches, person-times and group visits of five or more
    assertThat(count("select count(*) from petition_case c where c.channel = 'VISIT' and " + in2024))
        .isEqualTo(SampleCases.VISIT_BATCHES_2024);
    assertThat(count("select sum(c.person_count) from petition_case c where c.channel = 'VISIT' and " + in2024))
        .isEqualTo(SampleCases.VISIT_PERSONS_2024);
    assertThat(count("select count(*) from petition_case c where c.channel = 'VISIT' and c.person_count >= 5 and "
        + in2024)).isEqualTo(SampleCases.GROUP_VISITS_2024);
    // 一次性化解率: first-time claims closed in 2024 with no review request and no repeat within 90 days
    String cohort = "from petition_case c where c.first_time and c.case_class = 'CLAIM' and c.imported"
        + " and extract(year from c.closed_at at time zone 'Asia/Shanghai') = 2024";
    String closingDay = "cast(c.closed_at at time zone 'Asia/Shanghai' as date)";
    long claims = count("select count(*) " + cohort);
    long resolved = count("select count(*) " + cohort
        + " and not exists (select 1 from review_request q where q.case_id = c.id and q.requested_on <= " + closingDay + " + 90)"
        + " and not exists (select 1 from petition_case x where x.repeat_of = c.id and"
        + " cast(x.registered_at at time zone 'Asia/Shanghai' as date) <= " + closingDay + " + 90)");
    assertThat(claims).isEqualTo(SampleCases.FIRST_TIME_CLAIMS_2024);
    assertThat(claims - resolved).isEqualTo(SampleCases.NOT_RESOLVED_AT_ONCE_2024);
    assertThat(Math.round(resolved * 10000.0 / claims)).isEqualTo(9938);

    JsonNode again = upload(OFFICE, "cases-2023-2024.csv", sample, false);
    assertThat(again.path("imported").asInt()).isZero();
    assertThat(again.path("unchanged").asInt()).isEqualTo(SampleCases.ITEMS_2023 + SampleCases.ITEMS_2024);
    assertThat(count("select count(*) from petition_case c where " + in2024)).isEqualTo(SampleCases.ITEMS_2024);
  }

  @Test
  void aCleanFileLeavesCasesTimelineRatingReviewAndAudit() throws Exception {
    JsonNode result = upload(ADMIN, "cases-2021.csv", csv(
        row("XF-2021-00007", "2021-03-01", "转送", "2021-03-04", "2021-03-08", "", "", "2021-04-20", "2021-04-20",
            "满意", "基本满意", "2021-04-25", "2021-05-01", "2021-05-20"),
        row("XF-2021-00009", "2021-03-02", "转送", "2021-03-05", "2021-03-09", "20", "2021-05-01", "2021-05-20",
            "2021-05-20", "", "", CaseRows.EXPIRED_UNRATED, "", "")).getBytes(StandardCharsets.UTF_8), false);
    assertThat(result.path("imported").asInt()).isEqualTo(2);

    JsonNode reviewed = get(ADMIN, "/api/cases/XF-2021-00007");
    assertThat(reviewed.path("imported").asBoolean()).isTrue();
    assertThat(reviewed.path("status").path("code").asText()).isEqualTo("REVIEWED");
    assertThat(reviewed.path("timeline").toString()).contains("历史数据导入").contains("cases-2021.csv");
    assertThat(reviewed.path("reviews").get(0).path("accepted").asBoolean()).isTrue();
    assertThat(agreement.disagreement(cases.findByCaseNumber("XF-2021-00007").orElseThrow())).isEmpty();
    assertThat(jdbc.queryForMap("select r.department_rating, r.unit_rating, r.channel from satisfaction_rating r"
        + " join petition_case c on c.id = r.case_id where c.case_number = 'XF-2021-00007'"))
        .containsEntry("department_rating", "SATISFIED").containsEntry("unit_rating", "BASICALLY_SATISFIED")
        .containsEntry("channel", "IMPORTED");

    JsonNode extended = get(ADMIN, "/api/cases/XF-2021-00009");
    assertThat(extended.path("status").path("code").asText()).isEqualTo("CLOSED");
    assertThat(extended.path("extension").path("grantedDays").asInt()).isEqualTo(20);
    assertThat(count("select count(*) from petition_case where case_number = 'XF-2021-00009' and reply_met"
        + " and extension_days = 20 and reply_due_at > original_reply_due_at")).isEqualTo(1);
    assertThat(count("select count(*) from satisfaction_rating r join petition_case c on c.id = r.case_id"
        + " where c.case_number = 'XF-2021-00009' and r.rated_at is null and r.window_ends_at < now()")).isEqualTo(1);

    JsonNode audit = get(ADMIN, "/api/audit?action=" + CaseImport.AUDIT_ACTION + "&size=50");
    assertThat(audit.toString()).contains("cases-2021.csv").contains("导入2件").contains("XF-2021-00007");

    // the counter of 2021 moved past the imported numbers: a registration that year gets the next one
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2021-09-01T10:00").atZone(ChinaTime.ZONE).toInstant()));
    ResponseEntity<String> registered = http.withBasicAuth(REGISTRAR, PASSWORD).postForEntity("/api/cases",
        Map.of("channel", "LETTER", "personCount", 1, "caseClass", "CLAIM", "subjectCategory", "OTHER",
            "title", "反映路灯问题", "content", "路灯不亮。", "petitioners", List.of(Map.of("name", "王五", "phone", "13812345678"))),
        String.class);
    assertThat(registered.getStatusCode().value()).as(registered.getBody()).isEqualTo(201);
    assertThat(json.readTree(registered.getBody()).path("caseNumber").asText()).isEqualTo("XF-2021-00010");
  }

  @Test
  void aFileWithBadRowsImportsNothingAndListsEachBadRow() throws Exception {
    String file = csv(
        row("XF-2022-00001", "2022-03-01", "转送", "2022-03-04", "2022-03-08", "", "", "2022-04-20", "2022-04-20",
            "", "", CaseRows.EXPIRED_UNRATED, "", ""),
        row("XF-2022-00002", "2022-03-10", "转送", "2022-03-04", "2022-03-08", "", "", "2022-04-20", "2022-04-20",
            "", "", CaseRows.EXPIRED_UNRATED, "", ""),
        row("XF-2022-00003", "2022-13-01", "退回", "2022-03-04", "2022-03-08", "", "", "2022-04-20", "2022-04-21",
            "", "", CaseRows.EXPIRED_UNRATED, "", ""));
    ResponseEntity<String> refused = post(OFFICE, "bad-2022.csv", file.getBytes(StandardCharsets.UTF_8), false);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    JsonNode errors = json.readTree(refused.getBody()).path("errors");
    assertThat(errors).extracting(error -> error.path("line").asInt() + " " + error.path("column").asText())
        .containsExactlyInAnyOrder("3 转送交办日期", "4 登记日期", "4 处理方式");
    assertThat(count("select count(*) from petition_case where case_number like 'XF-2022-%'")).isZero();
  }

  @Test
  void onlyTheOfficeAndAdministratorsImport() {
    assertThat(post(REGISTRAR, "x.csv", "a".getBytes(StandardCharsets.UTF_8), true).getStatusCode().value())
        .isEqualTo(403);
  }

  private static String csv(String... rows) {
    return "\uFEFF" + String.join(",", List.of("事项编号", "登记日期", "信访渠道", "事项类别", "内容分类", "标题", "信访人数",
        "信访人1姓名", "信访人1身份证号", "信访人1联系电话", "初信初访或重复信访", "处理方式", "转送交办日期", "责任单位代码", "受理日期",
        "延期天数", "延期批准日期", "答复日期", "办结日期", "信访部门评价", "责任单位评价", "评价日期", "复查请求日期", "复查意见日期"))
        + "\n" + String.join("\n", rows) + "\n";
  }

  private static String row(String number, String registered, String routing, String routed, String accepted,
      String extensionDays, String extensionOn, String replied, String closed, String department, String unit,
      String ratedOn, String reviewRequested, String reviewAnswered) {
    return String.join(",", number, registered, "来信", "申诉求决", "城乡建设", "\"反映房屋漏水，要求维修\"", "1", "张三",
        "11010519491231002X", "13812345678", "初信初访", routing, routed, "dongcheng", accepted, extensionDays, extensionOn,
        replied, closed, department, unit, ratedOn, reviewRequested, reviewAnswered);
  }

  private JsonNode upload(String user, String name, byte[] bytes, boolean dryRun) throws Exception {
    ResponseEntity<String> answer = post(user, name, bytes, dryRun);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    return json.readTree(answer.getBody());
  }

  private ResponseEntity<String> post(String user, String name, byte[] bytes, boolean dryRun) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, PASSWORD).exchange("/api/imports/cases?dryRun=" + dryRun, HttpMethod.POST,
        new HttpEntity<>(parts, headers), String.class);
  }

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> answer = http.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    return json.readTree(answer.getBody());
  }

  private long count(String sql) {
    Long value = jdbc.queryForObject(sql, Long.class);
    return value == null ? 0 : value;
  }
}
