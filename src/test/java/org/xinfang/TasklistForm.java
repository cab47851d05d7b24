package org.xinfang;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Camunda Form Tasklist shows (form-js), filled in as a user does: its fields found by their
 * key once Tasklist has rendered them, typed into, picked from and chosen, each brought to the
 * middle of the window first so that Tasklist's footer never hides it.
 */
public final class TasklistForm {

  private final ChromeDriver browser;
  private final WebDriverWait wait;

  public TasklistForm(ChromeDriver browser, WebDriverWait wait) {
    this.browser = browser;
    this.wait = wait;
  }

  /** The input of the field with this key. */
  public static By field(String key) {
    return By.cssSelector(".fjs-form [id$='-Field_" + key + "']");
  }

  /** The whole field with this key: its label, input and error message. */
  public WebElement fieldOf(String key) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".fjs-form-field:has(> label[for$='-Field_" + key + "'])")));
  }

  /**
   * Types into a field and leaves it, which hands the value to the form at once. A field the form
   * re-rendered while keys arrived (it batches changes) is typed again.
   */
  public void type(String key, String text) {
    WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(field(key)));
    wait.until(page -> {
      if (text.equals(element.getDomProperty("value"))) {
        return true;
      }
      element.clear();
      element.sendKeys(text, Keys.TAB);
      return false;
    });
  }

  /** Picks the option with this label from a dropdown. */
  public void pick(String key, String label) {
    toggleDropdown(key);
    // a searchable dropdown is narrowed to the label first: a long list (every unit of the test
    // database) would leave the option below what the click can reach
    fieldOf(key).findElements(By.cssSelector(".fjs-input-group input:not([type=hidden])")).stream().findFirst()
        .ifPresent(search -> search.sendKeys(label));
    centre(dropdown(key).stream().filter(option -> option.getText().equals(label)).findFirst().orElseThrow())
        .click();
  }

  /** The labels of a dropdown's options, the dropdown closed again. */
  public List<String> options(String key) {
    toggleDropdown(key);
    List<String> options = dropdown(key).stream().map(WebElement::getText).toList();
    toggleDropdown(key);
    return options;
  }

  /** Chooses the radio button with this label. */
  public void choose(String key, String label) {
    centre(wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//label[input[@type='radio'"
        + " and contains(@id, '-Field_" + key + "-')] and normalize-space() = '" + label + "']")))).click();
  }

  /** Scrolls the element to the middle of the window. */
  public WebElement centre(WebElement element) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    return element;
  }

  private void toggleDropdown(String key) {
    centre(fieldOf(key).findElement(By.cssSelector(".fjs-input-group"))).click();
  }

  private List<WebElement> dropdown(String key) {
    By items = By.cssSelector(".fjs-form-field:has(> label[for$='-Field_" + key + "']) .fjs-dropdownlist-item");
    wait.until(ExpectedConditions.visibilityOfElementLocated(items));
    return browser.findElements(items);
  }
}
