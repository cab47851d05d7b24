package org.xinfang.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.lookup.LookupCases.china;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.xinfang.HeadlessChromium;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.lookup.LookupCases.Opened;
import org.xinfang.organization.UnitDirectory;
import org.xinfang.workflow.CaseRegistration;

/**
 * The lookup page in headless Chromium at a phone's size: a petitioner mistypes the code, enters
 * it right, reads the steps, the reply and the notices, and rates. Screenshots go to
 * {@code target/lookup-screenshots}. Needs Debian's Chromium and ChromeDriver, like
 * {@code TasklistFormsBrowserIT}; skipped without them.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {
    "server.forward-headers-strategy=native",
    "xinfang.lookup.wrong-codes-per-case=3",
    "xinfang.lookup.wrong-codes-per-client=5",
    "xinfang.rating.window-days=30"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "browserInstalled", disabledReason = LookupPageBrowserIT.HOW_TO_RUN)
class LookupPageBrowserIT {

  static final String HOW_TO_RUN = "Lookup page browser test skipped: no /usr/bin/chromium or /usr/bin/chromedriver. "
      + "Install them with `apt-get install chromium chromium-driver fonts-noto-cjk`, then run ./mvnw verify";

  private static final Path SCREENSHOTS = Path.of("target", "lookup-screenshots");

  @LocalServerPort int port;
  @Autowired CaseRegistration registration;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired UnitDirectory units;

  private ChromeDriver browser;
  private WebDriverWait wait;

  static boolean browserInstalled() {
    return HeadlessChromium.installed(LookupPageBrowserIT.class, HOW_TO_RUN);
  }

  @BeforeAll
  void openBrowser() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    browser = HeadlessChromium.open(390, 1800);
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
  void aPetitionerLooksTheCaseUpAndRatesIt() throws IOException {
    Opened opened = new LookupCases(registration, tasks, identity, units).replied("2026-08-18", "2026-09-01");
    ClockUtil.setCurrentTime(Date.from(china("2026-09-03", "20:00")));
    browser.get("http://localhost:" + port + "/lookup");

    enter(opened.caseNumber(), opened.queryCode().substring(1) + "Z");
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lookup-error")));
    assertThat(error.getText()).contains("事项编号或查询码不正确");
    assertThat(browser.findElement(By.id("result")).isDisplayed()).isFalse();
    screenshot("1-wrong-code");

    enter(opened.caseNumber(), opened.queryCode().toLowerCase());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    assertThat(error.isDisplayed()).isFalse();
    assertThat(text("title")).isEqualTo("反映和平村主干道路灯长期不亮");
    assertThat(text("status")).isEqualTo("已办结");
    assertThat(text("unit")).isEqualTo(LookupCases.UNIT_NAME);
    assertThat(texts("#steps .name")).containsExactly("登记", "信访部门处理", "责任单位受理", "出具处理意见书", "办结");
    assertThat(texts("#steps .date")).startsWith("2026年8月18日").endsWith("2026年9月1日");
    assertThat(text("reply")).isEqualTo(LookupCases.REPLY);
    assertThat(texts("#notices summary")).anySatisfy(notice -> assertThat(notice).startsWith("处理意见书"));
    assertThat(text("rating-state")).contains("请于2026年10月8日前");
    screenshot("2-case");

    browser.findElement(By.id("rating-button")).click();
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating-error"))).getText())
        .contains("分别作出评价");
    browser.findElement(By.cssSelector("input[name=department][value=SATISFIED]")).click();
    browser.findElement(By.cssSelector("input[name=unit][value=BASICALLY_SATISFIED]")).click();
    browser.findElement(By.id("rating-button")).click();

    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("rating-form")));
    assertThat(text("rating-state")).contains("您已于2026年9月3日评价", "对信访部门满意", "对责任单位基本满意");
    screenshot("3-rated");
  }

  private void enter(String caseNumber, String queryCode) {
    WebElement number = browser.findElement(By.id("caseNumber"));
    WebElement code = browser.findElement(By.id("queryCode"));
    number.clear();
    number.sendKeys(caseNumber);
    code.clear();
    code.sendKeys(queryCode);
    browser.findElement(By.id("lookup-button")).click();
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private List<String> texts(String selector) {
    return browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
  }

  private void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
