package org.xinfang.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.lookup.LookupCases.china;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.lookup.LookupCases.Opened;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.workflow.CaseRegistration;

/**
 * The petitioner's lookup and rating over HTTP, without login, behind a reverse proxy that
 * forwards the client's address: what it shows, what it never shows, how it answers wrong codes
 * and how it stops guessing.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {
    "server.forward-headers-strategy=native",
    "xinfang.lookup.wrong-codes-per-case=3",
    "xinfang.lookup.wrong-codes-per-client=5",
    "xinfang.rating.window-days=30"})
class PetitionerLookupIT {

  private static final AtomicInteger CLIENTS = new AtomicInteger();
  /** A year no case is registered in. */
  private static final String NO_SUCH_CASE = "XF-1999-00001";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseRegistration registration;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;

  LookupCases cases;

  @BeforeEach
  void district() {
    cases = new LookupCases(registration, tasks, identity, units);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  // ---- what the petitioner sees

  @Test
  void showsStepsDeadlinesAndNoticesButNothingInternal() {
    Opened opened = cases.replyDrafted("2026-08-03");

    Reply reply = lookup(client(), opened.caseNumber(), opened.queryCode());

    assertThat(reply.code()).as(reply.body()).isEqualTo(200);
    assertThat(reply.headers().getCacheControl()).contains("no-store");
    JsonNode view = reply.json();
    assertThat(fieldNames(view)).containsExactlyInAnyOrder("caseNumber", "title", "content", "channel", "status",
        "finished", "responsibleUnit", "steps", "deadlines", "reply", "notices", "rating");
    // the petitioner's own words, as registered: never the bureau's
    assertThat(view.path("content").asText()).startsWith("和平村主干道路灯损坏三个月无人维修");
    assertThat(view.path("caseNumber").asText()).isEqualTo(opened.caseNumber());
    assertThat(view.path("status").asText()).isEqualTo("答复意见审批中");
    assertThat(view.path("responsibleUnit").asText()).isEqualTo(LookupCases.UNIT_NAME);
    assertThat(texts(view.path("steps"), "name")).containsExactly("登记", "信访部门处理", "责任单位受理");
    assertThat(view.path("steps").get(1).path("detail").asText()).isEqualTo("转送至" + LookupCases.UNIT_NAME);
    assertThat(view.path("steps").get(0).path("date").asText()).isEqualTo("2026-08-03");
    assertThat(texts(view.path("deadlines"), "name")).containsExactly("信访部门处理期限", "责任单位受理期限", "答复期限");
    // accepted on 3 Aug: the 60th day, 2 Oct, falls in the National Day holiday
    assertThat(view.path("deadlines").get(2).path("dueOn").asText()).isEqualTo("2026-10-08");
    assertThat(texts(view.path("notices"), "title"))
        .containsExactly("登记告知书", "转送告知书", "转送告知书", "受理告知书");
    assertThat(view.path("notices").get(3).path("text").asText()).contains(LookupCases.ACCEPTANCE_NOTE);
    assertThat(view.path("reply").isNull()).as("a draft is not a reply").isTrue();
    assertThat(view.path("rating").path("state").path("code").asText()).isEqualTo("NOT_YET_OPEN");

    assertThat(reply.body())
        .doesNotContain(LookupCases.REGISTRAR, LookupCases.HANDLER, LookupCases.LEADER, LookupCases.OBJECTOR)
        .doesNotContain(LookupCases.INTERNAL_ROUTING_OPINION, LookupCases.OBJECTION_REASON, LookupCases.DRAFT_REPLY)
        .doesNotContain("异议", "督办", "system");
    LookupCases.representatives().forEach(petitioner -> assertThat(reply.body())
        .doesNotContain(petitioner.getName(), petitioner.getIdNumber(), petitioner.getPhone(), petitioner.getAddress()));
  }

  @Test
  void theCodeMayBeTypedInLowerCaseAndInGroups() {
    Opened opened = cases.registered("2026-08-03");
    String typed = opened.queryCode().substring(0, 4).toLowerCase() + " " + opened.queryCode().substring(4, 8) + "-"
        + opened.queryCode().substring(8);

    Reply reply = lookup(client(), " " + opened.caseNumber().toLowerCase(), typed);

    assertThat(reply.code()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().path("status").asText()).isEqualTo("待信访室处理");
  }

  @Test
  void aWrongCodeIsAnsweredExactlyLikeAnUnknownCase() {
    Opened opened = cases.registered("2026-08-04");
    String client = client();

    Reply wrongCode = lookup(client, opened.caseNumber(), wrong(opened.queryCode()));
    Reply unknownCase = lookup(client, NO_SUCH_CASE, opened.queryCode());

    wrongCode.assertIsCleanProblem(404);
    assertThat(wrongCode.json().path("detail").asText()).contains("事项编号或查询码不正确");
    assertThat(wrongCode.body()).isEqualTo(unknownCase.body()).doesNotContain(opened.caseNumber());
    assertThat(withoutDate(wrongCode.headers())).isEqualTo(withoutDate(unknownCase.headers()));
  }

  // ---- guessing

  @Test
  void wrongCodesForOneCaseAreThrottledWhicheverClientSendsThem() {
    Opened opened = cases.registered("2026-08-05");
    Opened other = cases.registered("2026-08-05");
    ClockUtil.setCurrentTime(Date.from(china("2026-08-05", "10:00")));
    for (int i = 0; i < 3; i++) {
      assertThat(lookup(client(), opened.caseNumber(), wrong(opened.queryCode())).code()).isEqualTo(404);
    }

    String client = client();
    Reply throttled = lookup(client, opened.caseNumber(), opened.queryCode());

    throttled.assertIsCleanProblem(429);
    assertThat(throttled.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("3600");
    assertThat(throttled.json().path("detail").asText()).contains("错误次数过多", "60分钟后再试");
    assertThat(lookup(client, other.caseNumber(), other.queryCode()).code())
        .as("other cases are not held up").isEqualTo(200);

    ClockUtil.setCurrentTime(Date.from(china("2026-08-05", "10:45")));
    Reply stillThrottled = lookup(client, opened.caseNumber(), opened.queryCode());
    assertThat(stillThrottled.code()).isEqualTo(429);
    assertThat(stillThrottled.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("900");

    ClockUtil.setCurrentTime(Date.from(china("2026-08-05", "11:00")));
    assertThat(lookup(client, opened.caseNumber(), opened.queryCode()).code())
        .as("an hour after the wrong codes").isEqualTo(200);
  }

  @Test
  void wrongCodesFromOneClientAreThrottledWhicheverCaseTheyTry() {
    Opened opened = cases.registered("2026-08-06");
    ClockUtil.setCurrentTime(Date.from(china("2026-08-06", "10:00")));
    String guesser = client();
    for (int i = 1; i <= 5; i++) {
      assertThat(lookup(guesser, "XF-1999-0000" + i, "ABCDEFGHJKLM").code()).isEqualTo(404);
    }

    Reply throttled = lookup(guesser, opened.caseNumber(), opened.queryCode());

    throttled.assertIsCleanProblem(429);
    assertThat(throttled.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("3600");
    assertThat(lookup(client(), opened.caseNumber(), opened.queryCode()).code())
        .as("the petitioner on another address").isEqualTo(200);
  }

  @Test
  void rightCodesAreNotCountedAgainstAnyone() {
    Opened opened = cases.registered("2026-08-07");
    String client = client();
    for (int i = 0; i < 8; i++) {
      assertThat(lookup(client, opened.caseNumber(), opened.queryCode()).code()).isEqualTo(200);
    }
  }

  // ---- rating

  @Test
  void aRatingOnTheLastDayOfTheWindowIsTakenOnceAndForAll() {
    // replied on Tue 1 Sep 2026: the 30th day, 1 Oct, is in the National Day holiday, so the window ends on 8 Oct
    Opened opened = cases.replied("2026-08-10", "2026-09-01");
    ClockUtil.setCurrentTime(Date.from(china("2026-10-08", "23:30")));
    JsonNode before = lookup(client(), opened.caseNumber(), opened.queryCode()).json();
    assertThat(before.path("rating").path("state").path("code").asText()).isEqualTo("OPEN");
    assertThat(before.path("rating").path("windowEndsOn").asText()).isEqualTo("2026-10-08");
    assertThat(before.path("reply").asText()).isEqualTo(LookupCases.REPLY);
    assertThat(texts(before.path("steps"), "name")).endsWith("出具处理意见书", "办结");

    Reply rated = rate(client(), opened, "SATISFIED", "BASICALLY_SATISFIED");

    assertThat(rated.code()).as(rated.body()).isEqualTo(200);
    JsonNode rating = rated.json().path("rating");
    assertThat(rating.path("state").path("code").asText()).isEqualTo("RATED");
    assertThat(rating.path("department").path("label").asText()).isEqualTo("满意");
    assertThat(rating.path("unit").path("label").asText()).isEqualTo("基本满意");
    assertThat(rating.path("ratedOn").asText()).isEqualTo("2026-10-08");
    assertThat(rating.path("channel").path("code").asText()).isEqualTo("LOOKUP_PAGE");
    assertThat(stored(opened)).containsEntry("department_rating", "SATISFIED")
        .containsEntry("unit_rating", "BASICALLY_SATISFIED").containsEntry("channel", "LOOKUP_PAGE")
        .containsEntry("recorded_by", null).containsEntry("unit_code", LookupCases.UNIT);
    assertThat(ratingEvents(opened)).containsExactly(
        "petitioner: 满意度评价（网上查询评价）：对信访部门满意，对责任单位基本满意");

    Reply again = rate(client(), opened, "DISSATISFIED", "DISSATISFIED");
    again.assertIsCleanProblem(409);
    assertThat(again.json().path("detail").asText()).contains("已评价", "不能更改");
    assertThat(stored(opened)).containsEntry("department_rating", "SATISFIED");
    assertThat(ratingEvents(opened)).hasSize(1);
  }

  @Test
  void theDayAfterTheWindowTheCaseIsExpiredUnratedAndNothingIsWritten() {
    Opened opened = cases.replied("2026-08-11", "2026-09-01");
    ClockUtil.setCurrentTime(Date.from(china("2026-10-09", "00:00")));

    Reply late = rate(client(), opened, "SATISFIED", "SATISFIED");

    late.assertIsCleanProblem(409);
    assertThat(late.json().path("detail").asText()).contains("2026年10月8日届满");
    assertThat(stored(opened)).containsEntry("rated_at", null).containsEntry("department_rating", null);
    assertThat(ratingEvents(opened)).isEmpty();
    assertThat(lookup(client(), opened.caseNumber(), opened.queryCode()).json()
        .path("rating").path("state").path("code").asText()).isEqualTo("EXPIRED_UNRATED");
    JsonNode staffView = staff(LookupCases.REGISTRAR).get("/api/cases/" + opened.caseNumber() + "/rating").json();
    assertThat(staffView.path("state").path("code").asText()).isEqualTo("EXPIRED_UNRATED");
    assertThat(staffView.path("state").path("label").asText()).isEqualTo("逾期未评价");
    assertThat(staffView.path("windowEndsOn").asText()).isEqualTo("2026-10-08");
  }

  @Test
  void beforeTheReplyNoRatingIsTaken() {
    Opened opened = cases.replyDrafted("2026-08-12");

    Reply early = rate(client(), opened, "SATISFIED", "SATISFIED");

    early.assertIsCleanProblem(409);
    assertThat(early.json().path("detail").asText()).contains("尚未作出答复");
    assertThat(jdbc.queryForObject("select count(*) from satisfaction_rating r join petition_case c on c.id = r.case_id"
        + " where c.case_number = ?", Long.class, opened.caseNumber())).isZero();
  }

  @Test
  void aWrongCodeCannotRateAndCountsAsAGuess() {
    Opened opened = cases.replied("2026-08-13", "2026-09-01");
    ClockUtil.setCurrentTime(Date.from(china("2026-09-02", "10:00")));

    Reply wrongCode = rate(client(), new Opened(opened.caseNumber(), wrong(opened.queryCode()), null),
        "DISSATISFIED", "DISSATISFIED");

    wrongCode.assertIsCleanProblem(404);
    assertThat(stored(opened)).containsEntry("rated_at", null);
    assertThat(jdbc.queryForObject("select count(*) from lookup_attempt where case_number = ?", Long.class,
        opened.caseNumber())).isOne();
  }

  @Test
  void badRatingsAreRefusedFieldByFieldAndNothingIsWritten() {
    Opened opened = cases.replied("2026-08-14", "2026-09-01");
    ClockUtil.setCurrentTime(Date.from(china("2026-09-02", "10:00")));
    Map<String, Object> noUnit = ratingRequest(opened, "SATISFIED", null);
    Map<String, Object> unknownGrade = ratingRequest(opened, "VERY_SATISFIED", "SATISFIED");
    Map<String, Object> noCode = ratingRequest(new Opened(opened.caseNumber(), " ", null), "SATISFIED", "SATISFIED");

    Reply missing = post(client(), "/api/public/lookup/rating", noUnit);
    Reply unknown = post(client(), "/api/public/lookup/rating", unknownGrade);
    Reply blank = post(client(), "/api/public/lookup/rating", noCode);
    Reply lookupChannel = staff(LookupCases.REGISTRAR).post("/api/cases/" + opened.caseNumber() + "/rating",
        Map.of("department", "SATISFIED", "unit", "SATISFIED", "channel", "LOOKUP_PAGE"));

    missing.assertIsCleanProblem(400);
    assertThat(missing.namesField("unit")).isTrue();
    unknown.assertIsCleanProblem(400);
    assertThat(unknown.namesField("department")).isTrue();
    assertThat(unknown.body()).contains("BASICALLY_SATISFIED");
    blank.assertIsCleanProblem(400);
    assertThat(blank.namesField("lookup.queryCode")).isTrue();
    lookupChannel.assertIsCleanProblem(400);
    assertThat(lookupChannel.namesField("channel")).isTrue();
    assertThat(stored(opened)).containsEntry("rated_at", null);
    assertThat(ratingEvents(opened)).isEmpty();
  }

  @Test
  void thePetitionRoomRecordsARatingGivenByPhone() {
    Opened opened = cases.replied("2026-08-17", "2026-09-01");
    ClockUtil.setCurrentTime(Date.from(china("2026-09-10", "15:00")));
    String path = "/api/cases/" + opened.caseNumber() + "/rating";
    Map<String, Object> phoneCall = Map.of("department", "BASICALLY_SATISFIED", "unit", "DISSATISFIED",
        "channel", "PHONE");

    Reply byUnitHandler = staff(LookupCases.HANDLER).post(path, phoneCall);
    Reply recorded = staff(LookupCases.REGISTRAR).post(path, phoneCall);

    byUnitHandler.assertIsCleanProblem(403);
    assertThat(recorded.code()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.json().path("recordedBy").asText()).isEqualTo(LookupCases.REGISTRAR);
    assertThat(recorded.json().path("channel").path("label").asText()).isEqualTo("电话回访");
    assertThat(stored(opened)).containsEntry("recorded_by", LookupCases.REGISTRAR).containsEntry("channel", "PHONE")
        .containsEntry("unit_rating", "DISSATISFIED");
    assertThat(ratingEvents(opened)).containsExactly(
        LookupCases.REGISTRAR + ": 满意度评价（电话回访）：对信访部门基本满意，对责任单位不满意");

    Reply seen = lookup(client(), opened.caseNumber(), opened.queryCode());
    assertThat(seen.json().path("rating").path("state").path("code").asText()).isEqualTo("RATED");
    assertThat(seen.json().path("rating").path("channel").path("label").asText()).isEqualTo("电话回访");
    assertThat(seen.body()).doesNotContain(LookupCases.REGISTRAR);
    assertThat(rate(client(), opened, "SATISFIED", "SATISFIED").code()).as("rated once, by whatever channel")
        .isEqualTo(409);
  }

  // ---- helpers

  private Reply lookup(String client, String caseNumber, String queryCode) {
    return post(client, "/api/public/lookup", Map.of("caseNumber", caseNumber, "queryCode", queryCode));
  }

  private Reply rate(String client, Opened opened, String department, String unit) {
    return post(client, "/api/public/lookup/rating", ratingRequest(opened, department, unit));
  }

  private static Map<String, Object> ratingRequest(Opened opened, String department, String unit) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("lookup", Map.of("caseNumber", opened.caseNumber(), "queryCode", opened.queryCode()));
    request.put("department", department);
    request.put("unit", unit);
    return request;
  }

  /** An anonymous call through the reverse proxy, which names the client in X-Forwarded-For. */
  private Reply post(String client, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Forwarded-For", client);
    ResponseEntity<String> response = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
    try {
      return new Reply(response.getStatusCode(), response.getHeaders(), response.getBody(),
          json.readTree(response.getBody()));
    } catch (JsonProcessingException notJson) {
      throw new AssertionError("not JSON: " + response.getBody(), notJson);
    }
  }

  private ApiClient staff(String user) {
    return new ApiClient(http, json, user, "secret");
  }

  /** A client address of its own for every call site, so that tests do not count each other's guesses. */
  private static String client() {
    int n = CLIENTS.incrementAndGet();
    return "198.51." + (n / 250) + "." + (n % 250 + 1);
  }

  /** The code with its first letter changed: wrong, but well formed. */
  private static String wrong(String code) {
    return (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
  }

  private Map<String, Object> stored(Opened opened) {
    return jdbc.queryForMap("select r.* from satisfaction_rating r join petition_case c on c.id = r.case_id"
        + " where c.case_number = ?", opened.caseNumber());
  }

  private List<String> ratingEvents(Opened opened) {
    return jdbc.queryForList("select e.actor || ': ' || e.description from case_event e"
        + " join petition_case c on c.id = e.case_id where c.case_number = ? and e.type = 'RATED' order by e.id",
        String.class, opened.caseNumber());
  }

  private static HttpHeaders withoutDate(HttpHeaders headers) {
    HttpHeaders copy = new HttpHeaders();
    copy.putAll(headers);
    copy.remove(HttpHeaders.DATE);
    return copy;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.path(field).asText()));
    return texts;
  }
}
