package org.xinfang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;

/**
 * Debian's Chromium and ChromeDriver, as the browser tests drive them: headless, in Chinese and in
 * China Standard Time as a bureau's browser is, with a fresh profile, and without the background
 * connections this machine's closed network refuses.
 */
public final class HeadlessChromium {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  /** Whether both are installed; if not, {@code howToRun} is logged, the test being skipped. */
  public static boolean installed(Class<?> test, String howToRun) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      LoggerFactory.getLogger(test).warn(howToRun);
    }
    return installed;
  }

  /** A browser with a window of {@code width} × {@code height} pixels. */
  public static ChromeDriver open(int width, int height) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--lang=zh-CN", "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createTempDirectory("chromium"));
    // headless Chromium ignores --lang for the languages a page reads (navigator.languages)
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    // the page's console, for the report of a failed test
    LoggingPreferences console = new LoggingPreferences();
    console.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, console);
    return new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .withEnvironment(Map.of("TZ", "Asia/Shanghai")).build(), options);
  }

  /**
   * Logs in to a webapp afresh: forgets the last user's session, opens {@code address} and fills in
   * the webapps' login form. The caller waits for what its page shows once logged in.
   */
  public static void logIn(ChromeDriver browser, String address, String userId, String password) {
    browser.manage().deleteAllCookies();
    browser.get("about:blank");
    browser.get(address);
    // the first load of a webapp takes long on a busy machine
    WebElement user = new WebDriverWait(browser, Duration.ofSeconds(180)).until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    WebElement secret = browser.findElement(By.cssSelector("input[ng-model='password']"));
    // the login page focuses the user field by itself a moment after it shows: keys typed into the
    // password field meanwhile may land in the user field, so both are typed until both hold theirs
    for (int attempt = 0; attempt < 5; attempt++) {
      user.clear();
      user.sendKeys(userId);
      secret.clear();
      secret.sendKeys(password);
      if (userId.equals(user.getDomProperty("value")) && password.equals(secret.getDomProperty("value"))) {
        break;
      }
    }
    browser.findElement(By.cssSelector("form button[type='submit']")).click();
  }

  /** What the page wrote to its console since last asked: errors of its scripts and failed requests. */
  public static String console(ChromeDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(entry -> entry.getLevel() + " " + entry.getMessage())
        .collect(Collectors.joining("\n"));
  }

  /** Saves the page a failed test left, as a screenshot, as HTML and its console, to {@code directory}. */
  public static TestWatcher screenshotOnFailure(Supplier<ChromeDriver> browser, Path directory) {
    return new TestWatcher() {
      @Override
      public void testFailed(ExtensionContext context, Throwable cause) {
        try {
          String name = "failed-" + context.getRequiredTestMethod().getName();
          Files.write(directory.resolve(name + ".png"), browser.get().getScreenshotAs(OutputType.BYTES));
          Files.writeString(directory.resolve(name + ".html"), browser.get().getPageSource());
          Files.writeString(directory.resolve(name + "-console.txt"), console(browser.get()));
        } catch (IOException | RuntimeException e) {
          cause.addSuppressed(e);
        }
      }
    };
  }
}
