package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.TasklistForm.field;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.xinfang.HeadlessChromium;
import org.xinfang.TasklistForm;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseEvent;
import org.xinfang.casefile.CaseIntake;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.PetitionCaseRepository;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.ReplyOutcome;
import org.xinfang.casefile.RoutingDecision;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.instruction.InstructionProcess;
import org.xinfang.instruction.InstructionRequest;
import org.xinfang.instruction.InstructionStatus;
import org.xinfang.instruction.LeaderInstruction;
import org.xinfang.instruction.LeaderInstructionRepository;
import org.xinfang.instruction.LeaderInstructions;
import org.xinfang.notification.NotificationRepository;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;
import org.xinfang.supervision.SupervisionProcess;
import org.xinfang.workflow.PetitionProcess.Elements;

/**
 * Every user task's Camunda Form in the real Tasklist, in headless Chromium: each user logs in, finds
 * the task in a filter, sees the case's facts in the form, fills it in and completes it; the case
 * record moves, and Tasklist submitted exactly the decision fields, never the facts it displayed.
 * Screenshots of every step go to {@code target/tasklist-screenshots}.
 *
 * <p>Needs Debian's Chromium and ChromeDriver ({@code apt-get install chromium chromium-driver},
 * plus {@code fonts-noto-cjk} for readable Chinese in the screenshots); skipped without them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(TasklistFormsBrowserIT.FormSubmissions.class)
@EnabledIf(value = "browserInstalled", disabledReason = TasklistFormsBrowserIT.HOW_TO_RUN)
class TasklistFormsBrowserIT {

  static final String HOW_TO_RUN = "Tasklist browser test skipped: no /usr/bin/chromium or /usr/bin/chromedriver. "
      + "Install them with `apt-get install chromium chromium-driver fonts-noto-cjk`, then run ./mvnw verify";

  private static final Path SCREENSHOTS = Path.of("target", "tasklist-screenshots");
  private static final String PASSWORD = "form-test";

  private static final String REGISTRAR = "xfs.forms";
  private static final String HANDLER = "qingshui.jb";
  private static final String LEADER = "qingshui.fzr";
  private static final String MEDIATOR = "tjs.forms";
  private static final String BUREAU_LEADER = "jld.forms";
  private static final String DISTRICT_LEADER = "qld.forms";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired FormSubmissions submissions;
  @Autowired UnitDirectory units;
  @Autowired CaseRegistration registration;
  @Autowired PetitionCaseRepository cases;
  @Autowired CaseTimeline timeline;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired LeaderInstructions instructions;
  @Autowired LeaderInstructionRepository instructionRecords;
  @Autowired JdbcTemplate jdbc;
  @Autowired NotificationRepository notifications;

  private ChromeDriver browser;
  private WebDriverWait wait;
  private TasklistForm form;

  @RegisterExtension
  final TestWatcher screenshotOnFailure = HeadlessChromium.screenshotOnFailure(() -> browser, SCREENSHOTS);

  static boolean browserInstalled() {
    return HeadlessChromium.installed(TasklistFormsBrowserIT.class, HOW_TO_RUN);
  }

  @BeforeAll
  void setUp() throws IOException {
    units.ensureBureauRoles();
    units.ensureUnit("qingshui", "清水街道", UnitKind.STREET);
    units.ensureUnit("fenghuang", "凤凰镇", UnitKind.TOWN);
    createUser(REGISTRAR, "周敏", "（信访室）", Roles.PETITION_ROOM);
    createUser(HANDLER, "张明", "（清水街道经办人）", Roles.unitHandlers("qingshui"));
    createUser(LEADER, "刘强", "（清水街道负责人）", Roles.unitLeaders("qingshui"));
    createUser(MEDIATOR, "陈国强", "（调纠室）", Roles.MEDIATION_ROOM);
    createUser(BUREAU_LEADER, "王建华", "（局领导）", Roles.BUREAU_LEADERS);
    createUser(DISTRICT_LEADER, "周卫东", "（区领导）", Roles.DISTRICT_LEADERS);

    Files.createDirectories(SCREENSHOTS);
    browser = HeadlessChromium.open(1400, 3000);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    form = new TasklistForm(browser, wait);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anAssignedItemGoesThroughEveryFormUntilItCloses() throws IOException {
    PetitionCase petitionCase = register("幸福小区排水管网长期堵塞",
        "清水街道幸福小区排水管网长期堵塞，雨天积水没过脚踝。\n请求尽快疏通并彻底改造。");

    // 信访室: transfer or assign, within 15 days
    loginAs(REGISTRAR);
    assertThat(listed(petitionCase)).contains(petitionCase.getCaseNumber(), "幸福小区排水管网长期堵塞",
        "责任单位", "信访室", "期限", "信访部门处理期限", "提醒日期");
    screenshot("0-petition-room-list");
    Task routing = open(petitionCase, Elements.DECIDE_ROUTING);
    assertThat(shown("caseNumber")).isEqualTo(petitionCase.getCaseNumber());
    assertThat(shown("caseTitle")).isEqualTo("幸福小区排水管网长期堵塞");
    assertThat(shown("petitionerNames")).isEqualTo("王建国");
    assertThat(shown("channelLabel")).isEqualTo("来访");
    assertThat(shown("caseClassLabel")).isEqualTo("申诉求决");
    assertThat(shown("subjectLabel")).isEqualTo("城乡建设");
    assertThat(shown("caseContent")).contains("雨天积水没过脚踝", "彻底改造");
    assertThat(shown("registeredOn")).isNotBlank();
    assertThat(shown("dueOn")).isNotBlank();
    form.choose("routingDecision", "交办");
    assertThat(form.options("responsibleUnit")).containsExactly("清水街道", "凤凰镇");
    form.pick("responsibleUnit", "清水街道");
    form.type("assignmentDays", "30");
    form.type("routingOpinion", "交清水街道调查处理，30日内办结并报送办结报告。");
    // the notice the decision issues, with the unit and the days as chosen; the opinion is the unit's
    wait.until(page -> noticePreview().contains("交办告知书"));
    assertThat(noticePreview()).contains("（事项编号" + petitionCase.getCaseNumber() + "），经审查，我局已于【出具之日】"
        + "交办清水街道办理，限30日内办结。清水街道将依法决定是否受理并书面告知您。您可凭事项编号"
        + petitionCase.getCaseNumber() + "和查询码【查询码】查询办理进度。").doesNotContain("交清水街道调查处理");
    completeAndScreenshot(routing, "1-decide-routing");
    assertThat(submitted(routing))
        .containsOnlyKeys("routingDecision", "responsibleUnit", "assignmentDays", "routingOpinion")
        .containsEntry("routingDecision", "ASSIGN")
        .containsEntry("responsibleUnit", "qingshui")
        .containsEntry("assignmentDays", "30");
    petitionCase = reload(petitionCase);
    assertThat(petitionCase.getStatus()).isEqualTo(CaseStatus.AWAITING_ACCEPTANCE);
    assertThat(petitionCase.getRoutingDecision()).isEqualTo(RoutingDecision.ASSIGN);
    assertThat(petitionCase.getResponsibleUnitCode()).isEqualTo("qingshui");
    assertThat(petitionCase.getAssignmentDays()).isEqualTo(30);

    // the unit's handler accepts and notifies the petitioner
    loginAs(HANDLER);
    assertThat(listed(petitionCase)).contains(petitionCase.getCaseNumber(), "清水街道", "责任单位受理期限", "提醒日期");
    Task acceptance = open(petitionCase, Elements.ACCEPT_ITEM);
    assertThat(shown("unitName")).isEqualTo("清水街道");
    assertThat(shown("routingDecision")).isEqualTo("交办");
    assertThat(shown("assignmentDays")).isEqualTo("30");
    assertThat(shown("routingOpinion")).startsWith("交清水街道调查处理");
    assertThat(shown("caseHistory")).contains("交办至清水街道");
    form.choose("unitAnswer", "受理，书面告知信访人");
    assertThat(noticePreview()).contains("受理告知书", "清水街道已于【出具之日】受理。【办理安排：请在上方填写】");
    form.type("acceptanceNote", "将于30日内调查处理并书面答复");
    String letter = "清水街道已于【出具之日】受理。将于30日内调查处理并书面答复。您可凭事项编号"
        + petitionCase.getCaseNumber() + "和查询码【查询码】查询办理进度。";
    wait.until(page -> noticePreview().contains(letter));
    completeAndScreenshot(acceptance, "2-accept-item");
    assertThat(submitted(acceptance)).containsOnlyKeys("unitAnswer", "acceptanceNote");
    petitionCase = reload(petitionCase);
    assertThat(petitionCase.getStatus()).isEqualTo(CaseStatus.IN_HANDLING);
    String issued = letter.replace("【出具之日】", ChinaTime.DAY.format(petitionCase.getUnitAcceptedAt()))
        .replace("【查询码】", petitionCase.getQueryCode());
    assertThat(notifications.findByCaseIdOrderByIdAsc(petitionCase.getId()))
        .filteredOn(notice -> "受理告知书".equals(notice.getNotice())).isNotEmpty()
        .allSatisfy(notice -> assertThat(notice.getBody()).endsWith(issued));

    // the handler who accepted it holds the handling at once
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(petitionCase.getCaseNumber())
        .taskDefinitionKey(Elements.HANDLE_CASE).singleResult().getAssignee()).isEqualTo(HANDLER);

    // the handler asks for an extension: more than 30 days is refused by the form itself
    Task handling = open(petitionCase, Elements.HANDLE_CASE);
    form.choose("handlingAction", "情况复杂，申请延期");
    form.type("extensionDays", "31");
    form.type("extensionReason", "需协调市政公司共同勘察管网。");
    assertThat(errorOf("extensionDays")).contains("30");
    assertThat(completeButton().isEnabled()).isFalse();
    screenshot("3-handle-case-invalid");
    form.type("extensionDays", "10");
    completeAndScreenshot(handling, "3-handle-case-extension");
    assertThat(submitted(handling)).containsOnlyKeys("handlingAction", "extensionDays", "extensionReason");
    petitionCase = reload(petitionCase);
    assertThat(petitionCase.getStatus()).isEqualTo(CaseStatus.EXTENSION_PENDING);

    // the unit leader: a refusal without reasons is rejected by the server, then the extension is granted
    loginAs(LEADER);
    Task extension = open(petitionCase, Elements.APPROVE_EXTENSION);
    int events = timeline.of(petitionCase).size();
    assertThat(shown("extensionDays")).isEqualTo("10");
    assertThat(shown("extensionReason")).isEqualTo("需协调市政公司共同勘察管网。");
    form.choose("extensionDecision", "不批准延期");
    completeButton().click();
    assertThat(tasklistError()).contains("审批说明：必须填写");
    screenshot("4-approve-extension-refused-without-reason");
    assertNothingCompleted(extension, petitionCase, events);
    form.choose("extensionDecision", "批准延期，答复期限顺延并告知信访人");
    assertThat(noticePreview()).contains("延期告知书", "办理期限延长10日，答复期限延至", "延期理由：需协调市政公司共同勘察管网。");
    completeAndScreenshot(extension, "4-approve-extension");
    // the refused attempt's error does not outlive the accepted one
    wait.until(page -> browser.findElements(By.cssSelector(".notifications .alert-danger, .notifications .alert-error"))
        .stream().noneMatch(WebElement::isDisplayed));
    assertThat(submitted(extension)).containsOnlyKeys("extensionDecision", "extensionNote");
    petitionCase = reload(petitionCase);
    assertThat(petitionCase.getStatus()).isEqualTo(CaseStatus.IN_HANDLING);
    assertThat(petitionCase.getExtensionDays()).isEqualTo(10);

    // the handler drafts the reply and, for an assigned item, the completion report
    loginAs(HANDLER);
    Task reply = open(petitionCase, Elements.HANDLE_CASE);
    assertThat(chosen("handlingAction")).as("the last round's answer is not preselected").isEmpty();
    form.choose("handlingAction", "起草答复意见，报单位负责人审批");
    form.pick("replyOutcome", "支持");
    form.type("replyText", "经调查，管网堵塞属实，已完成疏通并列入改造计划。");
    String replyLetter = "清水街道已于【出具之日】作出书面处理意见，处理结果：支持。经调查，管网堵塞属实，已完成疏通并列入改造计划。"
        + "如对处理意见不服，可以自收到处理意见书之日起30日内请求原办理机关的上一级机关复查";
    wait.until(page -> noticePreview().contains(replyLetter));
    form.type("completionReport", "已疏通管网120米，改造工程定于下月开工。");
    completeAndScreenshot(reply, "5-handle-case-reply");
    assertThat(submitted(reply))
        .containsOnlyKeys("handlingAction", "replyOutcome", "replyText", "completionReport")
        .containsEntry("replyOutcome", "SUPPORTED");
    assertThat(reload(petitionCase).getStatus()).isEqualTo(CaseStatus.REPLY_PENDING_APPROVAL);

    // the unit leader signs the written reply
    loginAs(LEADER);
    Task approval = open(petitionCase, Elements.APPROVE_REPLY);
    assertThat(shown("replyOutcome")).isEqualTo("支持");
    assertThat(shown("replyText")).startsWith("经调查，管网堵塞属实");
    assertThat(shown("completionReport")).startsWith("已疏通管网120米");
    assertThat(noticePreview()).contains("处理意见书", replyLetter).doesNotContain(petitionCase.getQueryCode());
    form.choose("replyDecision", "同意，出具处理意见书");
    completeAndScreenshot(approval, "6-approve-reply");
    assertThat(submitted(approval)).containsOnlyKeys("replyDecision", "replyNote");
    petitionCase = reload(petitionCase);
    assertThat(petitionCase.getStatus()).isEqualTo(CaseStatus.REPORT_PENDING_REVIEW);
    assertThat(petitionCase.getOutcome()).isEqualTo(ReplyOutcome.SUPPORTED);

    // 信访室 accepts the completion report and the case closes
    loginAs(REGISTRAR);
    Task review = open(petitionCase, Elements.REVIEW_REPORT);
    assertThat(shown("completionReport")).startsWith("已疏通管网120米");
    form.choose("reportDecision", "审核通过，予以办结");
    completeAndScreenshot(review, "7-review-completion-report");
    assertThat(submitted(review)).containsOnlyKeys("reportDecision", "reportNote");
    assertThat(reload(petitionCase).getStatus()).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void notAcceptingAnItemNeedsItsReasonAndNoUnit() throws IOException {
    PetitionCase petitionCase = register("要求撤销已生效判决", "对区法院已生效的民事判决不服，要求撤销。");

    loginAs(REGISTRAR);
    Task routing = open(petitionCase, Elements.DECIDE_ROUTING);
    int events = timeline.of(petitionCase).size();
    form.choose("routingDecision", "不予受理");
    assertThat(browser.findElements(field("responsibleUnit"))).isEmpty();
    completeButton().click();
    assertThat(errorOf("routingOpinion")).isNotBlank();
    screenshot("8-not-accept-without-reason");
    assertNothingCompleted(routing, petitionCase, events);

    form.type("routingOpinion", "属于已经人民法院生效判决处理的事项，依法不予受理。");
    completeAndScreenshot(routing, "8-not-accept");
    assertThat(submitted(routing)).containsOnlyKeys("routingDecision", "routingOpinion");
    assertThat(reload(petitionCase).getStatus()).isEqualTo(CaseStatus.NOT_ACCEPTED);
  }

  @Test
  void aUnitObjectsToATransferredItemAndThePetitionRoomDecidesAfresh() throws IOException {
    PetitionCase petitionCase = register("凤凰镇养殖场异味扰民", "凤凰镇某养殖场常年排放异味，周边居民无法开窗。");

    loginAs(REGISTRAR);
    Task routing = open(petitionCase, Elements.DECIDE_ROUTING);
    form.choose("routingDecision", "转送");
    assertThat(browser.findElements(field("assignmentDays"))).isEmpty();
    form.pick("responsibleUnit", "清水街道");
    form.type("routingOpinion", "转清水街道依法处理。");
    completeAndScreenshot(routing, "9-transfer");
    assertThat(submitted(routing)).containsOnlyKeys("routingDecision", "responsibleUnit", "routingOpinion");

    loginAs(HANDLER);
    Task acceptance = open(petitionCase, Elements.ACCEPT_ITEM);
    assertThat(shown("routingDecision")).isEqualTo("转送");
    assertThat(browser.findElements(field("assignmentDays"))).as("no deadline of its own").isEmpty();
    assertThat(shown("objectionDueOn")).as("five working days to object").isNotBlank();
    form.choose("unitAnswer", "不属于本单位职责范围，提出异议，退回信访室");
    form.type("objectionReason", "该养殖场位于凤凰镇辖区，不属于清水街道职责范围。");
    completeAndScreenshot(acceptance, "9-object");
    assertThat(submitted(acceptance)).containsOnlyKeys("unitAnswer", "objectionReason");
    assertThat(reload(petitionCase).getStatus()).isEqualTo(CaseStatus.AWAITING_ROUTING);

    loginAs(REGISTRAR);
    open(petitionCase, Elements.DECIDE_ROUTING);
    assertThat(shown("caseHistory")).contains("退回信访室", "不属于清水街道职责范围");
    assertThat(chosen("routingDecision")).as("the last round's answer is not preselected").isEmpty();
    assertThat(browser.findElement(field("routingOpinion")).getDomProperty("value")).isEmpty();
    screenshot("9-decide-again");
  }

  @Test
  void anOverdueItemIsSupervisedThroughItsFormsUpToTheBureauLeaders() throws IOException {
    PetitionCase petitionCase = transferredToQingshui("清水街道菜市场排污沟堵塞", "菜市场后排污沟堵塞，污水漫到路面。");
    fire(petitionCase, Elements.ACCEPTANCE_DEADLINE);

    // 调纠室 issues the supervision notice
    loginAs(MEDIATOR);
    Task notice = open(petitionCase, SupervisionProcess.Elements.ISSUE_NOTICE);
    assertThat(shown("responsibleName")).isEqualTo("清水街道");
    assertThat(shown("limitLabel")).isEqualTo("责任单位受理期限");
    assertThat(shown("caseContent")).contains("污水漫到路面");
    form.type("noticeText", "请立即受理并书面告知信访人。");
    form.type("feedbackDays", "3");
    completeAndScreenshot(notice, "10-issue-supervision-notice");
    assertThat(submitted(notice)).containsOnlyKeys("noticeText", "feedbackDays").containsEntry("feedbackDays", "3");

    // the unit stays silent: the ladder climbs to the bureau leaders
    for (String rung : List.of(SupervisionProcess.Elements.URGE_TIMER, SupervisionProcess.Elements.SUPERVISE_TIMER,
        SupervisionProcess.Elements.LIST_TIMER, SupervisionProcess.Elements.BUREAU_LEADERS_TIMER)) {
      fire(petitionCase, rung);
    }
    loginAs(BUREAU_LEADER);
    Task leaders = open(petitionCase, SupervisionProcess.Elements.BUREAU_LEADERS_SUPERVISE);
    assertThat(shown("caseHistory")).contains("请立即受理并书面告知信访人", "挂牌督办");
    form.type("leaderInstruction", "请清水街道主要负责人亲自过问，即日受理。");
    completeAndScreenshot(leaders, "11-bureau-leaders-supervise");
    assertThat(submitted(leaders)).containsOnlyKeys("leaderInstruction");

    // the unit reports back: the supervision ends
    loginAs(HANDLER);
    Task feedback = open(petitionCase, SupervisionProcess.Elements.ANSWER_SUPERVISION);
    assertThat(shown("noticeText")).isEqualTo("请立即受理并书面告知信访人。");
    assertThat(shown("dueOn")).isNotBlank();
    form.type("feedbackText", "已于今日受理，并书面告知信访人。");
    completeAndScreenshot(feedback, "12-answer-supervision");
    assertThat(submitted(feedback)).containsOnlyKeys("feedbackText");
    assertThat(timeline.of(petitionCase)).extracting(CaseEvent::getDescription)
        .contains("清水街道已反馈督办，督办结束");
  }

  @Test
  void aLeadersInstructionIsCarriedOutSentBackAndConfirmedThroughItsForms() throws IOException {
    PetitionCase petitionCase = transferredToQingshui("清水街道老旧小区加装电梯纠纷", "低楼层住户反对加装电梯，工程停工。");
    LeaderInstruction instruction = instructions.record(petitionCase.getCaseNumber(),
        new InstructionRequest("请清水街道做好低楼层住户工作，依法推进加装电梯。", "qingshui", 10),
        DISTRICT_LEADER, List.of(Roles.DISTRICT_LEADERS));

    // the unit carries it out and reports; the report is required
    loginAs(HANDLER);
    Task carryOut = open(petitionCase, InstructionProcess.Elements.CARRY_OUT);
    assertThat(shown("leaderLabel")).isEqualTo("区领导");
    assertThat(shown("addresseeName")).isEqualTo("清水街道");
    assertThat(shown("instructionText")).isEqualTo("请清水街道做好低楼层住户工作，依法推进加装电梯。");
    assertThat(shown("dueOn")).isNotBlank();
    assertThat(browser.findElements(field("instructionNote"))).as("nothing sent back yet").isEmpty();
    completeButton().click();
    assertThat(errorOf("instructionReport")).isNotBlank();
    form.type("instructionReport", "已召开协调会，低楼层住户同意补偿方案。");
    completeAndScreenshot(carryOut, "13-carry-out-instruction");
    assertThat(submitted(carryOut)).containsOnlyKeys("instructionReport");

    // the leader sends it back
    loginAs(DISTRICT_LEADER);
    Task confirm = open(petitionCase, InstructionProcess.Elements.CONFIRM);
    assertThat(shown("instructionReport")).isEqualTo("已召开协调会，低楼层住户同意补偿方案。");
    form.choose("instructionDecision", "退回继续落实");
    form.type("instructionNote", "补偿方案尚未签字，请落实到位后再报。");
    completeAndScreenshot(confirm, "14-return-instruction");
    assertThat(submitted(confirm)).containsOnlyKeys("instructionDecision", "instructionNote")
        .containsEntry("instructionDecision", "RETURN");

    loginAs(HANDLER);
    Task again = open(petitionCase, InstructionProcess.Elements.CARRY_OUT);
    assertThat(shown("instructionNote")).isEqualTo("补偿方案尚未签字，请落实到位后再报。");
    form.type("instructionReport", "补偿协议已全部签字，工程已复工。");
    completeAndScreenshot(again, "15-carry-out-again");

    // the mediation room confirms on the leader's behalf
    loginAs(MEDIATOR);
    Task confirmAgain = open(petitionCase, InstructionProcess.Elements.CONFIRM);
    assertThat(chosen("instructionDecision")).as("the last round's answer is not preselected").isEmpty();
    form.choose("instructionDecision", "已落实");
    completeAndScreenshot(confirmAgain, "16-confirm-instruction");
    assertThat(submitted(confirmAgain)).containsEntry("instructionDecision", "CONFIRM");
    LeaderInstruction done = instructionRecords.findById(instruction.getId()).orElseThrow();
    assertThat(done.getStatus()).isEqualTo(InstructionStatus.COMPLETED);
    assertThat(done.getMet()).isTrue();
    assertThat(done.getCompletionReport()).isEqualTo("补偿协议已全部签字，工程已复工。");
  }

  @Test
  void aRepeatAfterReReviewIsShownWithItsEarlierCaseAndNotAcceptedAgain() throws IOException {
    PetitionCase earlier = register("小区违建彩钢棚影响采光", "清水街道幸福小区一楼住户搭建彩钢棚，影响采光。");
    // the review processes conclude a re-review; here the record is moved there directly
    jdbc.update("update petition_case set status = ? where id = ?", CaseStatus.RE_REVIEWED.name(), earlier.getId());
    PetitionCase petitionCase = register("再次反映小区违建彩钢棚", "幸福小区一楼彩钢棚仍未拆除，影响采光。", earlier.getCaseNumber());

    loginAs(REGISTRAR);
    Task routing = open(petitionCase, Elements.DECIDE_ROUTING);
    assertThat(shown("repeatNotice")).contains("原事项" + earlier.getCaseNumber() + "（已复核）", "不再受理", "第三十六条第三款");
    assertThat(chosen("routingDecision")).as("proposed").containsExactly("不再受理");
    form.type("routingOpinion", "该事项已经复核终结，信访人以同一事实和理由再次提出，不再受理。");
    completeAndScreenshot(routing, "17-not-accept-again");
    assertThat(submitted(routing)).containsOnlyKeys("routingDecision", "routingOpinion")
        .containsEntry("routingDecision", "NOT_ACCEPT_AGAIN");
    assertThat(reload(petitionCase).getStatus()).isEqualTo(CaseStatus.NOT_ACCEPTED_AGAIN);
  }

  @Test
  void afterTheObjectionWindowTheAcceptanceFormOffersOnlyTheAcceptance() throws IOException {
    PetitionCase petitionCase = transferredToQingshui("清水街道路灯损坏", "幸福路路灯损坏半年未修。");
    loginAs(HANDLER);
    open(petitionCase, Elements.ACCEPT_ITEM);
    wait.until(page -> radioLabels("unitAnswer")
        .equals(List.of("受理，书面告知信访人", "不属于本单位职责范围，提出异议，退回信访室")));

    fire(petitionCase, Elements.OBJECTION_DEADLINE);

    open(petitionCase, Elements.ACCEPT_ITEM);
    wait.until(page -> radioLabels("unitAnswer").equals(List.of("受理，书面告知信访人")));
    assertThat(shown("objectionDueOn")).endsWith("（已届满，不能再提出异议）");
    screenshot("10-accept-after-objection-window");
  }

  // ---- the case and its people, made through the application's services

  private PetitionCase transferredToQingshui(String title, String content) {
    PetitionCase petitionCase = register(title, content);
    Task routing = tasks.createTaskQuery().processInstanceBusinessKey(petitionCase.getCaseNumber()).singleResult();
    tasks.complete(routing.getId(), Map.of(
        PetitionProcess.Variables.ROUTING_DECISION, "TRANSFER",
        PetitionProcess.Variables.ROUTING_OPINION, "转清水街道依法处理。",
        PetitionProcess.Variables.RESPONSIBLE_UNIT, "qingshui"));
    return petitionCase;
  }

  /** Fires the case's timer at this element, as the job executor would when it is due. */
  private void fire(PetitionCase petitionCase, String timerId) {
    List<String> processes = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(petitionCase.getCaseNumber()).list().stream().map(ProcessInstance::getId).toList();
    Job timer = management.createJobQuery().activityId(timerId).list().stream()
        .filter(job -> processes.contains(job.getProcessInstanceId())).findFirst().orElseThrow();
    management.executeJob(timer.getId());
  }

  private PetitionCase register(String title, String content) {
    return register(title, content, null);
  }

  private PetitionCase register(String title, String content, String repeatOf) {
    return registration.register(new CaseIntake(Channel.VISIT, null, null, 1, CaseClass.CLAIM,
        SubjectCategory.URBAN_CONSTRUCTION, title, content, "qingshui",
        List.of(new Petitioner("王建国", "430000199001011234", "13800000000", "清水街道幸福小区3栋")), repeatOf))
        .petitionCase();
  }

  private PetitionCase reload(PetitionCase petitionCase) {
    return cases.findById(petitionCase.getId()).orElseThrow();
  }

  /** A rejected submission leaves the task open, the case record where it was and its timeline as it was. */
  private void assertNothingCompleted(Task task, PetitionCase before, int eventsBefore) {
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(reload(before).getStatus()).isEqualTo(before.getStatus());
    assertThat(timeline.of(before)).hasSize(eventsBefore);
  }

  private void createUser(String id, String name, String role, String group) {
    User user = identity.newUser(id);
    user.setFirstName(name);
    user.setLastName(role);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, group);
  }

  /** The variables Tasklist submitted with the task's form, by name. */
  private Map<String, String> submitted(Task task) {
    return submissions.variablesOf(task.getId());
  }

  // ---- Tasklist, as a user works with it

  private void loginAs(String userId) {
    HeadlessChromium.logIn(browser, "http://localhost:" + port + "/camunda/app/tasklist/" + engine.getName() + "/",
        userId, PASSWORD);
    // the product's own filter: every task the engine lets the user see
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("本单位待办")));
  }

  /** Finds the case's task in the user's filter, opens it, claims it and waits for its form. */
  private Task open(PetitionCase petitionCase, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(petitionCase.getCaseNumber())
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task " + taskKey).isNotNull();
    browser.navigate().refresh();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("ol.tasks-list a[href$='task=" + task.getId() + "']"))).click();
    if (task.getAssignee() == null) {
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    }
    wait.until(ExpectedConditions.presenceOfElementLocated(field("caseNumber")));
    return task;
  }

  /**
   * What the user's list shows of the case's task, its details expanded, once every task listed
   * shows its case number and its limit by name.
   */
  private String listed(PetitionCase petitionCase) {
    browser.navigate().refresh();
    By items = By.cssSelector("ol.tasks-list > li");
    wait.until(page -> browser.findElements(items).stream()
        .anyMatch(item -> item.getDomProperty("textContent").contains(petitionCase.getCaseNumber())));
    List<String> texts = browser.findElements(items).stream()
        .map(item -> item.getDomProperty("textContent").replaceAll("\\s+", " ")).toList();
    assertThat(texts).isNotEmpty().allSatisfy(text -> assertThat(text).contains("事项编号", "XF-", "期限"));
    return texts.stream().filter(text -> text.contains(petitionCase.getCaseNumber())).findFirst().orElseThrow();
  }

  /** The notice the form shows as it will be issued. */
  private String noticePreview() {
    return browser.findElements(By.cssSelector(".fjs-form-field-text")).stream()
        .map(WebElement::getText).filter(text -> text.contains("（预览，提交后按此出具）")).findFirst().orElse("");
  }

  /** What a display-only field shows: it is disabled, so form-js neither validates nor submits it. */
  private String shown(String key) {
    WebElement shown = form.fieldOf(key);
    assertThat(shown.getDomAttribute("class")).as(key + " is display only").contains("fjs-disabled");
    List<WebElement> selected = shown.findElements(By.cssSelector(".fjs-select-display"));
    return selected.isEmpty()
        ? shown.findElement(By.cssSelector("input, textarea")).getDomProperty("value")
        : selected.get(0).getText();
  }

  private List<String> chosen(String key) {
    return radios(key).stream()
        .filter(label -> label.findElement(By.tagName("input")).isSelected())
        .map(WebElement::getText)
        .toList();
  }

  private List<String> radioLabels(String key) {
    return radios(key).stream().map(WebElement::getText).toList();
  }

  private List<WebElement> radios(String key) {
    return browser.findElements(By.xpath("//label[input[@type='radio' and contains(@id, '-Field_" + key + "-')]]"));
  }

  private String errorOf(String key) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".fjs-form [id$='-Field_" + key + "-error-message']"))).getText();
  }

  private WebElement completeButton() {
    return browser.findElement(By.cssSelector("button[ng-click='complete()']"));
  }

  private String tasklistError() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".notifications .alert-danger, .notifications .alert-error"))).getText();
  }

  private void completeAndScreenshot(Task task, String name) throws IOException {
    screenshot(name);
    completeButton().click();
    // the submission is recorded once the server has answered, a moment after the task is gone
    wait.until(page -> tasks.createTaskQuery().taskId(task.getId()).count() == 0 && submissions.received(task.getId()));
  }

  private void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  /** Records the variables of every task form Tasklist submits, as the server receives them. */
  static class FormSubmissions extends OncePerRequestFilter {

    private static final Pattern SUBMIT_FORM = Pattern.compile(".*/task/([^/]+)/submit-form");

    private final Map<String, Map<String, String>> byTask = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    boolean received(String taskId) {
      return byTask.containsKey(taskId);
    }

    Map<String, String> variablesOf(String taskId) {
      return byTask.getOrDefault(taskId, Map.of());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Matcher submit = SUBMIT_FORM.matcher(request.getRequestURI());
      if (!submit.matches()) {
        chain.doFilter(request, response);
        return;
      }
      ContentCachingRequestWrapper body = new ContentCachingRequestWrapper(request);
      chain.doFilter(body, response);
      if (response.getStatus() < 300) {
        Map<String, String> variables = new TreeMap<>();
        json.readTree(body.getContentAsByteArray()).get("variables").properties()
            .forEach(variable -> variables.put(variable.getKey(), variable.getValue().get("value").asText()));
        byTask.put(submit.group(1), variables);
      }
    }
  }
}
