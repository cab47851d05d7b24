package org.xinfang.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.xinfang.HeadlessChromium;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseIntake;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;
import org.xinfang.workflow.CaseRegistration;

/**
 * Cockpit in headless Chromium, in Chinese: a supervisor opens every page a case takes them to and
 * each loads without an error, in Chinese, and offers no change the engine would refuse them; an
 * administrator sees the same pages with every change. Screenshots go to
 * {@code target/cockpit-screenshots}.
 *
 * <p>Needs Debian's Chromium and ChromeDriver, as {@code TasklistFormsBrowserIT} does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "browserInstalled", disabledReason = CockpitForSupervisorsBrowserIT.HOW_TO_RUN)
class CockpitForSupervisorsBrowserIT {

  static final String HOW_TO_RUN = "Cockpit browser test skipped: no /usr/bin/chromium or /usr/bin/chromedriver. "
      + "Install them with `apt-get install chromium chromium-driver fonts-noto-cjk`, then run ./mvnw verify";

  private static final Path SCREENSHOTS = Path.of("target", "cockpit-screenshots");
  private static final String SUPERVISOR = "ducha.cockpit";
  private static final String SUPERVISOR_PASSWORD = "cockpit-test";

  /** Every control of these pages that changes something in the engine. */
  private static final By CHANGES = By.cssSelector(String.join(", ",
      ".ctn-toolbar a.btn",
      "[ng-click^='enableEditMode']", "[ng-click^='deleteVariable']",
      "table.user-tasks .edit-toggle", "[ng-click^='changeGroupIdentityLinks']",
      "[ng-click^='changeUserIdentityLinks']",
      "[ng-click^='toggleSuspension']", "[ng-click^='openRecalculationWindow']",
      "[ng-click^='openSuspensionStateDialog']", "[ng-click='openDialog(jobDefinition)']"));
  private static final By NAVIGATION = By.cssSelector("[ng-controller='camHeaderViewsCtrl'] a");
  private static final By INSTANCE_TABS = By.cssSelector("[ng-click='Tabs.selectTab(tabProvider)']");
  private static final By DEFINITION_TABS = By.cssSelector("[ng-click='selectTab(tabProvider)']");
  private static final By HEADINGS = By.cssSelector("h1, h2, h3, th, .ctn-content-container label");

  @LocalServerPort int port;
  @Value("${camunda.bpm.admin-user.id}") String administrator;
  @Value("${camunda.bpm.admin-user.password}") String administratorPassword;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired UnitDirectory units;
  @Autowired CaseRegistration registration;

  private ChromeDriver browser;
  private WebDriverWait wait;
  private ProcessInstance petition;

  @RegisterExtension
  final TestWatcher screenshotOnFailure = HeadlessChromium.screenshotOnFailure(() -> browser, SCREENSHOTS);

  static boolean browserInstalled() {
    return HeadlessChromium.installed(CockpitForSupervisorsBrowserIT.class, HOW_TO_RUN);
  }

  @BeforeAll
  void setUp() throws IOException {
    units.ensureBureauRoles();
    units.ensureUnit("shiqiao", "石桥街道", UnitKind.STREET);
    if (identity.createUserQuery().userId(SUPERVISOR).count() == 0) {
      User supervisor = identity.newUser(SUPERVISOR);
      supervisor.setFirstName("孙明");
      supervisor.setLastName("（督查）");
      supervisor.setPassword(SUPERVISOR_PASSWORD);
      identity.saveUser(supervisor);
      identity.createMembership(SUPERVISOR, Roles.SUPERVISORS);
    }
    String caseNumber = registration.register(new CaseIntake(Channel.LETTER, null, null, 1, CaseClass.CLAIM,
        SubjectCategory.URBAN_CONSTRUCTION, "石桥街道路灯损坏", "石桥街道中心路路灯损坏两个月无人修理。", "shiqiao",
        List.of(new Petitioner("李秀英", "430000197001011234", "13900000000", "石桥街道中心路8号")), null))
        .petitionCase().getCaseNumber();
    petition = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();

    Files.createDirectories(SCREENSHOTS);
    browser = HeadlessChromium.open(1440, 1200);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aSupervisorOpensEveryPageInChineseAndIsOfferedNoChange() throws IOException {
    loginAs(SUPERVISOR, SUPERVISOR_PASSWORD);

    readOnly("#/dashboard", "supervisor-1-dashboard");
    assertChinese(NAVIGATION);
    readOnly("#/processes", "supervisor-2-processes");
    readOnly(definitionPage(""), "supervisor-3-process");
    assertChinese(DEFINITION_TABS);
    readOnly(definitionPage("?tab=job-definitions-tab"), "supervisor-4-job-definitions");
    readOnly(instancePage("variables-tab"), "supervisor-5-instance-variables");
    assertChinese(INSTANCE_TABS);
    readOnly(instancePage("user-tasks-tab"), "supervisor-6-instance-user-tasks");
    readOnly(instancePage("jobs-tab"), "supervisor-7-instance-jobs");
    readOnly("#/tasks", "supervisor-8-human-tasks");
    assertThat(browser.findElement(By.tagName("body")).getText())
        .as("the tasks of the case's group are counted").contains("信访室");
  }

  @Test
  void anAdministratorKeepsEveryChange() throws IOException {
    loginAs(administrator, administratorPassword);

    open(instancePage("variables-tab"), "administrator-1-instance-variables");
    wait.until(page -> browser.executeScript(
        "return document.documentElement.classList.contains('xf-full-cockpit')").equals(true));
    assertThat(visible(By.cssSelector(".ctn-toolbar a.btn"))).as("cancel, retries, add variable, suspend").hasSize(4);
    assertThat(visible(By.cssSelector("[ng-click^='enableEditMode']"))).isNotEmpty();
    open(instancePage("user-tasks-tab"), "administrator-2-instance-user-tasks");
    assertThat(visible(By.cssSelector("table.user-tasks .edit-toggle"))).isNotEmpty();
    assertThat(visible(By.cssSelector("[ng-click^='changeGroupIdentityLinks']"))).isNotEmpty();
    open(instancePage("jobs-tab"), "administrator-3-instance-jobs");
    assertThat(visible(By.cssSelector("[ng-click^='openRecalculationWindow']"))).isNotEmpty();
  }

  /** A page as a supervisor sees it: no control that changes anything. */
  private void readOnly(String route, String screenshot) throws IOException {
    open(route, screenshot);
    assertThat(visible(CHANGES)).as("changes offered on " + route)
        .extracting(change -> change.getAttribute("outerHTML")).isEmpty();
  }

  private String definitionPage(String query) {
    return "#/process-definition/" + petition.getProcessDefinitionId() + "/runtime" + query;
  }

  private String instancePage(String tab) {
    return "#/process-instance/" + petition.getId() + "/runtime?tab=" + tab;
  }

  private void loginAs(String userId, String password) {
    HeadlessChromium.logIn(browser, cockpit("#/dashboard"), userId, password);
    wait.until(ExpectedConditions.visibilityOfElementLocated(NAVIGATION));
  }

  /**
   * Loads the page afresh, waits until Cockpit has its answers, and checks what every page must be:
   * no error notification and no English heading.
   */
  private void open(String route, String screenshot) throws IOException {
    browser.get("about:blank");
    browser.get(cockpit(route));
    wait.until(page -> Boolean.TRUE.equals(browser.executeScript(
        "var body = window.angular && window.angular.element(document.body).injector();"
            + "return !!body && body.get('$http').pendingRequests.length === 0"
            + " && !!document.querySelector('.ctn-view, .ctn-content-container, .dashboard');")));
    Files.write(SCREENSHOTS.resolve(screenshot + ".png"), browser.getScreenshotAs(OutputType.BYTES));

    assertThat(visible(By.cssSelector(".notifications .alert"))).as("error notifications on " + route)
        .extracting(WebElement::getText).isEmpty();
    assertThat(visible(HEADINGS)).as("headings on " + route).extracting(WebElement::getText)
        .allSatisfy(text -> assertThat(text).doesNotContainPattern("[A-Za-z]{3,}"));
  }

  private void assertChinese(By labels) {
    assertThat(visible(labels)).extracting(WebElement::getText).filteredOn(text -> !text.isBlank())
        .isNotEmpty()
        .allSatisfy(text -> assertThat(text).containsPattern("\\p{IsHan}").doesNotContainPattern("[A-Za-z]{2,}"));
  }

  private List<WebElement> visible(By elements) {
    return browser.findElements(elements).stream().filter(WebElement::isDisplayed).toList();
  }

  private String cockpit(String route) {
    return "http://localhost:" + port + "/camunda/app/cockpit/" + engine.getName() + "/" + route;
  }
}
