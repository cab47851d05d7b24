package org.xinfang.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.xinfang.ApiClient;
import org.xinfang.ApiClient.Reply;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseIntake;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;
import org.xinfang.workflow.CaseRegistration;
import org.xinfang.workflow.PetitionProcess.Variables;

/**
 * The petition room records requests for review over HTTP, on PostgreSQL: in time, late, with bad
 * dates, for a case that cannot be reviewed. The case's reply goes out on Tue 2026-09-01 and reaches
 * the petitioner on Thu 2026-09-03; the window's last day, Sat 2026-10-03, falls in the National
 * Day break and moves to Thu 2026-10-08.
 */
@PostgresIntegrationTest
class ReviewRequestsIT {

  private static final String UNIT = "it-review";
  private static final String REGISTRAR = "it.review.registrar";
  private static final String PASSWORD = "registrar-secret";

  @Autowired CaseRegistration registration;
  @Autowired PetitionCaseRepository cases;
  @Autowired TaskService tasks;
  @Autowired UnitDirectory units;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  ApiClient api;

  @BeforeEach
  void registrar() {
    units.ensureBureauRoles();
    units.ensureUnit(UNIT, "复查测试街道", UnitKind.STREET);
    TestUsers.ensure(identity, REGISTRAR, PASSWORD, Roles.PETITION_ROOM);
    api = new ApiClient(http, json, REGISTRAR, PASSWORD);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void requestOnTheLastDayOfTheWindowStartsTheReview() {
    String caseNumber = closedCase();
    clockAt("2026-10-08T16:00");

    Reply reply = api.post(requests(caseNumber), Map.of("requestedOn", "2026-10-08", "receivedOn", "2026-09-03"));

    assertThat(reply.code()).as(reply.body()).isEqualTo(201);
    assertThat(reply.json().path("accepted").asBoolean()).isTrue();
    assertThat(reply.json().path("stage").path("label").asText()).isEqualTo("复查");
    assertThat(reply.json().path("windowLastDay").asText()).isEqualTo("2026-10-08");
    assertThat(reply.json().path("answerDueAt").asText()).isEqualTo("2026-11-09T15:59:59Z");
    assertThat(reply.json().path("recordedBy").asText()).isEqualTo(REGISTRAR);
    JsonNode details = api.get("/api/cases/" + caseNumber).json();
    assertThat(details.path("status").path("code").asText()).isEqualTo("UNDER_REVIEW");
    assertThat(details.path("reviews")).hasSize(1);
    assertThat(details.path("reviews").get(0).path("requestedOn").asText()).isEqualTo("2026-10-08");
    assertThat(events(details)).contains("申请复查", "期限起算");
    Task answer = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(answer.getTaskDefinitionKey()).isEqualTo(ReviewProcess.Elements.ANSWER_REVIEW);
    assertThat(tasks.getIdentityLinksForTask(answer.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Roles.REVIEW_ORGAN));

    // the petitioner follows the review on the lookup page too
    JsonNode lookup = api.post("/api/public/lookup",
        Map.of("caseNumber", caseNumber, "queryCode", cases.findByCaseNumber(caseNumber).orElseThrow().getQueryCode()))
        .json();
    assertThat(lookup.path("steps").findValues("name")).extracting(JsonNode::asText).contains("办结", "申请复查");
    assertThat(lookup.path("deadlines")).anySatisfy(deadline -> {
      assertThat(deadline.path("name").asText()).isEqualTo("复查期限");
      assertThat(deadline.path("dueOn").asText()).isEqualTo("2026-11-09");
    });
  }

  @Test
  void requestADayAfterTheWindowIsRefusedAndTheCaseStaysClosed() {
    String caseNumber = closedCase();
    clockAt("2026-10-09T09:00");

    Reply reply = api.post(requests(caseNumber), Map.of("requestedOn", "2026-10-09", "receivedOn", "2026-09-03"));

    assertThat(reply.code()).as(reply.body()).isEqualTo(201);
    assertThat(reply.json().path("accepted").asBoolean()).isFalse();
    assertThat(reply.json().path("refusalReason").asText()).isEqualTo("超过复查申请期限");
    JsonNode details = api.get("/api/cases/" + caseNumber).json();
    assertThat(details.path("status").path("code").asText()).isEqualTo("CLOSED");
    assertThat(details.path("reviews").get(0).path("accepted").asBoolean()).isFalse();
    assertThat(events(details)).contains("复查复核申请不予受理");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  @Test
  void withoutDatesTheRequestIsTodaysAndTheReplyCountsAsReceivedTheDayItWasIssued() {
    String caseNumber = closedCase();
    clockAt("2026-09-10T10:00");

    Reply reply = api.post(requests(caseNumber), Map.of());

    assertThat(reply.code()).as(reply.body()).isEqualTo(201);
    assertThat(reply.json().path("requestedOn").asText()).isEqualTo("2026-09-10");
    assertThat(reply.json().path("receivedOn").asText()).isEqualTo("2026-09-01");
    assertThat(reply.json().path("windowLastDay").asText()).isEqualTo("2026-10-08");
  }

  @Test
  void impossibleDatesAreRefusedNamingTheFieldAndNothingIsStored() {
    String caseNumber = closedCase();
    clockAt("2026-09-10T10:00");

    Reply future = api.post(requests(caseNumber), Map.of("requestedOn", "2026-09-11", "receivedOn", "2026-09-03"));
    future.assertIsCleanProblem(400);
    assertThat(future.namesField("requestedOn")).isTrue();

    Reply beforeReply = api.post(requests(caseNumber), Map.of("requestedOn", "2026-09-10", "receivedOn", "2026-08-31"));
    beforeReply.assertIsCleanProblem(400);
    assertThat(beforeReply.namesField("receivedOn")).isTrue();
    assertThat(beforeReply.body()).contains("不能早于《处理意见书》作出之日（2026年9月1日）");

    Reply notADate = api.post(requests(caseNumber), Map.of("requestedOn", "10月9日"));
    notADate.assertIsCleanProblem(400);
    assertThat(notADate.namesField("requestedOn")).isTrue();

    JsonNode details = api.get("/api/cases/" + caseNumber).json();
    assertThat(details.path("reviews")).isEmpty();
    assertThat(details.path("status").path("code").asText()).isEqualTo("CLOSED");
  }

  @Test
  void aCaseWithoutAReplyCannotBeReviewedAndAnUnknownCaseIsNotFound() {
    clockAt("2026-09-10T10:00");
    String open = registration.register(intake()).petitionCase().getCaseNumber();

    Reply notAnswered = api.post(requests(open), Map.of());
    notAnswered.assertIsCleanProblem(409);
    assertThat(notAnswered.json().path("detail").asText()).contains("尚未作出书面处理意见");

    api.post(requests("XF-2026-99999"), Map.of()).assertIsCleanProblem(404);
  }

  private static String requests(String caseNumber) {
    return "/api/cases/" + caseNumber + "/review-requests";
  }

  private static List<String> events(JsonNode details) {
    return details.path("timeline").findValues("type").stream().map(type -> type.path("label").asText()).toList();
  }

  /** Registered, transferred, accepted and answered; the reply signed on Tue 2026-09-01. */
  private String closedCase() {
    clockAt("2026-07-03T10:00");
    CaseRegistration.Registered registered = registration.register(intake());
    String process = registered.processInstanceId();
    complete(process, Map.of(Variables.ROUTING_DECISION, "TRANSFER", Variables.ROUTING_OPINION, "转复查测试街道办理。",
        Variables.RESPONSIBLE_UNIT, UNIT));
    complete(process, Map.of(Variables.UNIT_ANSWER, "ACCEPT", Variables.ACCEPTANCE_NOTE, "将依法调查处理。"));
    clockAt("2026-09-01T09:00");
    complete(process, Map.of(Variables.HANDLING_ACTION, "REPLY", Variables.REPLY_OUTCOME, "SUPPORTED",
        Variables.REPLY_TEXT, "已协调补发工资。"));
    complete(process, Map.of(Variables.REPLY_DECISION, "APPROVE"));
    return registered.petitionCase().getCaseNumber();
  }

  private void complete(String processInstanceId, Map<String, Object> form) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId(), form);
  }

  private static void clockAt(String chinaDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(chinaDateTime).atZone(ChinaTime.ZONE).toInstant()));
  }

  private static CaseIntake intake() {
    return new CaseIntake(Channel.VISIT, null, null, 1, CaseClass.CLAIM, SubjectCategory.LABOUR_SOCIAL_SECURITY,
        "反映物业公司拖欠保洁员工资", "保洁员三个月工资未发放。", UNIT,
        List.of(new Petitioner("刘桂芳", null, "13907460033", "复查测试街道东风社区")));
  }
}
