package org.xinfang.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.xinfang.ApiClient;
import org.xinfang.HeadlessChromium;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.TestUsers;
import org.xinfang.organization.Roles;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.organization.UnitKind;

/**
 * The dashboard in headless Chromium: the office logs in, picks a year and a unit, reads the
 * figures and the charts, and opens the cases behind a number. The screenshot goes to
 * {@code target/statistics-screenshots}. Needs Debian's Chromium and ChromeDriver; skipped without them.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "browserInstalled", disabledReason = DashboardBrowserIT.HOW_TO_RUN)
class DashboardBrowserIT {

  static final String HOW_TO_RUN = "Dashboard browser test skipped: no /usr/bin/chromium or /usr/bin/chromedriver. "
      + "Install them with `apt-get install chromium chromium-driver fonts-noto-cjk`, then run ./mvnw verify";

  private static final Path SCREENSHOTS = Path.of("target", "statistics-screenshots");
  private static final String OFFICE = "it.dashboard.office";
  private static final String PASSWORD = "dashboard-secret";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;
  @Autowired TaskService tasks;

  private ChromeDriver browser;
  private WebDriverWait wait;

  static boolean browserInstalled() {
    return HeadlessChromium.installed(DashboardBrowserIT.class, HOW_TO_RUN);
  }

  @BeforeAll
  void openBrowser() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    browser = HeadlessChromium.open(1280, 1600);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void theOfficeReadsTheFiguresOfAUnitAndOpensTheCasesBehindANumber() throws IOException {
    String unit = "it-dash-" + UUID.randomUUID().toString().substring(0, 8);
    units.ensureBureauRoles();
    units.ensureUnit(unit, "东风街道" + unit.substring(8), UnitKind.STREET);
    TestUsers.ensure(identity, "it.dashboard.registrar", PASSWORD, Roles.PETITION_ROOM);
    TestUsers.ensure(identity, OFFICE, PASSWORD, Roles.OFFICE);
    StatisticsCases cases = new StatisticsCases(new ApiClient(http, json, "it.dashboard.registrar", PASSWORD), tasks);
    String visit = cases.registeredAndTransferred("2022-03-01T09:00:00+08:00", "VISIT", 7, unit, "2022-03-02T09:00:00+08:00");
    String letter = cases.registeredAndTransferred("2022-05-09T09:00:00+08:00", "LETTER", 1, unit, "2022-05-10T09:00:00+08:00");
    StatisticsCases.clockAt("2022-09-01T09:00:00+08:00");

    logIn(OFFICE, PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));

    WebElement year = browser.findElement(By.id("year"));
    year.clear();
    year.sendKeys("2022");
    wait.until(driver -> new Select(driver.findElement(By.id("unit"))).getOptions().size() > 1);
    new Select(browser.findElement(By.id("unit"))).selectByValue(unit);
    browser.findElement(By.cssSelector("#period-form button")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scope"), "2022年"));

    assertThat(tile("信访事项").findElement(By.className("number")).getText()).isEqualTo("2");
    assertThat(tile("来访人次").findElement(By.className("number")).getText()).isEqualTo("7");
    assertThat(tile("集访批次").findElement(By.className("number")).getText()).isEqualTo("1");
    assertThat(tile("信访部门及时受理率").findElement(By.className("number")).getText()).isEqualTo("100.00%");
    assertThat(tile("信访部门及时受理率").findElement(By.className("parts")).getText()).isEqualTo("2 / 2");
    assertThat(tile("参评率").findElement(By.className("number")).getText()).as("no denominator").isEqualTo("—");
    for (String chart : List.of("trend", "units", "channels")) {
      assertThat(browser.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
    }

    tile("信访事项").findElement(By.cssSelector(".number a")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cases")));
    wait.until(driver -> driver.findElements(By.cssSelector("#cases-rows tr")).size() == 2);
    assertThat(browser.findElements(By.cssSelector("#cases-rows tr td:first-child")))
        .extracting(WebElement::getText).containsExactly(visit, letter);
    assertThat(browser.findElement(By.id("cases-counted")).getText()).contains("登记的信访事项", "共 2 件");
    Files.write(SCREENSHOTS.resolve("dashboard.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void aWrongPasswordIsToldInChineseAtOnce() {
    TestUsers.ensure(identity, OFFICE, PASSWORD, Roles.OFFICE);

    logIn(OFFICE, "not-the-password");

    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
    assertThat(browser.findElement(By.id("login-error")).getText()).isEqualTo("用户名或密码不正确");
    assertThat(browser.findElement(By.id("dashboard")).isDisplayed()).isFalse();
  }

  @Test
  void theOfficeEntersTheYearsTargetsOnThePage() {
    TestUsers.ensure(identity, OFFICE, PASSWORD, Roles.OFFICE);
    ApiClient api = new ApiClient(http, json, OFFICE, PASSWORD);
    api.exchange(HttpMethod.PUT, "/api/statistics/targets/2017", Map.of("targets", List.of()));

    logIn(OFFICE, PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("annual")));
    WebElement year = browser.findElement(By.id("year"));
    year.clear();
    year.sendKeys("2017");
    browser.findElement(By.id("targets-toggle")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("targets-title"), "2017年度绩效目标"));

    targetValue("一次性化解率").sendKeys("90");
    targetValue("集访批次").sendKeys("0.5");
    browser.findElement(By.cssSelector("#targets-form button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("targets-error")));
    assertThat(browser.findElement(By.id("targets-error")).getText()).isEqualTo("集访批次：计数的目标应为整数");

    targetValue("集访批次").clear();
    targetValue("集访批次").sendKeys("0");
    browser.findElement(By.cssSelector("#targets-form button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("targets-message"), "已保存2017年度目标2项"));
    assertThat(api.get("/api/statistics/targets/2017").json().path("targets").findValuesAsText("text"))
        .containsExactly("≤0批", "≥90%");
  }

  /** Opens the dashboard at its short address and logs in. */
  private void logIn(String user, String password) {
    browser.get("http://localhost:" + port + "/statistics");
    browser.findElement(By.id("user")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.cssSelector("#login-form button")).click();
  }

  private WebElement targetValue(String indicator) {
    // the rows are drawn after the year's targets arrive, which may be after the form's title
    return new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage("no target row " + indicator).until(page -> browser.findElements(By.cssSelector("#targets-rows tr"))
        .stream().filter(row -> row.findElement(By.tagName("td")).getText().equals(indicator))
        .findFirst().map(row -> row.findElement(By.tagName("input"))).orElse(null));
  }

  private WebElement tile(String name) {
    return browser.findElements(By.className("tile")).stream()
        .filter(tile -> tile.findElement(By.className("name")).getText().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError("no tile " + name));
  }
}
