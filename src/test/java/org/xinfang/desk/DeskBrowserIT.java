package org.xinfang.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.TasklistForm.field;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.CamundaEnglish;
import org.xinfang.HeadlessChromium;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TasklistForm;
import org.xinfang.TestUsers;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseIntake;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.deadline.LegalLimit;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;
import org.xinfang.workflow.CaseRegistration;

/**
 * The desk in the real Tasklist, in headless Chromium with a Chinese locale: the petition room
 * registers a petition through 登记信访事项, is refused in Chinese for a wrong phone number, links
 * it to the petitioner's earlier case, reads the receipt once, reads the case file on the new
 * task, and finds the case in the case search; an opened task names its case in its header. Screenshots
 * go to {@code target/desk-screenshots}.
 *
 * <p>Needs Debian's Chromium and ChromeDriver; skipped without them.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "browserInstalled", disabledReason = DeskBrowserIT.HOW_TO_RUN)
class DeskBrowserIT {

  static final String HOW_TO_RUN = "Desk browser test skipped: no /usr/bin/chromium or /usr/bin/chromedriver. "
      + "Install them with `apt-get install chromium chromium-driver fonts-noto-cjk`, then run ./mvnw verify";

  private static final Path SCREENSHOTS = Path.of("target", "desk-screenshots");
  private static final Path WALK = Path.of("target", "walk-screenshots");
  private static final String REGISTRAR = "xfs.zhao";
  private static final String HANDLER = "shiqiao.jb";
  private static final String LEADER = "shiqiao.fz";
  private static final String SUPERVISOR = "ducha.walk";
  private static final String ADMINISTRATOR = "admin.walk";
  private static final String PASSWORD = "desk-browser";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired UnitDirectory units;
  @Autowired CaseRegistration registration;
  @Autowired JdbcTemplate jdbc;

  private ChromeDriver browser;
  private WebDriverWait wait;
  private TasklistForm form;

  @RegisterExtension
  final TestWatcher screenshotOnFailure = HeadlessChromium.screenshotOnFailure(() -> browser, SCREENSHOTS);

  static boolean browserInstalled() {
    return HeadlessChromium.installed(DeskBrowserIT.class, HOW_TO_RUN);
  }

  @BeforeAll
  void setUp() throws IOException {
    units.ensureBureauRoles();
    units.ensureUnit("shiqiao", "石桥街道", UnitKind.STREET);
    if (identity.createUserQuery().userId(REGISTRAR).count() == 0) {
      User user = identity.newUser(REGISTRAR);
      user.setFirstName("赵磊");
      user.setLastName("（信访室）");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(REGISTRAR, Roles.PETITION_ROOM);
    }
    if (identity.createGroupQuery().groupId(Roles.ADMINISTRATORS).count() == 0) {
      identity.saveGroup(identity.newGroup(Roles.ADMINISTRATORS));
    }
    TestUsers.ensure(identity, HANDLER, PASSWORD, Roles.unitHandlers("shiqiao"));
    TestUsers.ensure(identity, LEADER, PASSWORD, Roles.unitLeaders("shiqiao"));
    TestUsers.ensure(identity, SUPERVISOR, PASSWORD, Roles.SUPERVISORS);
    TestUsers.ensure(identity, ADMINISTRATOR, PASSWORD, Roles.ADMINISTRATORS);
    Files.createDirectories(SCREENSHOTS);
    Files.createDirectories(WALK);
    browser = HeadlessChromium.open(1440, 900);
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    form = new TasklistForm(browser, wait);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void thePetitionRoomRegistersAtTheDeskReadsTheReceiptOnceAndFindsTheCaseFile() throws IOException {
    String earlier = registration.register(new CaseIntake(Channel.LETTER, null, null, 1, CaseClass.CLAIM,
        SubjectCategory.URBAN_CONSTRUCTION, "石桥街道路灯损坏", "石桥街道和平路路灯损坏已一个月。", "shiqiao",
        List.of(new Petitioner("孙桂兰", "430000196505051223", "13900001111", "石桥街道和平路12号")), null))
        .petitionCase().getCaseNumber();

    long cases = cases();
    loginAs(REGISTRAR);
    browser.findElement(By.cssSelector("a[ng-click='open()']:has(.glyphicon-list-alt)")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//ul[@class='processes']//a[normalize-space()='登记信访事项']")))
        .click();
    wait.until(ExpectedConditions.presenceOfElementLocated(field("petitioner1Name")));
    form.type("petitioner1Name", "孙桂兰");
    form.type("petitioner1IdNumber", "430000196505051223");
    form.type("petitioner1Phone", "12345");
    form.type("petitioner1Address", "石桥街道和平路12号");
    form.pick("caseClass", "申诉求决");
    form.pick("subjectCategory", "城乡建设");
    form.type("title", "和平路路灯仍未修复");
    form.type("content", "上月反映的和平路路灯至今未修，夜间出行不便。");
    form.type("documents", "手写信件一份");
    screenshot("1-registration-form");

    startButton().click();
    String refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".modal .alert-danger, .notifications .alert-danger"))).getText();
    assertThat(refusal).contains("第1位信访人的联系电话：应为11位手机号码");
    screenshot("2-registration-refused");
    assertThat(cases()).as("nothing written").isEqualTo(cases);

    form.type("petitioner1Phone", "13900001111");
    startButton().click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));

    Task confirm = wait.until(page -> tasks.createTaskQuery().taskAssignee(REGISTRAR)
        .taskDefinitionKey("Task_ConfirmRegistration").singleResult());
    openTask(confirm);
    wait.until(ExpectedConditions.presenceOfElementLocated(field("matchSummary")));
    assertThat(form.fieldOf("matchSummary").findElement(By.tagName("textarea")).getDomProperty("value"))
        .contains(earlier, "身份证号码相同");
    form.pick("repeatOf", "重复信访：" + earlier + " 石桥街道路灯损坏");
    form.pick("placeUnitCode", "石桥街道");
    screenshot("3-confirm-registration");
    completeButton().click();
    wait.until(page -> tasks.createTaskQuery().taskId(confirm.getId()).count() == 0);

    Task receiptTask = wait.until(page -> tasks.createTaskQuery().taskAssignee(REGISTRAR)
        .taskDefinitionKey("Task_RegistrationReceipt").singleResult());
    String caseNumber = (String) tasks.getVariable(receiptTask.getId(), "caseNumber");
    openTask(receiptTask);
    caseFileTab();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("xf-show-receipt"))).click();
    WebElement shown;
    try {
      shown = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".xf-receipt .xf-code, .xf-receipt .xf-error")));
    } catch (org.openqa.selenium.TimeoutException stuck) {
      Object again = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
          + "const token = decodeURIComponent((document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1] || '');"
          + "fetch('/api/registrations/' + arguments[0] + '/receipt', {method: 'POST', credentials: 'same-origin',"
          + " headers: {Accept: 'application/json', 'X-XSRF-TOKEN': token}})"
          + ".then(r => r.text().then(t => done(r.status + ' ' + t + ' token=' + token))).catch(e => done('ERR ' + e));",
          receiptTask.getProcessInstanceId());
      throw new AssertionError("receipt not shown; the same request from the page answers: " + again, stuck);
    }
    assertThat(shown.getDomAttribute("class")).as(shown.getText()).isEqualTo("xf-code");
    String queryCode = shown.getText();
    assertThat(queryCode).isEqualTo(jdbc.queryForObject("select query_code from petition_case where case_number = ?",
        String.class, caseNumber));
    assertThat(browser.findElement(By.cssSelector(".xf-receipt .xf-case-number")).getText()).isEqualTo(caseNumber);
    screenshot("4-receipt");

    browser.navigate().refresh();
    caseFileTab();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("xf-show-receipt"))).click();
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".xf-receipt .xf-error")))
        .getText()).contains("已经显示过");
    assertThat(browser.getPageSource()).doesNotContain(queryCode);
    formTab();
    completeButton().click();
    wait.until(page -> tasks.createTaskQuery().taskId(receiptTask.getId()).count() == 0);

    Task routing = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    openTask(routing);
    caseFileTab();
    WebElement file = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".xf-case-file")));
    assertThat(file.getText()).contains(caseNumber, "和平路路灯仍未修复", "孙桂兰", "4300**********1223",
        "收到材料：手写信件一份", "处理期限", "重复信访（原事项" + earlier + "）", "登记告知书");
    screenshot("5-case-file-tab");

    browser.get("http://localhost:" + port + "/desk/");
    WebElement number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("caseNumber")));
    number.sendKeys(caseNumber.substring(3), Keys.ENTER);
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText(caseNumber)));
    assertThat(browser.findElements(By.cssSelector(".xf-results a.xf-open"))).hasSize(1);
    screenshot("6-case-search");
    browser.findElement(By.linkText(caseNumber)).click();
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".xf-case-file h3"))).getText())
        .startsWith(caseNumber);
    screenshot("7-case-search-file");
  }

  /**
   * The opened task's header names its case (number, title, responsible unit, and the legal limit
   * its due date is), and Tasklist offers no 新建任务. The header's screenshot is {@code task-header.png}.
   */
  @Test
  void theOpenedTaskNamesItsCaseAndLegalLimitAndNoStandaloneTaskIsOffered() throws IOException {
    String caseNumber = registration.register(new CaseIntake(Channel.LETTER, null, null, 1, CaseClass.CLAIM,
        SubjectCategory.URBAN_CONSTRUCTION, "胜利路井盖缺失", "石桥街道胜利路井盖缺失，夜间危险。", "shiqiao",
        List.of(new Petitioner("钱玉梅", null, "13900002222", "石桥街道胜利路15号")), null))
        .petitionCase().getCaseNumber();

    loginAs(REGISTRAR);
    openTask(caseTask(caseNumber));
    WebElement header = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.task-card > header")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-card .xf-task-header .xf-limit")));

    assertThat(headerFact("xf-case-number")).isEqualTo(caseNumber);
    assertThat(headerFact("xf-case-title")).isEqualTo("胜利路井盖缺失");
    assertThat(headerFact("xf-unit")).as("not routed yet").isEqualTo("信访室");
    assertThat(headerFact("xf-limit")).startsWith(LegalLimit.ROUTING.label() + " ").endsWith("届满");
    assertThat(header.getText()).contains("事项编号：", "标题：", "责任单位：", "法定期限：");
    assertThat(browser.executeScript("return [getComputedStyle(document.querySelector("
        + "'.task-card .due-date .glyphicon-bell'), '::after').content, getComputedStyle(document.querySelector("
        + "'.task-card .followup-date .glyphicon-calendar'), '::after').content]"))
        .as("the due date labelled as the limit, the follow-up date as the reminder").isEqualTo(List.of("\"期限\"", "\"提醒\""));

    // the relative dates in Chinese ("15 天后"), however late the translation arrived
    wait.until(driver -> browser.findElement(By.cssSelector(".task-card .due-date")).getText().contains("天后"));
    assertThat(browser.findElement(By.cssSelector(".task-card .due-date")).getText()
        + browser.findElement(By.cssSelector(".task-card .followup-date")).getText()).doesNotContainPattern("[A-Za-z]");

    assertThat(browser.findElements(By.cssSelector("li.create-task-action"))).as("Tasklist's own button, hidden")
        .isNotEmpty().noneMatch(WebElement::isDisplayed);
    assertThat((String) browser.executeScript("return document.body.innerText")).doesNotContain("新建任务");
    Files.write(SCREENSHOTS.resolve("task-header.png"), header.getScreenshotAs(OutputType.BYTES));
  }

  /**
   * The walk through the whole bureau, each screen checked for Camunda's English, error
   * toasts and list items without their case number, and saved to {@code target/walk-screenshots}.
   */
  @Test
  void theBureauWalksAPetitionFromTheDeskToItsClosedFile() throws IOException {
    // the petition room registers at the desk
    loginAs(REGISTRAR);
    screen("01-petition-room-tasklist");
    browser.findElement(By.cssSelector("a[ng-click='open()']:has(.glyphicon-list-alt)")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//ul[@class='processes']//a[normalize-space()='登记信访事项']")))
        .click();
    wait.until(ExpectedConditions.presenceOfElementLocated(field("petitioner1Name")));
    screen("02-start-dialog");
    form.type("petitioner1Name", "刘德胜");
    form.type("petitioner1Phone", "13607461234");
    form.type("petitioner1Address", "石桥街道建设路3号");
    form.pick("caseClass", "申诉求决");
    form.pick("subjectCategory", "城乡建设");
    form.type("title", "建设路下水道堵塞");
    form.type("content", "建设路3号门前下水道堵塞半月，污水漫到路面。");
    form.type("documents", "现场照片两张");
    browser.executeScript("document.querySelector('.modal').scrollTop = 0");
    screen("03-desk-registration");
    startButton().click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));

    Task confirm = wait.until(page -> tasks.createTaskQuery().taskAssignee(REGISTRAR)
        .taskDefinitionKey("Task_ConfirmRegistration").processVariableValueEquals("title", "建设路下水道堵塞").singleResult());
    openTask(confirm);
    wait.until(ExpectedConditions.presenceOfElementLocated(field("matchSummary")));
    form.pick("repeatOf", "新事项（初信初访）");
    form.pick("placeUnitCode", "石桥街道");
    screen("04-confirm-registration");
    completeButton().click();
    wait.until(page -> tasks.createTaskQuery().taskId(confirm.getId()).count() == 0);

    Task receiptTask = wait.until(page -> tasks.createTaskQuery().processInstanceId(confirm.getProcessInstanceId())
        .taskDefinitionKey("Task_RegistrationReceipt").singleResult());
    String caseNumber = (String) tasks.getVariable(receiptTask.getId(), "caseNumber");
    openTask(receiptTask);
    caseFileTab();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("xf-show-receipt"))).click();
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".xf-receipt .xf-code, .xf-receipt .xf-error")))
        .getDomAttribute("class")).isEqualTo("xf-code");
    screen("05-receipt");
    formTab();
    completeButton().click();
    wait.until(page -> tasks.createTaskQuery().taskId(receiptTask.getId()).count() == 0);

    // … and routes it to the street
    Task routing = caseTask(caseNumber);
    openTask(routing);
    caseFileTab();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".xf-case-file")));
    screen("06-case-file-tab");
    formTab();
    form.choose("routingDecision", "转送");
    form.pick("responsibleUnit", "石桥街道");
    form.type("routingOpinion", "转石桥街道依法处理并答复信访人。");
    screen("07-decide-routing");
    complete(routing);

    // the street's handler accepts and replies
    loginAs(HANDLER);
    Task acceptance = caseTask(caseNumber);
    openTask(acceptance);
    form.choose("unitAnswer", "受理，书面告知信访人");
    form.type("acceptanceNote", "将于十日内疏通并书面答复");
    screen("08-accept-item");
    complete(acceptance);
    Task handling = caseTask(caseNumber);
    openTask(handling);
    form.choose("handlingAction", "起草答复意见，报单位负责人审批");
    form.pick("replyOutcome", "支持");
    form.type("replyText", "经现场查看，下水道堵塞属实，已于当日疏通。");
    screen("09-handle-case");
    complete(handling);

    // the street's leader approves the reply, which closes the transferred item
    loginAs(LEADER);
    Task approval = caseTask(caseNumber);
    openTask(approval);
    form.choose("replyDecision", "同意，出具处理意见书");
    screen("10-approve-reply");
    complete(approval);
    assertThat(jdbc.queryForObject("select status from petition_case where case_number = ?", String.class, caseNumber))
        .isEqualTo("CLOSED");

    // a supervisor and an administrator find the closed case and read its file
    for (String reader : List.of(SUPERVISOR, ADMINISTRATOR)) {
      loginAs(reader);
      screen("11-" + reader + "-tasklist");
      browser.get("http://localhost:" + port + "/desk/");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("status")));
      new Select(browser.findElement(By.name("status"))).selectByVisibleText("已办结");
      browser.findElement(By.name("caseNumber")).sendKeys(caseNumber.substring(3), Keys.ENTER);
      wait.until(ExpectedConditions.elementToBeClickable(By.linkText(caseNumber)));
      screen("12-" + reader + "-case-search");
      assertThat(browser.findElement(By.id("file-actions")).isDisplayed()).as("the file's buttons, without a file")
          .isFalse();
      browser.findElement(By.linkText(caseNumber)).click();
      assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".xf-case-file"))).getText())
          .contains(caseNumber, "建设路下水道堵塞", "已办结", "经现场查看，下水道堵塞属实");
      screen("13-" + reader + "-case-file");
    }

    // the supervisor's Cockpit, read-only
    loginAs(SUPERVISOR);
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/" + engine.getName() + "/#/processes");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("信访事项办理")));
    screen("14-supervisor-cockpit");
  }

  /** The case's one open task, once the step before has made it. */
  private Task caseTask(String caseNumber) {
    return wait.until(page -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("PetitionCase").singleResult());
  }

  private void complete(Task task) {
    completeButton().click();
    wait.until(page -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
  }

  /**
   * Checks the screen as a bureau user sees it: no English of Camunda's webapps, no error message,
   * and every task in the list with its case number (but the confirmation of a registration, which
   * makes the case and its number); then saves it. The keys of our process models, which Cockpit
   * lists beside their Chinese names, are identifiers, even the one that reads as an English word
   * ({@code Review}).
   */
  private void screen(String name) throws IOException {
    wait.until(page -> !((String) browser.executeScript("return document.body.innerText")).contains("正在加载"));
    Files.write(WALK.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    String visible = (String) browser.executeScript("return document.body.innerText");
    Set<String> processKeys = engine.getRepositoryService().createProcessDefinitionQuery().list().stream()
        .map(ProcessDefinition::getKey).collect(Collectors.toSet());
    assertThat(CamundaEnglish.in(visible)).as("Camunda's English on %s:%n%s", name, visible)
        .isSubsetOf(processKeys);
    // read in one script, so that a list Tasklist draws again meanwhile leaves no stale element behind
    assertThat(texts(".notifications .alert-danger, .notifications .alert-error, .xf-error", true))
        .as("errors on " + name).isEmpty();
    assertThat(texts("ol.tasks-list > li", false).stream()
        .map(item -> item.replaceAll("\\s+", " ").strip())
        .filter(item -> !item.startsWith("确认登记")).toList())
        .as("task list items on " + name).allSatisfy(item -> assertThat(item).contains("事项编号", "XF-"));
  }

  /** The text of the elements {@code selector} finds, only those shown if {@code shownOnly}. */
  @SuppressWarnings("unchecked")
  private List<String> texts(String selector, boolean shownOnly) {
    return (List<String>) browser.executeScript("return [...document.querySelectorAll(arguments[0])]"
        + ".filter(element => !arguments[1] || element.offsetParent !== null).map(element => element.textContent)",
        selector, shownOnly);
  }

  private long cases() {
    return jdbc.queryForObject("select count(*) from petition_case", Long.class);
  }

  private void loginAs(String userId) {
    HeadlessChromium.logIn(browser, "http://localhost:" + port + "/camunda/app/tasklist/" + engine.getName() + "/",
        userId, PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[ng-click='open()']:has(.glyphicon-list-alt)")));
  }

  /**
   * Opens the task by its address, as a link to it would, and claims it if nobody holds it: until
   * then Tasklist shows its form disabled.
   */
  private void openTask(Task task) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/" + engine.getName() + "/#/?task=" + task.getId());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-details")));
    if (task.getAssignee() == null) {
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    }
  }

  private String headerFact(String style) {
    return browser.findElement(By.cssSelector(".task-card .xf-task-header ." + style)).getText();
  }

  private void caseFileTab() {
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='事项档案']"))).click();
  }

  private void formTab() {
    browser.findElement(By.xpath("//ul[contains(@class,'nav-tabs')]/li[1]/a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(field("caseNumber")));
  }

  private WebElement startButton() {
    return browser.findElement(By.cssSelector("button[ng-click='startProcessInstance()']"));
  }

  /** The form's 完成, after closing any notice Tasklist shows over it (such as the next task's). */
  private WebElement completeButton() {
    for (WebElement close : browser.findElements(By.cssSelector(".page-notifications .close"))) {
      try {
        if (close.isDisplayed()) {
          close.click();
        }
      } catch (StaleElementReferenceException closedByItself) {
        // Tasklist takes its notices away after a while: this one went between finding and clicking
      }
    }
    return form.centre(browser.findElement(By.cssSelector("button[ng-click='complete()']")));
  }

  private void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
